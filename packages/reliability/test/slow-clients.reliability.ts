// Slow clients, many at once of each kind: sockets that never send a byte, headers dribbled a
// byte at a time, bodies that stall half-way, keep-alive connections left idle, and readers that
// never read a large answer. Meanwhile a normal client keeps calling the API. Every slow
// connection is closed by the server within a deadline (a few times its timeout), those that are
// told why get the API's JSON 408, the normal client gets only 200s, and nothing answers 5xx.
// SLOW_CLIENTS sets how many of each kind (default 20).
import type { Socket } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { collect, openSocket, type RawAnswer } from '@extender-users/test-support/raw-socket';

const EACH = Number(process.env.SLOW_CLIENTS ?? 20);
const DEADLINE_MS = 12_000;
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
}

async function idle(): Promise<Outcome> {
  const socket = await openSocket(port);
  return { kind: 'idle', answer: await collect(socket, DEADLINE_MS, { untilClose: true }) };
}

async function dribble(): Promise<Outcome> {
  const socket = await openSocket(port);
  const request = `GET ${API}/getUsers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth}\r\nX-Padding: ${'p'.repeat(100)}\r\n\r\n`;
  let i = 0;
  const timer = setInterval(() => socket.writable && i < request.length && socket.write(request[i++]!), 150);
  const answer = await collect(socket, DEADLINE_MS, { untilClose: true });
  clearInterval(timer);
  return { kind: 'dribbled headers', answer };
}

async function stalledBody(): Promise<Outcome> {
  const socket = await openSocket(port);
  const body = JSON.stringify({ value: 'x'.repeat(340) });
  const answer = collect(socket, DEADLINE_MS, { untilClose: true });
  socket.write(
    `PUT ${API}/property/admin/slow HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 199)}`,
  );
  return { kind: 'stalled body', answer: await answer };
}

async function idleKeepAlive(): Promise<Outcome> {
  const socket = await openSocket(port);
  const answer = collect(socket, DEADLINE_MS, { untilClose: true });
  socket.write(`GET ${API}/getUsers?maxResults=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth}\r\n\r\n`);
  return { kind: 'idle keep-alive', answer: await answer };
}

/** Asks for a large page and reads nothing for a while; then reads what is left. */
async function slowReader(): Promise<Outcome> {
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
      Array.from({ length: EACH }, () => kind()),
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
  console.log(
    `slow clients: ${outcomes.length} slow connections (${EACH} of each kind), ${normal} normal requests meanwhile, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
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
