// .ci/run is what proves the README on a fresh machine: it must run the README's own test command
// (then the browser tests), cold: never from an nx cache another clone on the machine filled.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const ciScript = readFileSync(new URL('.ci/run', root), 'utf8');
const readme = readFileSync(new URL('README.md', root), 'utf8');
/** The commands .ci/run executes, comments and blank lines left out. */
const ciCommands = ciScript
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.replace(/^step /, '')); // `step CMD` runs CMD and prints its time

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

  it('runs cold: the nx cache lives in the checkout, which git never carries, so a fresh clone has none', () => {
    const nx = JSON.parse(readFileSync(new URL('nx.json', root), 'utf8')) as { cacheDirectory?: string };
    expect(nx.cacheDirectory).toBe('.nx/cache');
    const ignored = readFileSync(new URL('.gitignore', root), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    expect(ignored).toContain('.nx/');
    expect(ciCommands.join('\n')).not.toMatch(/NX_CACHE_DIRECTORY/);
  });
});
