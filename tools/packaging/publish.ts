// Packs every published workspace package, stamps it with a pre-release version (its own version,
// then `-ci.<stamp>`; dependencies on each other pinned to those), and publishes it to a registry.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  repoRoot,
  publishedPackages,
  runtimeWorkspaceDependencies,
  withVersions,
  workspacePackages,
  type WorkspacePackage,
} from './workspace-packages.js';

export interface Published {
  name: string;
  version: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Fails when a published package needs, at run time, a workspace package that is not published. */
export function checkNoPrivateDependencies(): void {
  const all = workspacePackages();
  const privateNames = new Set(all.filter((p) => p.private).map((p) => p.name));
  const wrong = publishedPackages().flatMap((p) =>
    runtimeWorkspaceDependencies(p.manifest, privateNames).map((dep) => `${p.name} needs ${dep}, which is private`),
  );
  if (wrong.length) throw new Error(wrong.join('\n'));
}

const workspaceArgs = (packages: WorkspacePackage[]) => packages.flatMap((p) => ['--workspace', p.name]);

/** `npm publish --dry-run` of each package as it is in the workspace (one npm for all). */
export function dryRunPublish(packages: WorkspacePackage[], env: NodeJS.ProcessEnv): void {
  run('npm', ['publish', '--dry-run', '--tag', 'ci', ...workspaceArgs(packages)], repoRoot, env);
}

/** Packs each package (one npm for all) into `dir`; the tarball of each, by name. */
export function packAll(packages: WorkspacePackage[], dir: string, env: NodeJS.ProcessEnv): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', dir, ...workspaceArgs(packages)], repoRoot, env),
  ) as { name: string; filename: string }[];
  return new Map(packed.map((p) => [p.name, join(dir, p.filename)]));
}

/** Publishes each tarball at `<its version>-ci.<stamp>`, the packages' dependencies on each other pinned to those. */
export function publishPrerelease(
  tarballs: Map<string, string>,
  stagingDir: string,
  stamp: string,
  env: NodeJS.ProcessEnv,
): Published[] {
  checkNoPrivateDependencies();
  const packages = publishedPackages();
  const versions = new Map(packages.map((p) => [p.name, `${p.version}-ci.${stamp}`]));
  return packages.map((p) => {
    const out = join(stagingDir, p.name.replace('/', '+'));
    mkdirSync(out, { recursive: true });
    run('tar', ['xzf', tarballs.get(p.name)!, '-C', out], out, env);
    const dir = join(out, 'package');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    const version = versions.get(p.name)!;
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(withVersions(manifest, version, versions), null, 2)}\n`);
    run('npm', ['publish', '--tag', 'ci', '--ignore-scripts'], dir, env);
    return { name: p.name, version };
  });
}
