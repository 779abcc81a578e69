// An attempt ends at its limit whatever the fetch given to the client does (issue 25): the global
// fetch, a fetch that passes the Request on and lets it go (as the CLI's does; Node 20's fetch
// follows the Request's signal only while the Request lives), or one that ignores signals. Against
// each server that never finishes an answer, a full garbage collection runs every 50 ms while the call runs
// (support/ending.ts), so whatever rests on a weakly held link fails every time, not by luck. And
// once the call has ended, the client has closed every connection it could (the body cancelled):
// nothing is left open to keep a process alive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtenderUsersClient, TimeoutError, type RetryEvent } from '../src/index.js';
import { ending } from './support/ending.js';
import {
  headersOnlyServer,
  silentServer,
  stallingServer,
  tricklingServer,
  type TestServer,
} from './support/servers.js';

type GivenFetch = ((request: Request) => Promise<Response>) | undefined;

const fetches: [string, GivenFetch, { closesSilent: boolean }][] = [
  ['no fetch given (the global fetch)', undefined, { closesSilent: true }],
  ['a fetch that passes the Request on', (request) => globalThis.fetch(request), { closesSilent: true }],
  [
    'a fetch that ignores signals',
    (request) => globalThis.fetch(request.url, { method: request.method, headers: request.headers }),
    // Without a signal and without an answer there is nothing the client can close: the connection
    // is that fetch's.
    { closesSilent: false },
  ],
];

const kinds = {
  'never answers': silentServer,
  'sends the headers, then nothing': headersOnlyServer,
  'stalls in the middle of the body': stallingServer,
  'trickles the body a byte every 20 ms': () => tricklingServer(20),
};

const servers = {} as Record<keyof typeof kinds, TestServer>;
beforeAll(async () => {
  for (const [kind, start] of Object.entries(kinds)) servers[kind as keyof typeof kinds] = await start();
});
afterAll(async () => {
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

describe.each(fetches)('%s', (_, fetch, { closesSilent }) => {
  it.each(Object.keys(kinds) as (keyof typeof kinds)[])(
    'a server that %s: each attempt ends at timeoutMs, and the connections are closed',
    async (kind) => {
      const server = servers[kind];
      const retries: RetryEvent[] = [];
      const client = createExtenderUsersClient({
        baseUrl: server.url,
        auth: { username: 'admin', password: 'admin' },
        timeoutMs: 300,
        retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
        onRetry: (e) => retries.push(e),
        ...(fetch ? { fetch } : {}),
      });
      const error = await ending(client.users.list());
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toMatch(/no answer within 300 ms \(timeoutMs; attempt 2\)/);
      expect(retries.map((e) => e.reason)).toEqual(['timeout']);
      if (kind !== 'never answers' || closesSilent) await ending(server.requestsClosed());
    },
  );
});
