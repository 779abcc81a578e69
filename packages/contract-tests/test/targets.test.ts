// The two targets the package starts itself, as `npm run contract -- --target prism|sandbox` runs
// them: the whole suite passes against each, and each run leaves its JUnit report in the
// repository's dist/contract/. They run beside the self-test (they were two runs one after the
// other before vitest started, about a minute of waiting on two cores).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runContract as runAlone, summaryOf } from './support/run-contract.js';
import { inSlot } from './support/slots.js';

const runContract = (...args: Parameters<typeof runAlone>) => inSlot(() => runAlone(...args));
const report = (name: string) => fileURLToPath(new URL(`../../../dist/contract/${name}.xml`, import.meta.url));

describe.concurrent('the targets the suite starts itself', { timeout: 1_800_000 }, () => {
  it("passes against Prism (the spec's mock), with a JUnit report", async () => {
    const { code, out } = await runContract(['--target', 'prism', '--junit', report('prism')]);
    expect(summaryOf(out), out.slice(-3000)).toMatch(
      /Contract summary for prism, Extender latest \([^)]*\): [1-9]\d* passed, 0 failed/,
    );
    // Prism's own header (its findings about a request) is the mock's, not something to describe.
    expect(summaryOf(out)).toMatch(/, 0 undocumented;/);
    expect(out).toContain(`JUnit report: ${report('prism')}`);
    expect(code).toBe(0);
  });

  it('passes against the sandbox (latest, found by the plugin manager), with a JUnit report, and says what it left out', async () => {
    const { code, out } = await runContract(['--target', 'sandbox', '--junit', report('sandbox')]);
    const summary = summaryOf(out);
    expect(summary, out.slice(-3000)).toMatch(
      /Contract summary for sandbox, Extender latest \(the plugin manager\): [1-9]\d* passed, 0 failed/,
    );
    expect(summary).toMatch(
      /○ getUsers lists every user on latest, deactivated ones too: a write check proves it \(1\):/,
    );
    expect(out).toContain(`JUnit report: ${report('sandbox')}`);
    expect(code).toBe(0);
  });
});
