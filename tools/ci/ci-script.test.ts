// .ci/run is what proves the README on a fresh machine: it must run the README's own test command
// (then the browser tests), cold, never from the nx cache another clone on the machine filled.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const ciScript = readFileSync(new URL('.ci/run', root), 'utf8');
const readme = readFileSync(new URL('README.md', root), 'utf8');
/** The commands .ci/run executes, comments and blank lines left out. */
const ciCommands = ciScript
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('.ci/run', () => {
  it("runs the README's test command, then the browser tests", () => {
    const quickStartTest = /In another terminal:\s*```sh\s*\n(.+)\n```/.exec(readme)?.[1]?.trim();
    expect(quickStartTest).toBe('npm test');
    expect(ciCommands).toContain(quickStartTest);
    expect(ciCommands.indexOf('npm run test:e2e')).toBeGreaterThan(ciCommands.indexOf(quickStartTest!));
  });

  it('then installs the published packages by name from a local registry (README: Install the packages)', () => {
    expect(ciCommands.indexOf('npm run test:packages')).toBeGreaterThan(ciCommands.indexOf('npm run test:e2e'));
    expect(readme).toContain('`npm run test:packages`');
  });

  it('runs with the nx cache off, so a cold build and every test really run', () => {
    const exported = ciCommands.filter((l) => l.startsWith('export ')).join(' ');
    expect(exported).toMatch(/\bNX_SKIP_NX_CACHE=true\b/);
    expect(ciCommands.indexOf('npm ci')).toBeGreaterThan(ciCommands.findIndex((l) => /NX_SKIP_NX_CACHE=true/.test(l)));
  });
});
