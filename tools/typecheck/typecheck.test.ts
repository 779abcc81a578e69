// The one type check of the repository finds what each project's own `tsc --noEmit` would: an error
// in any workspace's files, through a `dir/*` workspace too; a project whose options differ is
// checked with its own options (not those of the others), and one that adds to global or other
// modules' types is checked on its own (its additions do not hide another project's errors).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { typecheck } from './typecheck.js';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function scratch(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'typecheck-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const config = (options: object = {}) =>
  JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [], lib: ['ES2022'], ...options } });

it('passes a sound repository, in one program when the options are the same', () => {
  const root = scratch({
    'package.json': JSON.stringify({ workspaces: ['one', 'packages/*'] }),
    'one/tsconfig.json': config(),
    'one/a.ts': 'export const a: number = 1;\n',
    'packages/two/tsconfig.json': config(),
    'packages/two/b.ts': 'export const b: string = "b";\n',
    'packages/no-typescript/readme.md': 'no tsconfig.json: not a project to check\n',
  });
  const result = typecheck(root);
  expect(result.errors).toBe(0);
  expect(result.summary).toEqual(['2 files of one, packages/two: 0 errors']);
});

it('fails on an error in a dir/* workspace, and says where', () => {
  const root = scratch({
    'package.json': JSON.stringify({ workspaces: ['one', 'packages/*'] }),
    'one/tsconfig.json': config(),
    'one/a.ts': 'export const a: number = 1;\n',
    'packages/two/tsconfig.json': config(),
    'packages/two/b.ts': "export const b: number = 'b';\n",
  });
  const result = typecheck(root);
  expect(result.errors).toBe(1);
  expect(result.diagnostics).toMatch(
    /packages\/two\/b\.ts\(1,14\): error TS2322: Type 'string' is not assignable to type 'number'/,
  );
  expect(result.summary).toEqual(['2 files of one, packages/two: 1 error']);
});

it('checks a project whose options differ with its own options', () => {
  // Strict in one project, not in the other: the implicit any is an error only in the strict one.
  const source = 'export function f(x) { return x; }\n';
  const root = scratch({
    'package.json': JSON.stringify({ workspaces: ['strict', 'loose'] }),
    'strict/tsconfig.json': config(),
    'strict/a.ts': source,
    'loose/tsconfig.json': config({ strict: false }),
    'loose/b.ts': source,
  });
  const result = typecheck(root);
  expect(result.summary).toEqual(['1 files of strict: 1 error', '1 files of loose: 0 errors']);
  expect(result.diagnostics).toMatch(/strict\/a\.ts\(1,19\): error TS7006/);
});

it("keeps one project's additions to the global types out of another's check", () => {
  const root = scratch({
    'package.json': JSON.stringify({ workspaces: ['a', 'b', 'c'] }),
    'a/tsconfig.json': config(),
    'a/augment.ts': 'declare global {\n  var settingFromA: string;\n}\nexport {};\n',
    'b/tsconfig.json': config(),
    'b/uses.ts': 'export const fromA: string = settingFromA;\n',
    'c/tsconfig.json': config(),
    'c/plain.ts': 'export const c = 1;\n',
  });
  const result = typecheck(root);
  expect(result.diagnostics).toMatch(/b\/uses\.ts\(1,30\): error TS2304: Cannot find name 'settingFromA'/);
  expect(result.summary).toEqual(['1 files of a: 0 errors', '2 files of b, c: 1 error']);
});
