// Bundles tsc's build of the sandbox (dist/main.js) and everything it imports, but the native SQLite
// driver, into dist/extender-users-sandbox.js, the program the launcher starts. Node then reads,
// resolves and links one module instead of about 490: a start costs about 0.4 s of CPU instead of
// 0.6 (Node 20, 60 seeded users), and the test suites start a hundred sandboxes. The licences of the
// packages bundled go beside it, in dist/THIRD-PARTY-LICENSES.txt. (As apps/cli/scripts/bundle.ts.)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');

const result = await build({
  absWorkingDir: root, // the metafile's paths are relative to it
  entryPoints: [join(dist, 'main.js')],
  outfile: join(dist, 'extender-users-sandbox.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // better-sqlite3 finds its compiled addon from its own folder.
  external: ['better-sqlite3'],
  metafile: true,
  legalComments: 'none', // every bundled package's whole licence is in THIRD-PARTY-LICENSES.txt
  logLevel: 'warning',
  // CommonJS packages (fastify, ajv, ...) call require() for Node's own modules; an ES module has no
  // require, so the bundle makes one.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);",
  },
});

/** The folder of each npm package (not a workspace package of ours) that has a file in the bundle. */
const bundledPackageFolders = new Set<string>();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) bundledPackageFolders.add(join(root, match[1]!));
}

const notices = [...bundledPackageFolders].map((folder) => {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
  };
  const licenceFile = readdirSync(folder).find((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f));
  // abstract-logging (fastify's) ships no licence file: its manifest's licence is what it states.
  if (!licenceFile && !manifest.license) throw new Error(`bundle: ${manifest.name} states no licence (in ${folder})`);
  const text = licenceFile
    ? readFileSync(join(folder, licenceFile), 'utf8').trim()
    : `(The package ships no licence file; its package.json states the licence ${manifest.license}.)`;
  return `${manifest.name}@${manifest.version} (${manifest.license ?? 'see below'})\n\n${text}\n`;
});
notices.sort();
writeFileSync(
  join(dist, 'THIRD-PARTY-LICENSES.txt'),
  `extender-users-sandbox (dist/extender-users-sandbox.js) bundles these packages; their licences follow.\n\n${notices.join(`\n${'-'.repeat(80)}\n\n`)}`,
);
console.log(`bundle: dist/extender-users-sandbox.js, ${bundledPackageFolders.size} packages bundled`);
