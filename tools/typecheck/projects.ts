// The tsconfig.json of every workspace of the root package.json (`dir` or `dir/*` entries).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function projectConfigs(root: string, workspaces: string[]): string[] {
  const dirs = workspaces.flatMap((entry) => {
    if (!entry.includes('*')) return [entry];
    if (!entry.endsWith('/*') || entry.slice(0, -2).includes('*'))
      throw new Error(`workspace pattern ${entry}: only 'dir' and 'dir/*' are understood`);
    const parent = entry.slice(0, -2);
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(parent, d.name))
      .sort();
  });
  return dirs.map((dir) => join(root, dir, 'tsconfig.json')).filter((path) => existsSync(path));
}
