// The workspace's packages, and which of them are published: every package without `private`.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  private: boolean;
  manifest: Record<string, unknown>;
}

const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;

export function workspacePackages(): WorkspacePackage[] {
  const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { workspaces: string[] };
  const dirs = root.workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(repoRoot, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => join(repoRoot, pattern.slice(0, -2), e.name))
      : [join(repoRoot, pattern)],
  );
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      return {
        name: manifest.name as string,
        version: manifest.version as string,
        dir,
        private: manifest.private === true,
        manifest,
      };
    });
}

export const publishedPackages = () => workspacePackages().filter((p) => !p.private);

/** The workspace packages a manifest needs at run time (dependencies, peers, optional ones). */
export function runtimeWorkspaceDependencies(manifest: Record<string, unknown>, names: Set<string>): string[] {
  return DEPENDENCY_FIELDS.flatMap((field) =>
    Object.keys((manifest[field] as Record<string, string> | undefined) ?? {}).filter((dep) => names.has(dep)),
  );
}

/** A copy of `manifest` at `version`, every dependency on a package of `versions` pinned to its version there. */
export function withVersions(manifest: Record<string, unknown>, version: string, versions: Map<string, string>) {
  const copy: Record<string, unknown> = { ...manifest, version };
  for (const field of DEPENDENCY_FIELDS) {
    const deps = manifest[field] as Record<string, string> | undefined;
    if (!deps) continue;
    copy[field] = Object.fromEntries(Object.entries(deps).map(([dep, range]) => [dep, versions.get(dep) ?? range]));
  }
  return copy;
}
