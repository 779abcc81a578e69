// CONTRIBUTING.md's "Test time" table names the slowest test files: each must still exist, so the
// table cannot silently point at files that were renamed or split.
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const contributing = readFileSync(new URL('CONTRIBUTING.md', root), 'utf8');

it('every test file the "Test time" table names exists', () => {
  const section = contributing.slice(contributing.indexOf('## Test time'));
  const table = section.slice(section.indexOf('| file | why it is slow |'));
  const files = [...table.matchAll(/`([\w./-]+\.(?:test|reliability)\.ts)`/g)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThan(5);
  expect(files.filter((file) => !existsSync(new URL(file, root)))).toEqual([]);
});
