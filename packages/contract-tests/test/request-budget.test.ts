// A read-only run against an instance of N users sends at most readOnlyBudget(N) requests (the
// README and --help state the bound): measured here through a counting proxy in front of a sandbox
// with a known number of users, more than one page of 1000 so that the walks of the whole listing
// take several pages. The suite's own count, in the summary, is the proxy's less the runner's
// requests before the suite (the plugin manager).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { readOnlyBudget } from '../src/request-budget.js';
import { startBrokenProxy } from './support/broken-proxy.js';
import { runContract, summaryOf } from './support/run-contract.js';

const SEEDED = 1100;

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', String(SEEDED)], 60_000);
});
afterAll(() => sandbox?.stop());

describe('the read-only request budget', () => {
  it(`holds against an instance of more than ${SEEDED} users, and the summary says how many were sent`, async () => {
    const proxy = await startBrokenProxy(sandbox.baseUrl, 'none', '');
    try {
      const { code, out } = await runContract(['--target', 'url', '--base-url', proxy.url], {
        env: { CONFLUENCE_TOKEN: sandbox.adminToken },
      });
      const summary = summaryOf(out);
      expect(summary, out.slice(-3000)).toMatch(/ 0 failed/);
      expect(code).toBe(0);
      const counted = /\n {2}(\d+) requests; the read-only budget for (\d+) users is (\d+) \(/.exec(summary);
      expect(counted, summary).not.toBeNull();
      const [sent, users, budget] = counted!.slice(1).map(Number) as [number, number, number];
      expect(users).toBeGreaterThan(SEEDED);
      expect(budget).toBe(readOnlyBudget(users));
      expect(proxy.seen.length).toBeLessThanOrEqual(budget);
      // The suite counts every request it sends; the runner asked the plugin manager before it.
      expect(proxy.seen.length - sent).toBeGreaterThanOrEqual(1);
      expect(proxy.seen.length - sent).toBeLessThanOrEqual(2);
      console.log(`read-only run against ${users} users: ${proxy.seen.length} requests (budget ${budget})`);
    } finally {
      await proxy.close();
    }
  });
});
