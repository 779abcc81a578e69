// What npm's EBADENGINE warning says, as a check of an installed tree: every installed package whose
// `engines.node` the given Node version does not satisfy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import satisfies from 'semver/functions/satisfies.js';

function packageDirs(nodeModules: string): string[] {
  if (!existsSync(nodeModules)) return [];
  return readdirSync(nodeModules, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .flatMap((e) =>
      e.name.startsWith('@')
        ? readdirSync(join(nodeModules, e.name), { withFileTypes: true })
            .filter((s) => s.isDirectory())
            .map((s) => join(nodeModules, e.name, s.name))
        : [join(nodeModules, e.name)],
    )
    .flatMap((dir) => [dir, ...packageDirs(join(dir, 'node_modules'))]);
}

/** `name@version wants node RANGE` for each installed package that excludes `nodeVersion` (`22.23.5`). */
export function engineMismatches(projectDir: string, nodeVersion: string): string[] {
  return packageDirs(join(projectDir, 'node_modules')).flatMap((dir) => {
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath)) return [];
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name?: string;
      version?: string;
      engines?: { node?: string };
    };
    const range = manifest.engines?.node;
    if (!range || satisfies(nodeVersion, range, { includePrerelease: true })) return [];
    return [`${manifest.name}@${manifest.version} wants node ${range}`];
  });
}
