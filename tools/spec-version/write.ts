// npm run spec:version -- V [--docs]: writes the description as Extender version V had it
// (operations, parameters and fields that existed then; `latest` for the vendor's current page)
// to dist/spec/versions/V/openapi.{json,yaml}, and with --docs renders its docs to
// dist/docs/versions/V/index.html (self-contained, like the main docs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { documentAsOf, isExtenderVersion, KNOWN_VERSIONS, LATEST } from '@extender-users/api-types';
import { loadBundledSpec, renderDocs } from '@extender-users/spec';
import { stringify } from 'yaml';

const root = fileURLToPath(new URL('../../', import.meta.url));
const USAGE = `Usage: npm run spec:version -- VERSION [--docs] [--out DIR]

  VERSION   an Extender version (X.Y.Z; the history names ${KNOWN_VERSIONS.join(', ')}) or ${LATEST}
  --docs    also render the docs of that version
  --out DIR where to write (default: the repository's dist/)`;

function fail(message: string, code = 2): never {
  console.error(`spec:version: ${message}`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { docs: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const version = parsed.positionals[0];
if (!version || parsed.positionals.length > 1 || !isExtenderVersion(version))
  fail(`give one version, X.Y.Z or ${LATEST}${version ? `, not '${parsed.positionals.join(' ')}'` : ''}\n\n${USAGE}`);

const out = parsed.values.out ?? `${root}dist/`;
const doc = documentAsOf(loadBundledSpec(), version);
const specDir = `${out}/spec/versions/${version}`.replace(/\/+/g, '/');
mkdirSync(specDir, { recursive: true });
writeFileSync(`${specDir}/openapi.json`, `${JSON.stringify(doc, null, 2)}\n`);
writeFileSync(`${specDir}/openapi.yaml`, stringify(doc, { lineWidth: 0 }));
const operations = Object.values(doc.paths).flatMap((item) =>
  Object.keys(item).filter((k) => ['get', 'put', 'post', 'delete'].includes(k)),
);
console.log(
  `Wrote ${specDir}/openapi.{json,yaml}: the description as of Extender ${version}, ${operations.length} operations`,
);

if (parsed.values.docs) {
  const docsDir = `${out}/docs/versions/${version}`.replace(/\/+/g, '/');
  const html = `${docsDir}/index.html`;
  mkdirSync(docsDir, { recursive: true });
  await renderDocs(`${specDir}/openapi.json`, html, `Extender Users REST API (as of ${version})`);
  console.log(`Wrote ${html}`);
}
