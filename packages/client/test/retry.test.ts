import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  createExtenderUsersClient,
  NetworkError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type RetryEvent,
} from '../src/index.js';
import { hangingFetch, json, scriptedFetch, type Answer } from './support/fake-fetch.js';

const ok = (body: unknown = { message: 'ok' }) => json(200, body);
const page = { total: 1, maxResults: 50, startAt: 0, users: [{ name: 'admin' }] };
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0x81]);

function setup(answers: Answer[], extra: { timeoutMs?: number; maxAttempts?: number } = {}) {
  const { fetch, sent } = scriptedFetch(...answers);
  const events: RetryEvent[] = [];
  const client = createExtenderUsersClient({
    baseUrl: 'http://127.0.0.1:1',
    auth: { username: 'admin', password: 'secret-pw' },
    fetch,
    timeoutMs: extra.timeoutMs,
    retry: { maxAttempts: extra.maxAttempts ?? 4, baseDelayMs: 1, maxDelayMs: 5 },
    onRetry: (e) => events.push(e),
  });
  return { client, sent, events };
}

describe('retries', () => {
  it('GET is retried on 503 and 502 until it succeeds, and each retry is reported', async () => {
    const { client, sent, events } = setup([json(503, { message: 'busy' }), json(502, {}), ok(page)]);
    await expect(client.users.list()).resolves.toEqual(page);
    expect(sent).toHaveLength(3);
    expect(events.map((e) => [e.method, e.attempt, e.reason])).toEqual([
      ['GET', 1, 'status 503'],
      ['GET', 2, 'status 502'],
    ]);
    expect(JSON.stringify(events)).not.toContain('secret-pw');
  });

  it('stops after maxAttempts and throws the last error', async () => {
    const { client, sent } = setup([json(503, { message: 'still busy' })], { maxAttempts: 3 });
    await expect(client.users.get('admin')).rejects.toBeInstanceOf(ServerError);
    expect(sent).toHaveLength(3);
  });

  it('GET is retried after a network error', async () => {
    const { client, sent } = setup([new TypeError('fetch failed'), ok(page)]);
    await expect(client.users.list()).resolves.toEqual(page);
    expect(sent).toHaveLength(2);
  });

  it('POST is not retried on 503 without Retry-After, nor after a network error', async () => {
    const a = setup([json(503, { message: 'busy' }), ok()]);
    await expect(a.client.users.rename('a', 'b')).rejects.toBeInstanceOf(ServerError);
    expect(a.sent).toHaveLength(1);
    const b = setup([new TypeError('fetch failed'), ok()]);
    await expect(b.client.users.activate('a')).rejects.toBeInstanceOf(NetworkError);
    expect(b.sent).toHaveLength(1);
  });

  it('POST is retried on 429 and 503 that carry Retry-After (0 included), with the same body', async () => {
    const { client, sent } = setup([
      json(429, {}, { 'retry-after': '0' }),
      json(503, {}, { 'retry-after': '0' }),
      ok({ message: 'User renamed' }),
    ]);
    await expect(client.users.rename('old', 'new')).resolves.toEqual({ message: 'User renamed' });
    expect(sent.map((s) => [s.method, s.body])).toEqual([
      ['POST', '{"name":"new"}'],
      ['POST', '{"name":"new"}'],
      ['POST', '{"name":"new"}'],
    ]);
  });

  it('PUT re-sends its JSON body intact on every attempt', async () => {
    const { client, sent } = setup([json(504, {}), json(429, {}), ok()]);
    const user = { name: 'jdoe', fullName: 'Jöhn Dœ', email: 'j@acme.test', groups: ['a', 'b'] };
    await client.users.add(user);
    expect(sent).toHaveLength(3);
    for (const s of sent) {
      expect(JSON.parse(s.body)).toEqual(user);
      expect(s.headers.get('content-type')).toBe('application/json');
    }
  });

  it('a multipart upload is re-sent part for part (each attempt its own boundary), binary image intact', async () => {
    const { client, sent } = setup([json(503, {}), ok({ message: 'avatar changed' })]);
    await client.avatars.upload('rick', PNG);
    expect(sent).toHaveLength(2);
    const withoutBoundary = (s: (typeof sent)[number]) => {
      const boundary = /boundary=(.+)$/.exec(s.headers.get('content-type') ?? '')![1]!;
      return Buffer.from(s.bodyBytes).toString('latin1').split(boundary).join('BOUNDARY');
    };
    expect(sent[0]!.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(withoutBoundary(sent[1]!)).toBe(withoutBoundary(sent[0]!));
    expect(Buffer.from(sent[0]!.bodyBytes).includes(Buffer.from(PNG))).toBe(true);
    expect(sent[0]!.body).toContain('name="file"; filename="avatar.png"');
  });

  it('gives up at once when Retry-After asks for more than maxRetryAfterMs', async () => {
    const { client, sent } = setup([json(429, { message: 'later' }, { 'retry-after': '3600' })]);
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(sent).toHaveLength(1);
  });

  it('retry: false sends once', async () => {
    const { fetch, sent } = scriptedFetch(json(503, {}));
    const client = createExtenderUsersClient({
      baseUrl: 'http://127.0.0.1:1',
      auth: { token: 't0ken' },
      fetch,
      retry: false,
    });
    await expect(client.users.list()).rejects.toBeInstanceOf(ServerError);
    expect(sent).toHaveLength(1);
  });
});

describe('timeouts and cancellation', () => {
  it('an attempt that does not answer in timeoutMs is a TimeoutError', async () => {
    const { fetch, calls } = hangingFetch();
    const client = createExtenderUsersClient({
      baseUrl: 'http://127.0.0.1:1',
      auth: { token: 't0ken' },
      fetch,
      timeoutMs: 50,
      retry: false,
    });
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'timeout', operation: 'getUsers' });
    expect(calls()).toBe(1);
  });

  it('a GET that timed out is retried with a fresh deadline', async () => {
    let n = 0;
    const hangOnce = (request: Request) =>
      n++ === 0
        ? new Promise<Response>((_, reject) =>
            request.signal.addEventListener('abort', () => reject(request.signal.reason)),
          )
        : ok(page);
    const { client, sent } = setup([hangOnce], { timeoutMs: 50 });
    await expect(client.users.list()).resolves.toEqual(page);
    expect(sent).toHaveLength(2);
  });

  it("the caller's signal aborts a request in flight with the caller's reason", async () => {
    const { fetch } = hangingFetch();
    const client = createExtenderUsersClient({
      baseUrl: 'http://127.0.0.1:1',
      auth: { token: 't0ken' },
      fetch,
      timeoutMs: 10_000,
    });
    const controller = new AbortController();
    const pending = client.users.list({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user pressed Ctrl+C')), 20);
    await expect(pending).rejects.toThrow('user pressed Ctrl+C');
  });

  it("the caller's signal also cuts a retry wait short", async () => {
    const { fetch, sent } = scriptedFetch(json(503, {}, { 'retry-after': '30' }));
    const client = createExtenderUsersClient({ baseUrl: 'http://127.0.0.1:1', auth: { token: 't0ken' }, fetch });
    const controller = new AbortController();
    const pending = client.users.get('x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await pending.catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(sent).toHaveLength(1);
  });
});

describe('one Request per attempt', () => {
  it('each attempt builds exactly one Request: first try, retry after a timeout, retry after a 503', async () => {
    const Original = globalThis.Request;
    let built = 0;
    globalThis.Request = class extends Original {
      constructor(...args: ConstructorParameters<typeof Request>) {
        super(...args);
        built++;
      }
    };
    try {
      const hangFirst = (request: Request, index: number) =>
        index === 0
          ? new Promise<Response>((_, reject) =>
              request.signal.addEventListener('abort', () => reject(request.signal.reason)),
            )
          : json(503, {});
      const { client, sent } = setup([hangFirst, hangFirst, ok({ message: 'User added' })], { timeoutMs: 50 });
      const caller = new AbortController();
      await client.users.add({ name: 'jdoe', fullName: 'J', email: 'j@acme.test' }, { signal: caller.signal });
      expect(sent).toHaveLength(3);
      expect(built).toBe(3);
    } finally {
      globalThis.Request = Original;
    }
  });
});

describe('a caller signal shared by many calls', () => {
  it('holds no listener once the calls are done', async () => {
    const { fetch } = scriptedFetch(ok(page));
    const client = createExtenderUsersClient({ baseUrl: 'http://127.0.0.1:1', auth: { token: 't0ken' }, fetch });
    const shared = new AbortController();
    for (let i = 0; i < 200; i++) await client.users.list({ signal: shared.signal });
    expect(EventEmitter.getEventListeners(shared.signal, 'abort')).toHaveLength(0);
  });
});

describe('settings shared by nothing', () => {
  it("a client keeps its own copy of the retry settings: changing the caller's object or another client's changes nothing", async () => {
    const retry = { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 };
    const a = scriptedFetch(json(503, { message: 'busy' }));
    const b = scriptedFetch(json(503, { message: 'busy' }));
    const first = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' }, fetch: a.fetch, retry });
    const second = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' }, fetch: b.fetch });
    retry.maxAttempts = 10;
    await expect(first.users.list()).rejects.toBeInstanceOf(ServerError);
    expect(a.sent).toHaveLength(2);
    await expect(second.users.list({ signal: AbortSignal.timeout(60_000) })).rejects.toBeInstanceOf(ServerError);
    expect(b.sent).toHaveLength(4); // the defaults, whatever the first client was given
  });
});
