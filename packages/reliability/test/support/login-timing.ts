// Whether timing tells which user names exist, measured in back-to-back pairs: a wrong password for
// an existing user against an unknown user name, each name tried once (so that no name collects
// the failures that would slow it down), alternating which goes first so that drift in the
// machine's load hits both alike. Used by the small check npm test runs (login-timing.test.ts) and
// the statistical run with figures (login-timing.reliability.ts).
import { expect } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';

const API = '/rest/extender/1.0/user';
const WARM_UP = 10;
/** A paired ratio beyond these means one kind of failure skipped the password check. */
export const BROKEN_BELOW = 0.5;
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** A sandbox with enough users for `tries` pairs (about 5% of the demo users are deactivated and not listed). */
export const startTimingSandbox = (tries: number): Promise<SandboxProcess> =>
  startSandboxProcess(['--db', ':memory:', '--seed-users', String(Math.ceil((tries + WARM_UP) * 1.2) + 10)]);

/** Every seeded user's name, but the two demo accounts. */
async function existingNames(sandbox: SandboxProcess): Promise<string[]> {
  const names: string[] = [];
  for (let startAt = 0; ; startAt += 1000) {
    const r = await fetch(`${sandbox.baseUrl}${API}/getUsers?maxResults=1000&startAt=${startAt}`, {
      headers: { authorization: `Bearer ${sandbox.adminToken}` },
    });
    const page = (await r.json()) as { users: { name: string }[] };
    if (page.users.length === 0) return names.filter((n) => n !== 'admin' && n !== 'user');
    names.push(...page.users.map((u) => u.name));
  }
}

/** Milliseconds from sending a request with these credentials to reading its whole 401 answer. */
async function timeFailedLogin(sandbox: SandboxProcess, auth: string): Promise<number> {
  const started = performance.now();
  const r = await fetch(`${sandbox.baseUrl}${API}/getUsers`, { headers: { authorization: auth } });
  await r.arrayBuffer();
  const elapsed = performance.now() - started;
  expect(r.status).toBe(401);
  return elapsed;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** `tries` pairs measured; returns the median of the pairs' ratios (unknown / existing) and a line of figures. */
export async function measureLoginTiming(
  sandbox: SandboxProcess,
  tries: number,
): Promise<{ paired: number; figures: string }> {
  const names = await existingNames(sandbox);
  expect(names.length).toBeGreaterThanOrEqual(tries + WARM_UP);
  const wrongPassword = (i: number) => basic(names[i]!, `wrong-${i}`);
  const unknownName = (i: number) => basic(`${names[i]!}-gone`, `wrong-${i}`);
  for (let i = 0; i < WARM_UP; i++) {
    await timeFailedLogin(sandbox, wrongPassword(tries + i));
    await timeFailedLogin(sandbox, unknownName(tries + i));
  }
  const existing: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < tries; i++) {
    if (i % 2) {
      existing.push(await timeFailedLogin(sandbox, wrongPassword(i)));
      unknown.push(await timeFailedLogin(sandbox, unknownName(i)));
    } else {
      unknown.push(await timeFailedLogin(sandbox, unknownName(i)));
      existing.push(await timeFailedLogin(sandbox, wrongPassword(i)));
    }
  }
  const [a, b] = [median(existing), median(unknown)];
  // Each pair was measured back to back, so the median of their ratios is what the machine's load,
  // rising and falling over the run (other tests run beside this one), moves least.
  const paired = median(unknown.map((u, i) => u / existing[i]!));
  const all = [...existing, ...unknown];
  const figures = `login timing: ${tries} tries each, ${all.length} ended; median wrong password ${a.toFixed(2)} ms, unknown user name ${b.toFixed(2)} ms (difference ${((Math.abs(a - b) / Math.max(a, b)) * 100).toFixed(1)}%); median of paired ratios ${paired.toFixed(3)} (within 10%: ${Math.abs(1 - paired) < 0.1 ? 'yes' : 'no'}); slowest ${Math.max(...all).toFixed(1)} ms`;
  return { paired, figures };
}
