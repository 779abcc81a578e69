// The suite's walks of a whole listing against a scripted server on 127.0.0.1 whose listing
// changes between requests, as a production instance's does while other administrators and single
// sign-on write: a user that a deletion shifted out of the walk is not taken for one the server
// leaves out, a listing that nobody changes is judged at once, and one that changes under every
// walk is inconclusive, never failed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ContractSettings } from '../src/settings.js';

const settings = vi.hoisted(() => ({
  target: {
    kind: 'url',
    baseUrl: '',
    auth: { user: 'admin', password: 'admin' },
    writes: false,
    stateful: true,
    version: 'latest',
    versionSource: 'unit test',
    strict: false,
  } satisfies ContractSettings,
}));
vi.mock('../suite/support/settings.js', () => settings);

const { findListed, steadyWalk } = await import('../suite/support/listing.js');
const { Inconclusive } = await import('../suite/support/expectations.js');

/** The listing the n-th request sees: `script(n)`; pages of 2. */
let script: (request: number) => string[] = () => [];
let requests = 0;

let server: Server;
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const names = script(requests++);
    const startAt = Number(url.searchParams.get('startAt') ?? 0);
    const body = {
      total: names.length,
      maxResults: 2,
      startAt,
      users: names.slice(startAt, startAt + 2).map((name) => ({ name })),
    };
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  settings.target.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const run = (next: (request: number) => string[]) => {
  script = next;
  requests = 0;
};

describe('walks of a whole listing that others change', () => {
  it('finds a user that a deletion meanwhile shifted out of the first walk (it used to say "not listed")', async () => {
    // 'a' is deleted after the first page: the walk's second page starts past 'target'.
    run((n) => (n === 0 ? ['a', 'b', 'target'] : ['b', 'target']));
    expect(await findListed('getUsers', 'target')).toEqual({ name: 'target' });
    expect(requests).toBe(4);
  });

  it('says "not listed" after one walk of a listing nobody changed', async () => {
    run(() => ['a', 'b', 'c']);
    expect(await findListed('getUsers', 'target')).toBeUndefined();
    expect(requests).toBe(3);
  });

  it('is inconclusive when the listing changes under every walk', async () => {
    // Accounts added and renamed with every request: the total moves within every walk, and no two walks agree.
    const moving = (n: number) => Array.from({ length: n + 2 }, (_, i) => `u${n}-${i}`);
    run(moving);
    await expect(findListed('getUsers', 'target')).rejects.toBeInstanceOf(Inconclusive);
    run(moving);
    await expect(steadyWalk('getUsers')).rejects.toThrow(/the instance changed during every walk \(3 walks/);
  });

  it('takes a listing broken the same way on two walks in a row as it is (a name twice)', async () => {
    run(() => ['a', 'b', 'b']);
    const walked = await steadyWalk('getUsers');
    expect(walked.users.map((u) => u.name)).toEqual(['a', 'b', 'b']);
  });
});
