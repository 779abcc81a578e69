// A mixed read/write load on loopback, a fixed number of requests (LOAD_REQUESTS) from 8 workers
// at once: zero 5xx, zero failed requests. The rate is printed (speed is for npm run bench).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '500']);
});
afterAll(() => sandbox?.stop());
const API = '/rest/extender/1.0/user';

it('serves a mixed read/write load with no 5xx and no failed request', async () => {
  const headers = { authorization: `Bearer ${sandbox.adminToken}`, 'content-type': 'application/json' };
  const total = Number(process.env.LOAD_REQUESTS ?? 4000);
  const started = performance.now();
  let taken = 0;
  const statuses = new Map<number, number>();
  let failed = 0;
  let done = 0;
  const worker = async (w: number) => {
    for (let i = 0; taken++ < total; i++) {
      const name = `load-${w}-${i}`;
      const step = i % 6;
      const [method, path, body] =
        step === 0
          ? ['PUT', `${API}/add`, JSON.stringify({ name, fullName: 'Load', email: `${name}@acme.test` })]
          : step === 1
            ? ['GET', `${API}/getUsers?showBasicDetails=true&maxResults=50&startAt=${i % 400}`, undefined]
            : step === 2
              ? ['PUT', `${API}/property/load-${w}-${i - 2}/load.key`, JSON.stringify({ value: `v${i}` })]
              : step === 3
                ? ['GET', `${API}/getUserDetails/load-${w}-${i - 3}`, undefined]
                : step === 4
                  ? ['POST', `${API}/deactivate/load-${w}-${i - 4}`, undefined]
                  : ['GET', `${API}/getUsers?showExtendedDetails=true&maxResults=100`, undefined];
      try {
        const r = await fetch(`${sandbox.baseUrl}${path}`, {
          method,
          headers: body ? headers : { authorization: headers.authorization },
          body,
        });
        await r.arrayBuffer();
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        done++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `load: ${done} requests in ${seconds.toFixed(1)} s (${Math.round(done / seconds)} req/s), statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  expect(failed).toBe(0);
  expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  expect([...statuses.keys()].every((s) => s === 200)).toBe(true);
  expect(done).toBe(total);
});
