// publint (strict) and arethetypeswrong (ESM-only packages: node16 from ESM and bundlers) of every
// published package as it would be packed. Data files exported beside the modules (the bundled
// description as YAML, the docs page) are not modules: attw is told to leave them out.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { WorkspacePackage } from './workspace-packages.js';
import { repoRoot } from './workspace-packages.js';

const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
const NOT_MODULES = ['./openapi.yaml', './docs.html'];

export function lintPackage(p: WorkspacePackage): string[] {
  const problems: string[] = [];
  const publint = spawnSync(bin('publint'), ['--strict'], { cwd: p.dir, encoding: 'utf8' });
  if (publint.status !== 0 || !publint.stdout.includes('All good'))
    problems.push(`publint ${p.name}:\n${publint.stdout}${publint.stderr}`);
  // A package with only programs (bin, no exports) has no entry point to check types of.
  if (p.manifest.exports) {
    const exported = Object.keys(p.manifest.exports as Record<string, unknown>);
    const exclude = NOT_MODULES.filter((e) => exported.includes(e));
    const args = ['--pack', '.', '--profile', 'esm-only', '--format', 'ascii'];
    if (exclude.length) args.push('--exclude-entrypoints', ...exclude);
    const attw = spawnSync(bin('attw'), args, { cwd: p.dir, encoding: 'utf8' });
    if (attw.status !== 0) problems.push(`attw ${p.name}:\n${attw.stdout}${attw.stderr}`);
  }
  return problems;
}
