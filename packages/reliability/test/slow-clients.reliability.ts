// Slow clients, many at once of each kind (npm run test:reliability): sockets that never send a
// byte, headers dribbled a byte at a time, bodies that stall half-way, keep-alive connections left
// idle, and readers that never read a large answer. Meanwhile a normal client keeps calling the
// API. It prints how many ended, how long the server took to close them (p50, slowest) and what
// the normal client got; it fails only when a promise is broken: a slow connection never closed
// (DEADLINE_MS is many times the timeouts), one told why without the API's JSON 408, a normal
// request not answered 200, or any 5xx. SLOW_CLIENTS sets how many of each kind (default 20).
// (npm test checks each kind once, deterministically: apps/sandbox/test/connections.test.ts.)
import type { Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { collect, openSocket, type RawAnswer } from '@extender-users/test-support/raw-socket';

const EACH = Number(process.env.SLOW_CLIENTS ?? 20);
/** Only a connection the server never closes reaches this: the timeouts are 1-3 s. */
const DEADLINE_MS = 120_000;
const API = '/rest/extender/1.0/user';

let sandbox: SandboxProcess;
let port: number;
let auth: string;
beforeAll(async () => {
  sandbox = await startSandboxProcess([
    '--db',
    ':memory:',
    '--seed-users',
    '1200',
    '--headers-timeout',
    '1',
    '--request-timeout',
    '2',
    '--keep-alive-timeout',
    '1',
    '--idle-timeout',
    '3',
    // All of them come from 127.0.0.1: this check is about timeouts, not the per-client cap.
    '--max-connections-per-client',
    '1000',
  ]);
  port = Number(new URL(sandbox.baseUrl).port);
  auth = `Bearer ${sandbox.adminToken}`;
});
afterAll(() => sandbox?.stop());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome {
  kind: string;
  answer: RawAnswer;
  /** From opening the connection to the server closing it, ms. */
  ms: number;
}

/** Times a slow client from its start to the end of its outcome. */
const timed = (kind: () => Promise<Omit<Outcome, 'ms'>>) => async (): Promise<Outcome> => {
  const started = performance.now();
  const outcome = await kind();
  return { ...outcome, ms: performance.now() - started };
};
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function idle(): Promise<Omit<Outcome, 'ms'>> {
  const socket = await openSocket(port);
  return { kind: 'idle', answer: await collect(socket, DEADLINE_MS, { untilClose: true }) };
}

async function dribble(): Promise<Omit<Outcome, 'ms'>> {
  const socket = await openSocket(port);
  const request = `GET ${API}/getUsers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth}\r\nX-Padding: ${'p'.repeat(100)}\r\n\r\n`;
  let i = 0;
  const timer = setInterval(() => socket.writable && i < request.length && socket.write(request[i++]!), 150);
  const answer = await collect(socket, DEADLINE_MS, { untilClose: true });
  clearInterval(timer);
  return { kind: 'dribbled headers', answer };
}

async function stalledBody(): Promise<Omit<Outcome, 'ms'>> {
  const socket = await openSocket(port);
  const body = JSON.stringify({ value: 'x'.repeat(340) });
  const answer = collect(socket, DEADLINE_MS, { untilClose: true });
  socket.write(
    `PUT ${API}/property/admin/slow HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 199)}`,
  );
  return { kind: 'stalled body', answer: await answer };
}

async function idleKeepAlive(): Promise<Omit<Outcome, 'ms'>> {
  const socket = await openSocket(port);
  const answer = collect(socket, DEADLINE_MS, { untilClose: true });
  socket.write(`GET ${API}/getUsers?maxResults=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth}\r\n\r\n`);
  return { kind: 'idle keep-alive', answer: await answer };
}

/** Asks for a large page and reads nothing for a while; then reads what is left. */
async function slowReader(): Promise<Omit<Outcome, 'ms'>> {
  const socket: Socket = await openSocket(port);
  socket.pause();
  socket.write(
    `GET ${API}/getUsers?maxResults=1000&showExtendedDetails=true HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth}\r\n\r\n`,
  );
  await sleep(5000);
  const answer = collect(socket, DEADLINE_MS, { untilClose: true });
  socket.resume();
  return { kind: 'slow reader', answer: await answer };
}

it(`closes ${EACH} slow clients of each of five kinds while a normal client is served`, async () => {
  const slow = Promise.all(
    [idle, dribble, stalledBody, idleKeepAlive, slowReader].flatMap((kind) =>
      Array.from({ length: EACH }, timed(kind)),
    ),
  );
  let done = false;
  void slow.finally(() => (done = true));
  const statuses = new Map<number, number>();
  while (!done) {
    const r = await fetch(`${sandbox.baseUrl}${API}/getUsers?maxResults=5`, { headers: { authorization: auth } });
    await r.arrayBuffer();
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    await sleep(50);
  }
  const outcomes = await slow;
  const normal = [...statuses.values()].reduce((a, b) => a + b, 0);
  const closes = outcomes.filter((o) => o.answer.closed).map((o) => o.ms);
  const byKind = [...new Set(outcomes.map((o) => o.kind))].map((kind) => {
    const ms = outcomes.filter((o) => o.kind === kind && o.answer.closed).map((o) => o.ms);
    return `${kind} p50 ${(percentile(ms, 50) / 1000).toFixed(1)} s, slowest ${(Math.max(...ms) / 1000).toFixed(1)} s`;
  });
  console.log(
    `slow clients: ${outcomes.length} slow connections (${EACH} of each kind), ${closes.length} closed by the server (p50 ${(percentile(closes, 50) / 1000).toFixed(1)} s, slowest ${(Math.max(...closes) / 1000).toFixed(1)} s; ${byKind.join('; ')}); ${normal} normal requests meanwhile, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  const notClosed = outcomes.filter((o) => !o.answer.closed).map((o) => o.kind);
  expect(notClosed).toEqual([]);
  for (const { kind, answer } of outcomes) {
    if (kind === 'dribbled headers' || kind === 'stalled body') {
      // These two must be answered before they are closed: the API's JSON 408.
      expect(answer.status, kind).toBe(408);
      expect(JSON.parse(answer.body), kind).toEqual({ message: expect.any(String) });
    } else if (answer.status !== undefined) {
      expect(answer.status, kind).toBeLessThan(500);
    }
  }
  expect(normal).toBeGreaterThan(0);
  expect([...statuses.keys()]).toEqual([200]);
});
