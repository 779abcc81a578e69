// The README's table of checks and faults names every check by the sentence the suite gives it
// (suite/support/sentences.ts, where each sentence is written once): a check renamed, added or
// removed without the README following fails here, and so does a row naming a check that is not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { everySentence, GROUP } from '../suite/support/sentences.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** The first column of every row of the table of checks and faults. */
const table = readme.slice(readme.indexOf('| check (generated per operation'));
const firstCells = table
  .slice(0, table.indexOf('\n\n'))
  .split('\n')
  .slice(2)
  .map((row) => row.split(' | ')[0]!);

describe("the README's table of checks", () => {
  it('names every check of the suite by its sentence', () => {
    expect(everySentence().filter((sentence) => !readme.includes(`\`${sentence}\``))).toEqual([]);
  });

  it('names no check the suite does not have', () => {
    const named = firstCells.flatMap((cell) => [...cell.matchAll(/`([^`]+ > [^`]+)`/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(40);
    const sentences = new Set(everySentence());
    // The refusals are named by their causes (suite/support/causes.ts).
    expect(named.filter((name) => !sentences.has(name) && !name.startsWith(`${GROUP.refusals} > `))).toEqual([]);
  });
});
