// A guesser cannot slow the real administrator (issue 22; npm run test:reliability): from one
// address, 8 connections guess a dedicated administrator's password as fast as the sandbox answers,
// for GUESS_SECONDS; meanwhile the real administrator, from another address, logs in with the right
// password every 200 ms. The sandbox runs with its default slowing (after 10 failures from one
// client, 250 ms doubling to 4 s). It prints the guesser's rate (checked guesses and 429s a second)
// and the administrator's login times; it fails only when a promise is broken: a right password
// refused (401 or 429) or never answered. Before the fix the guesses got 429 for the administrator
// too, and each of their logins reset the guesser's count (6.2 checked guesses a second, not 1.2).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { getFrom, percentile, type Answer } from './support/from-address.js';

const SECONDS = Number(process.env.GUESS_SECONDS ?? 15);
const API = '/rest/extender/1.0/user';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '0']);
  const r = await fetch(`${sandbox.baseUrl}${API}/add`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${sandbox.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'target.admin',
      fullName: 'Target',
      email: 't@acme.test',
      password: 'Right-Password-1',
      groups: ['confluence-administrators'],
    }),
  });
  expect(r.status).toBe(200);
});
afterAll(() => sandbox?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it(`the real administrator logs in at once while another address guesses their password for ${SECONDS} s`, async () => {
  const until = performance.now() + SECONDS * 1000;
  const guesses = new Map<number, number>();
  let n = 0;
  const guesser = async () => {
    while (performance.now() < until) {
      const r = await fetch(`${sandbox.baseUrl}${API}/getUsers?maxResults=1`, {
        headers: { authorization: basic('target.admin', `guess-${n++}`) },
      });
      await r.arrayBuffer();
      guesses.set(r.status, (guesses.get(r.status) ?? 0) + 1);
      if (r.status === 429) await sleep(Number(r.headers.get('retry-after') ?? 1) * 1000);
    }
  };
  const logins: Answer[] = [];
  const admin = async () => {
    while (performance.now() < until) {
      logins.push(
        await getFrom(
          '127.0.0.2',
          `${sandbox.baseUrl}${API}/getUsers?maxResults=1`,
          basic('target.admin', 'Right-Password-1'),
        ),
      );
      await sleep(200);
    }
  };
  const started = performance.now();
  await Promise.all([...Array.from({ length: 8 }, guesser), admin()]);
  const seconds = (performance.now() - started) / 1000;
  const ms = logins.map((l) => l.ms);
  const checked = guesses.get(401) ?? 0;
  console.log(
    `login slowing: the guesser got ${checked} guesses checked (${(checked / seconds).toFixed(1)} a second) and ${guesses.get(429) ?? 0} refused with 429 in ${seconds.toFixed(1)} s; the administrator, from another address: ${logins.filter((l) => l.status === 200).length} of ${logins.length} logins answered 200 (p50 ${percentile(ms, 50).toFixed(1)} ms, slowest ${Math.max(...ms).toFixed(1)} ms)`,
  );
  expect(logins.length).toBeGreaterThan(0);
  expect(logins.map((l) => l.status).filter((s) => s !== 200)).toEqual([]);
});
