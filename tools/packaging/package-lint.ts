// publint (strict) and arethetypeswrong (ESM-only packages: node16 from ESM and bundlers) of each
// published package's tarball, the one that is published. Data files exported beside the modules (the
// bundled description as YAML, the docs page) are not modules: attw is told to leave them out.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { repoRoot, type WorkspacePackage } from './workspace-packages.js';

const NOT_MODULES = ['./openapi.yaml', './docs.html'];

export async function lintTarball(p: WorkspacePackage, tarball: string): Promise<string[]> {
  const problems: string[] = [];
  const bytes = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
  });
  for (const message of messages) problems.push(`publint ${p.name}: ${formatMessage(message, pkg) ?? message.code}`);
  // A package with only programs (bin, no exports) has no entry point to check types of.
  if (p.manifest.exports) {
    const exported = Object.keys(p.manifest.exports as Record<string, unknown>);
    const exclude = NOT_MODULES.filter((e) => exported.includes(e));
    const args = [tarball, '--profile', 'esm-only', '--format', 'ascii'];
    if (exclude.length) args.push('--exclude-entrypoints', ...exclude);
    const attw = spawnSync(join(repoRoot, 'node_modules', '.bin', 'attw'), args, { encoding: 'utf8' });
    if (attw.status !== 0) problems.push(`attw ${p.name}:\n${attw.stdout}${attw.stderr}`);
  }
  return problems;
}
