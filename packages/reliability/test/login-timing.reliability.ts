// Timing does not tell which user names exist (npm run test:reliability): a wrong password for an
// existing user and an unknown user name cost the same password check, so their answer times,
// measured in the same run in back-to-back pairs, are close: the median of the pairs' ratios is
// printed with both medians and whether they are within 10% of each other. The default, 400 tries
// each (TIMING_TRIES), was chosen on the 2-core machine: over 4,000 tries each, cut into samples of
// 400, the two medians differed by at most 2.1% with both cores kept busy by other processes, and
// by at most 7.2% under a load average of 11 to 14. It fails only when the promise is broken: an
// unknown name answered without the password check is many times faster (before issue 16: 51.18 ms
// against 1.75 ms), far outside the bounds below, which no load moves a paired ratio to.
// (npm test keeps a small version: login-timing.test.ts.)
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SandboxProcess } from '@extender-users/sandbox/launcher';
import { BROKEN_BELOW, measureLoginTiming, startTimingSandbox } from './support/login-timing.js';

const TRIES = Number(process.env.TIMING_TRIES ?? 400);

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startTimingSandbox(TRIES);
});
afterAll(() => sandbox?.stop());

it(`an unknown user name costs what a wrong password costs (${TRIES} tries each; figures printed)`, async () => {
  const { paired, figures } = await measureLoginTiming(sandbox, TRIES);
  console.log(figures);
  expect(paired).toBeGreaterThan(BROKEN_BELOW);
  expect(paired).toBeLessThan(1 / BROKEN_BELOW);
});
