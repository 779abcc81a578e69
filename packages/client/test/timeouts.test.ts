// Every attempt ends at its timeout whatever the server does, and deadlineMs bounds a whole call,
// against servers on 127.0.0.1 that never finish an answer. Garbage is collected all the while
// (vitest runs this project with --expose-gc): a timeout built on AbortSignal.any(...) could be
// collected before it fired, and the call then hung.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createExtenderUsersClient,
  ServerError,
  TimeoutError,
  type ExtenderUsersClientOptions,
  type RetryEvent,
} from '../src/index.js';
import { ending } from './support/ending.js';
import { httpServer, silentServer, stallingServer, tricklingServer, type TestServer } from './support/servers.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(start: Promise<TestServer>): Promise<TestServer> {
  const server = await start;
  servers.push(server);
  return server;
}

/** A client, and the retries it reported (attempts made = retries + 1, whatever reached the server in time). */
function clientFor(server: TestServer, options: Partial<ExtenderUsersClientOptions>) {
  const retries: RetryEvent[] = [];
  const client = createExtenderUsersClient({
    baseUrl: server.url,
    auth: { username: 'admin', password: 'admin' },
    onRetry: (e) => retries.push(e),
    ...options,
  });
  return { client, retries };
}

const fastRetries = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

describe('every attempt ends at its timeout', () => {
  it('a server that accepts the connection and never answers: each attempt, retries included', async () => {
    const server = await serve(silentServer());
    const { client, retries } = clientFor(server, { timeoutMs: 200, retry: fastRetries });
    const error = await ending(client.users.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'timeout', operation: 'getUsers', name: 'TimeoutError' });
    expect((error as Error).message).toMatch(/no answer within 200 ms .*attempt 3/);
    expect(retries.map((e) => e.reason)).toEqual(['timeout', 'timeout']);
    expect(server.hits()).toBeGreaterThan(0);
  });

  it('a server that sends the headers and then stalls the body: the body read is part of the attempt', async () => {
    const server = await serve(stallingServer());
    const { client, retries } = clientFor(server, { timeoutMs: 200, retry: { ...fastRetries, maxAttempts: 2 } });
    const error = await ending(client.users.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(retries.map((e) => e.reason)).toEqual(['timeout']);
  });

  it('a server that trickles the body a byte at a time', async () => {
    const server = await serve(tricklingServer(20));
    const error = await ending(clientFor(server, { timeoutMs: 300, retry: false }).client.users.get('admin'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ operation: 'getUserDetails' });
  });

  it('a POST that times out is not sent again (the server may have processed it)', async () => {
    const server = await serve(silentServer());
    const { client, retries } = clientFor(server, { timeoutMs: 200, retry: fastRetries });
    const error = await ending(client.users.rename('a', 'b'));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(retries).toEqual([]);
    expect(server.hits()).toBeLessThanOrEqual(1);
  });
});

describe('deadlineMs bounds a whole call', () => {
  it('attempts and waits together: retries stop at the deadline', async () => {
    const server = await serve(silentServer());
    const { client, retries } = clientFor(server, {
      timeoutMs: 200,
      deadlineMs: 700,
      retry: { maxAttempts: 100, baseDelayMs: 1, maxDelayMs: 5 },
    });
    const error = await ending(client.users.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/deadline of 700 ms/);
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect(retries.length).toBeLessThan(99);
  });

  it('without a per-attempt timeout, the deadline alone ends a silent attempt', async () => {
    const server = await serve(stallingServer());
    const error = await ending(clientFor(server, { timeoutMs: 0, deadlineMs: 300 }).client.users.list());
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/deadline of 300 ms \(deadlineMs; 1 attempt\)/);
  });

  it('a wait the server asks for that would pass the deadline is not waited: its answer is the error', async () => {
    const server = await serve(
      httpServer((response) => {
        response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '30' });
        response.end('{"message":"maintenance"}');
      }),
    );
    const { client, retries } = clientFor(server, { deadlineMs: 1_000 });
    const error = await ending(client.users.list());
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 503, serverMessage: 'maintenance' });
    expect(retries).toEqual([]);
    expect(server.hits()).toBe(1);
  });
});
