// npm run docs:site: the API reference as a static site in dist/site/, one page per Extender
// version (`latest`, the vendor's current page, and each version of the history), each with a
// version switcher, a badge with the version every operation, parameter and field appeared in, and
// the sources of its promises (spec/src/docs-annotations.ts). Every page is self-contained: no
// request leaves it. dist/site/index.html sends a reader to the latest page.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { documentAsOf, LATEST } from '@extender-users/api-types';
import { loadBundledSpec, renderDocument } from '@extender-users/spec';
import { label, NAV_HEIGHT, pagePath, SITE_VERSIONS, versionNav } from './versions-nav.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? fileURLToPath(new URL('../../dist/site/', import.meta.url));

const spec = loadBundledSpec();
rmSync(out, { recursive: true, force: true });
const started = Date.now();
// Two pages at a time: each is a Redocly process, and the machine has two cores.
const queue = [...SITE_VERSIONS];
await Promise.all(
  [0, 1].map(async () => {
    for (let version = queue.shift(); version; version = queue.shift()) {
      const doc = documentAsOf(spec, version);
      const html = `${out}/${pagePath(version)}`;
      mkdirSync(`${out}/${version}`, { recursive: true });
      writeFileSync(`${out}/${version}/openapi.json`, `${JSON.stringify(doc, null, 2)}\n`);
      // The heading is the title and, beside it, the version of this page (never 2.13.0 for latest).
      const heading = { ...doc.info, title: spec.info.title, version: label(version) };
      await renderDocument({ ...doc, info: heading }, html, {
        title: `Extender Users REST API (${label(version)})`,
        banner: { html: versionNav(version, SITE_VERSIONS, label), height: NAV_HEIGHT },
      });
    }
  }),
);
writeFileSync(
  `${out}/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Extender Users REST API</title>` +
    `<link rel="icon" href="data:,"><meta http-equiv="refresh" content="0; url=${pagePath(LATEST)}"></head>` +
    `<body><p>The reference of the <a href="${pagePath(LATEST)}">latest</a> version; every version:</p><ul>` +
    SITE_VERSIONS.map((v) => `<li><a href="${pagePath(v)}">${label(v)}</a></li>`).join('') +
    `</ul></body></html>\n`,
);
console.log(
  `docs site: ${out} (${SITE_VERSIONS.length} versions: ${SITE_VERSIONS.join(', ')}) in ${Math.round((Date.now() - started) / 1000)} s`,
);
