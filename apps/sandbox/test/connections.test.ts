// Connections are timed out and capped (issue 16, fault 4): an idle socket, dribbled headers, a
// stalled body and an idle keep-alive connection are closed once their timeout has passed, while
// other clients keep being served; connections beyond the cap are closed at once. The timeouts
// are set to 1-3 s here; each close is awaited (see DEADLINE_MS), never timed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../src/index.js';
import { ADMIN, getFrom, Harness, PREFIX } from './support/harness.js';
import { collect as collectAnswer, openSocket as open } from '@extender-users/test-support/raw-socket';

/** Everything until the server closes the connection (or the wait ends). */
const collect = (socket: Parameters<typeof collectAnswer>[0], waitMs: number) =>
  collectAnswer(socket, waitMs, { untilClose: true });

/**
 * How long a close is awaited: many times the 1-3 s timeouts, so only a server that never closes
 * reaches it, however busy the machine (no figure of speed is asserted here).
 */
const DEADLINE_MS = 25_000;

/** Resolves once the server holds exactly `expected()` connections (checked on every turn of the event loop). */
async function untilServerHolds(h: Harness, expected: () => number): Promise<void> {
  const count = () =>
    new Promise<number>((resolve, reject) =>
      h.sandbox.app.server.getConnections((e, n) => (e ? reject(e) : resolve(n))),
    );
  while ((await count()) !== expected()) await new Promise((resolve) => setImmediate(resolve));
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('timeouts', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({
      seedUsers: 5,
      connections: { headersTimeout: 1, requestTimeout: 2, keepAliveTimeout: 1, idleTimeout: 3 },
    });
  });
  afterAll(() => h.close());

  /** Calls the API every 100 ms until `until` settles; returns the statuses. */
  async function keepCalling(until: Promise<unknown>): Promise<number[]> {
    let done = false;
    void until.finally(() => (done = true));
    const statuses: number[] = [];
    while (!done) {
      statuses.push((await h.call('getUsers', 'GET', `${PREFIX}/getUsers?maxResults=1`)).status);
      await sleep(100);
    }
    return statuses;
  }

  it('closes a socket that never sends a request, and one that dribbles its headers, while others are served', async () => {
    const idle = await open(h.sandbox.port);
    const dribbling = await open(h.sandbox.port);
    const idleClosed = collect(idle, DEADLINE_MS);
    const dribbleClosed = collect(dribbling, DEADLINE_MS);
    const request = `GET ${PREFIX}/getUsers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${ADMIN}\r\nX-Padding: ${'p'.repeat(200)}\r\n\r\n`;
    let i = 0;
    const dribble = setInterval(() => dribbling.writable && dribbling.write(request[i++ % request.length]!), 100);
    try {
      const [statuses, idleAnswer, dribbleAnswer] = await Promise.all([
        keepCalling(Promise.all([idleClosed, dribbleClosed])),
        idleClosed,
        dribbleClosed,
      ]);
      expect(idleAnswer.closed).toBe(true);
      expect(dribbleAnswer.closed).toBe(true);
      // The dribbling client is told why, in the API's shape.
      expect(dribbleAnswer.status).toBe(408);
      expect(dribbleAnswer.headers.connection).toBe('close');
      expect(JSON.parse(dribbleAnswer.body)).toEqual({ message: expect.any(String) });
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200)).toBe(true);
    } finally {
      clearInterval(dribble);
    }
  });

  it('answers a request whose body stalls with 408 and closes it, while others are served', async () => {
    const body = JSON.stringify({ value: 'x'.repeat(330) });
    expect(body.length).toBeGreaterThan(300);
    const socket = await open(h.sandbox.port);
    const answer = collect(socket, DEADLINE_MS);
    socket.write(
      `PUT ${PREFIX}/property/admin/stalled HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${ADMIN}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 199)}`,
    );
    const [statuses, stalled] = await Promise.all([keepCalling(answer), answer]);
    expect(stalled.closed).toBe(true);
    expect(stalled.status).toBe(408);
    expect(stalled.headers.connection).toBe('close');
    expect(JSON.parse(stalled.body)).toEqual({ message: expect.any(String) });
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Nothing of the stalled request was stored.
    expect((await h.call('getUserProperty', 'GET', `${PREFIX}/property/admin/stalled`)).status).toBe(404);
  });

  it('closes a keep-alive connection left idle after its answer', async () => {
    const socket = await open(h.sandbox.port);
    const answer = collect(socket, DEADLINE_MS);
    socket.write(`GET ${PREFIX}/getUsers?maxResults=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${ADMIN}\r\n\r\n`);
    const idle = await answer;
    expect(idle.status).toBe(200);
    expect(idle.closed).toBe(true);
  });
});

describe('--max-connections', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 0, connections: { maxConnections: 3 } });
  });
  afterAll(() => h.close());

  it('closes connections beyond the cap at once, and serves again when one is freed', async () => {
    const held = await Promise.all([open(h.sandbox.port), open(h.sandbox.port), open(h.sandbox.port)]);
    await untilServerHolds(h, () => 3);
    const extra = await open(h.sandbox.port);
    const refused = await collect(extra, DEADLINE_MS);
    expect(refused.closed).toBe(true);
    expect(refused.raw).toBe('');
    held[0]!.destroy();
    await untilServerHolds(h, () => 2);
    const socket = await open(h.sandbox.port);
    const answer = collect(socket, DEADLINE_MS);
    socket.write(
      `GET ${PREFIX}/getUsers HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${ADMIN}\r\nConnection: close\r\n\r\n`,
    );
    expect((await answer).status).toBe(200);
    for (const s of held) s.destroy();
  });
});

describe('--max-connections-per-client', () => {
  let h: Harness;
  beforeAll(async () => {
    // Timeouts far beyond the test's life: only the caps close anything here.
    h = await Harness.start({
      seedUsers: 0,
      connections: {
        maxConnections: 20,
        maxConnectionsPerClient: 5,
        headersTimeout: 600,
        requestTimeout: 600,
        idleTimeout: 600,
      },
    });
  });
  afterAll(() => h.close());

  it('one address holding silent connections up to the whole cap takes only its share: another address is served', async () => {
    const hog = await Promise.all(Array.from({ length: 20 }, () => open(h.sandbox.port)));
    const closedByServer = new Set<number>();
    hog.forEach((socket, i) => socket.on('close', () => closedByServer.add(i)));
    // Until the server has taken or closed every one of them (a state, not a time).
    await untilServerHolds(h, () => hog.length - closedByServer.size);
    expect(hog.length - closedByServer.size).toBe(5);
    const answer = await getFrom('127.0.0.2', `${h.baseUrl}${PREFIX}/getUsers?maxResults=1`, ADMIN);
    expect(answer.status).toBe(200);
    for (const socket of hog) socket.destroy();
  });
});

describe('the command line', () => {
  it('has documented defaults for every limit, and takes each as an option', () => {
    expect(parseOptions([])).toMatchObject({
      connections: {
        requestTimeout: 30,
        headersTimeout: 10,
        keepAliveTimeout: 5,
        idleTimeout: 60,
        maxConnections: 1000,
        maxConnectionsPerClient: 100,
      },
    });
    expect(
      parseOptions([
        '--request-timeout',
        '20',
        '--headers-timeout',
        '4',
        '--keep-alive-timeout',
        '2',
        '--idle-timeout',
        '9',
        '--max-connections',
        '50',
        '--max-connections-per-client',
        '7',
      ]),
    ).toMatchObject({
      connections: {
        requestTimeout: 20,
        headersTimeout: 4,
        keepAliveTimeout: 2,
        idleTimeout: 9,
        maxConnections: 50,
        maxConnectionsPerClient: 7,
      },
    });
  });

  it('refuses a headers timeout longer than the request timeout, and values that are not whole seconds', () => {
    expect(() => parseOptions(['--request-timeout', '5', '--headers-timeout', '6'])).toThrow(
      /--headers-timeout \(6\) cannot be longer than --request-timeout \(5\)/,
    );
    expect(() => parseOptions(['--idle-timeout', '0'])).toThrow(/--idle-timeout/);
    expect(() => parseOptions(['--max-connections', '1.5'])).toThrow(/--max-connections/);
  });
});
