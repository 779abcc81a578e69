// One operation, one place: an operation added to the spec without a sandbox handler must fail
// the build with a message naming its operationId. Proven on a scratch copy of the spec, the
// generated types and the sandbox, so the real tree is never touched.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'missing-handler-'));
/** Every workspace package's folder, by package name. */
function workspaceFolders(): Map<string, string> {
  const folders = new Map<string, string>();
  for (const parent of ['.', 'packages', 'apps']) {
    for (const entry of readdirSync(join(root, parent), { withFileTypes: true })) {
      const folder = parent === '.' ? entry.name : `${parent}/${entry.name}`;
      if (!entry.isDirectory() || !existsSync(join(root, folder, 'package.json')) || folder === '.') continue;
      folders.set(
        (JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as { name: string }).name,
        folder,
      );
    }
  }
  return folders;
}

/** The sandbox and every workspace package it depends on (and they on), copied; everything else is linked. */
const copied = (() => {
  const folders = workspaceFolders();
  const needed = new Set<string>(['apps/sandbox']);
  for (const folder of needed) {
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }))
      if (folders.has(name)) needed.add(folders.get(name)!);
  }
  return [...needed];
})();

/** Copies the tracked files of the packages above and links node_modules so that the workspace packages resolve to the copies. */
function makeScratchCopy(): void {
  const tracked = execFileSync(
    'git',
    [
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
      ...copied,
      'tsconfig.base.json',
      'vitest.shared.ts',
      'package.json',
    ],
    { cwd: root, encoding: 'utf8' },
  )
    .split('\n')
    .filter(Boolean);
  for (const file of tracked) {
    mkdirSync(join(scratch, file, '..'), { recursive: true });
    cpSync(join(root, file), join(scratch, file));
  }
  mkdirSync(join(scratch, 'node_modules/@extender-users'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '@extender-users')
      symlinkSync(join(root, 'node_modules', entry), join(scratch, 'node_modules', entry));
  }
  for (const pkg of copied) {
    const name = (JSON.parse(readFileSync(join(scratch, pkg, 'package.json'), 'utf8')) as { name: string }).name;
    symlinkSync(join(scratch, pkg), join(scratch, 'node_modules', name));
  }
}

/** Bundles the scratch spec, regenerates the scratch types, and type-checks the scratch sandbox. */
function buildSandbox(): { ok: boolean; output: string } {
  const run = (command: string, args: string[], cwd: string) =>
    execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  run(bin('redocly'), ['bundle', 'openapi.yaml', '-o', 'dist/openapi.json'], join(scratch, 'spec'));
  run(bin('tsx'), ['--conditions=@extender-users/source', 'scripts/generate.ts'], join(scratch, 'packages/api-types'));
  try {
    return { ok: true, output: run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], join(scratch, 'apps/sandbox')) };
  } catch (error) {
    return {
      ok: false,
      output: `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`,
    };
  }
}

beforeAll(makeScratchCopy, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('an operation in the spec without a sandbox handler', () => {
  // One build of the scratch copy (each costs half a minute of CPU): the new operation's missing
  // handler must be its only error, which also proves that the copy is set up right.
  it('fails the sandbox build with one error, naming the operationId', () => {
    const path = '/rest/extender/1.0/user/getScratchThing/{userName}';
    const file = 'paths/rest_extender_1.0_user_getScratchThing_{userName}.yaml';
    const original = readFileSync(
      join(scratch, 'spec/paths/rest_extender_1.0_user_getUserDetails_{userName}.yaml'),
      'utf8',
    );
    writeFileSync(
      join(scratch, 'spec', file),
      original.replace(/operationId: getUserDetails/, 'operationId: getScratchThing'),
    );
    const rootDoc = readFileSync(join(scratch, 'spec/openapi.yaml'), 'utf8');
    writeFileSync(
      join(scratch, 'spec/openapi.yaml'),
      rootDoc.replace(/^paths:\n/m, `paths:\n  ${path}:\n    $ref: ${file}\n`),
    );
    const result = buildSandbox();
    expect(result.ok).toBe(false);
    const errors = result.output.split('\n').filter((line) => /error TS\d+:/.test(line));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/error TS\d+: Property 'getScratchThing' is missing/);
  }, 180_000);
});
