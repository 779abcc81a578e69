// The client under rate limiting: exporting 2,000 users from a sandbox started with --rate-limit,
// through the client's retries: complete, correct, no duplicates; the 429s seen are reported.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createExtenderUsersClient, type RetryEvent } from '@extender-users/client';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '2200', '--rate-limit', '10']);
});
afterAll(() => sandbox?.stop());

it('exports every user once through 429s, honouring Retry-After', async () => {
  const retries: RetryEvent[] = [];
  const client = createExtenderUsersClient({
    baseUrl: sandbox.baseUrl,
    auth: { token: sandbox.adminToken },
    retry: { maxAttempts: 10 },
    onRetry: (e) => retries.push(e),
  });
  const total = (await client.users.list({ maxResults: 1 })).total;
  expect(total).toBeGreaterThanOrEqual(2000);
  const names: string[] = [];
  for await (const user of client.users.iterate({ detail: 'basic', pageSize: 50, concurrency: 4 }))
    names.push(user.name);
  const rateLimited = retries.filter((e) => e.reason.startsWith('status 429'));
  console.log(`rate-limited export: ${names.length} users, ${retries.length} retries, ${rateLimited.length} after 429`);
  expect(names).toHaveLength(total);
  expect(new Set(names).size).toBe(total);
  expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()) || (a < b ? -1 : 1)));
  expect(rateLimited.length).toBeGreaterThan(0);
  expect(rateLimited.every((e) => e.delayMs >= 1000)).toBe(true);
});
