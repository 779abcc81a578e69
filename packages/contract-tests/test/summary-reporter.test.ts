// The summary counts a suite file that cannot be loaded as a failure (it used to print
// "0 failed" while the run exited 1).
import { describe, expect, it, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import { SummaryReporter } from '../src/summary-reporter.js';

describe('the summary', () => {
  it('lists a suite file that could not be loaded, with its error', () => {
    const broken = {
      relativeModuleId: 'suite/write/broken.contract.ts',
      errors: () => [{ message: 'No operation x in the spec\n    at …' }],
      children: { allTests: () => [] },
    } as unknown as TestModule;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const summary = new SummaryReporter({ kind: 'sandbox', version: 'latest', versionSource: 'test' });
    summary.onTestRunEnd([broken]);
    log.mockRestore();
    expect(summary.failures).toEqual([
      {
        check: 'suite/write/broken.contract.ts (its checks could not be registered)',
        problem: 'No operation x in the spec',
      },
    ]);
  });
});
