// Packs every published workspace package, stamps it with a pre-release version (its own version,
// then `-ci.<stamp>`; dependencies on each other pinned to those), and publishes it to a registry.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
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

/** `npm publish --dry-run` of each package as it is in the workspace. */
export function dryRunPublish(packages: WorkspacePackage[], env: NodeJS.ProcessEnv): void {
  for (const p of packages) run('npm', ['publish', '--dry-run', '--tag', 'ci'], p.dir, env);
}

export function publishPrerelease(stagingDir: string, stamp: string, env: NodeJS.ProcessEnv): Published[] {
  checkNoPrivateDependencies();
  const packages = publishedPackages();
  const versions = new Map(packages.map((p) => [p.name, `${p.version}-ci.${stamp}`]));
  return packages.map((p) => {
    const out = join(stagingDir, p.name.replace('/', '+'));
    mkdirSync(out, { recursive: true });
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], p.dir, env)) as {
      filename: string;
    }[];
    run('tar', ['xzf', packed!.filename, '-C', out], out, env);
    const dir = join(out, 'package');
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    const version = versions.get(p.name)!;
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(withVersions(manifest, version, versions), null, 2)}\n`);
    run('npm', ['publish', '--tag', 'ci', '--ignore-scripts'], dir, env);
    return { name: p.name, version };
  });
}
