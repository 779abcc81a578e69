// Lists the slowest test files of an `npm test` run from its output, for CONTRIBUTING.md's
// "Test time" table: `npm test 2>&1 | tee test.log; npx tsx tools/ci/slowest-tests.ts test.log [N]`.
// Reads vitest's file lines (`✓ test/x.test.ts (5 tests) 1234ms`) under each nx task's heading.
import { readFileSync } from 'node:fs';

const [file, count = '12'] = process.argv.slice(2);
if (!file) {
  console.error('usage: tsx tools/ci/slowest-tests.ts NPM_TEST_LOG [N]');
  process.exit(2);
}

const plain = readFileSync(file, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
const rows: { project: string; file: string; ms: number }[] = [];
let project = '?';
for (const line of plain.split('\n')) {
  const task = /^> (@extender-users\/[\w-]+|extender-users)@\S+ test/.exec(line);
  if (task) project = task[1]!.replace('@extender-users/', '');
  const result = /^ [✓×❯] (\S+\.ts) \(\d+ tests?[^)]*\) (\d+)ms/.exec(line);
  if (result) rows.push({ project, file: result[1]!, ms: Number(result[2]) });
}
rows.sort((a, b) => b.ms - a.ms);
const total = rows.reduce((sum, r) => sum + r.ms, 0);
console.log(
  `${rows.length} test files, ${(total / 1000).toFixed(0)} s in all (files of a package may run side by side)`,
);
for (const row of rows.slice(0, Number(count)))
  console.log(`${(row.ms / 1000).toFixed(1).padStart(6)} s  ${row.project}  ${row.file}`);
