// Issue 22's "a client that always ends" and issue 25, many times: 200 calls (ATTEMPT_TRIES)
// against a server that sends the headers and stalls mid-body, and 200 against one that trickles
// the body a byte a second, through the global fetch, a fetch that passes the Request on (as the
// CLI's does) and one that ignores signals, in turn; 20 at a time, with the garbage collector run
// every 200 ms besides its own runs. Prints tries, how many ended, the slowest and the median
// against the call's limit (timeoutMs × attempts + the longest wait between them). Fails only when
// a call did not end, or ended otherwise than with its TimeoutError, or left a connection open.
import { afterAll, describe, expect, it } from 'vitest';
import { createExtenderUsersClient, TimeoutError } from '../src/index.js';
import { httpServer, stallingServer, type TestServer } from './support/servers.js';

const TRIES = Number(process.env.ATTEMPT_TRIES ?? 200);
const AT_ONCE = 20;
const ATTEMPTS = 2;
const MAX_WAIT_MS = 5; // the longest wait between attempts (maxDelayMs)

const fetches: [string, ((request: Request) => Promise<Response>) | undefined][] = [
  ['the global fetch', undefined],
  ['a fetch that passes the Request on', (request) => globalThis.fetch(request)],
  [
    'a fetch that ignores signals',
    (request) => globalThis.fetch(request.url, { method: request.method, headers: request.headers }),
  ],
];

/** 200 and JSON headers, then a byte of an endless page every second. */
const byteASecond = () =>
  httpServer((response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"total":1,"maxResults":50,"startAt":0,"users":[{"name":"');
    const timer = setInterval(() => response.write('a'), 1000);
    response.on('close', () => clearInterval(timer));
  });

const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function pool<T>(count: number, atOnce: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) results[i] = await task(i);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, count) }, worker));
  return results;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

describe.each([
  ['stalls mid-body', stallingServer, 1_000],
  ['trickles the body a byte a second', byteASecond, 2_500],
] as const)('a server that %s', (kind, start, timeoutMs) => {
  it(`${TRIES} calls, each ends with its TimeoutError and leaves no connection open`, async () => {
    const server = await start();
    servers.push(server);
    const limitMs = timeoutMs * ATTEMPTS + MAX_WAIT_MS;
    const guardMs = limitMs * 10 + 30_000;
    const collecting = setInterval((globalThis as { gc?: () => void }).gc!, 200);
    const outcomes = await pool(TRIES, AT_ONCE, async (i) => {
      const [, fetch] = fetches[i % fetches.length]!;
      const client = createExtenderUsersClient({
        baseUrl: server.url,
        auth: { username: 'admin', password: 'admin' },
        timeoutMs,
        retry: { maxAttempts: ATTEMPTS, baseDelayMs: 1, maxDelayMs: MAX_WAIT_MS },
        ...(fetch ? { fetch } : {}),
      });
      const started = performance.now();
      let guard: NodeJS.Timeout | undefined;
      const ended = await Promise.race([
        client.users.list().then(
          () => 'answered',
          (error: unknown) => (error instanceof TimeoutError ? 'timeout' : `other: ${String(error)}`),
        ),
        new Promise<string>((resolve) => (guard = setTimeout(() => resolve('never ended'), guardMs))),
      ]);
      clearTimeout(guard);
      return { ended, ms: performance.now() - started };
    });
    clearInterval(collecting);
    // Every connection that carried a request is closed: a hang here is the broken promise.
    const closed = await Promise.race([
      server.requestsClosed().then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), guardMs)),
    ]);

    const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const timedOut = outcomes.filter((o) => o.ended === 'timeout').length;
    const neverEnded = outcomes.filter((o) => o.ended === 'never ended').length;
    console.log(
      `client, a server that ${kind}: tries ${TRIES}, ended ${TRIES - neverEnded} (TimeoutError ${timedOut}), ` +
        `slowest ${Math.round(ms.at(-1)!)} ms, p50 ${Math.round(percentile(ms, 0.5))} ms, ` +
        `limit ${limitMs} ms (timeoutMs ${timeoutMs} × ${ATTEMPTS} attempts + waits); ` +
        `connections left open: ${closed ? 'none' : 'some'}; load average ${(await loadAverage()) ?? '?'}`,
    );
    expect(outcomes.filter((o) => o.ended !== 'timeout')).toEqual([]);
    expect(closed).toBe(true);
  });
});

async function loadAverage(): Promise<string | undefined> {
  const { readFile } = await import('node:fs/promises');
  return (await readFile('/proc/loadavg', 'utf8').catch(() => undefined))?.split(' ').slice(0, 3).join(' ');
}
