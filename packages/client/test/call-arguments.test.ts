// What a client refuses, or copes with, that only a real socket or a caller without types shows:
// header values fetch cannot send, a missing user name, an answer without its value, and the
// caller's long-lived signal on the default (global) fetch.
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtenderUsersClient, NetworkError, NotExtenderError } from '../src/index.js';
import { httpServer, type TestServer } from './support/servers.js';

let server: TestServer;
let answer = (path: string): { status: number; body: string } => ({
  status: 200,
  body: path.includes('/getUsers') ? '{"total":0,"maxResults":50,"startAt":0,"users":[]}' : '{"message":"ok"}',
});
beforeAll(async () => {
  server = await httpServer((response, request) => {
    const { status, body } = answer(request.url ?? '');
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
});
afterAll(() => server.close());

describe('arguments and answers', () => {
  it('a token or user agent an HTTP header cannot carry is a TypeError when the client is made, without the value', () => {
    for (const token of ['s3cr☃t', 'tökén', 'two words', '']) {
      expect(() => createExtenderUsersClient({ baseUrl: server.url, auth: { token } })).toThrow(
        new TypeError(
          'auth cannot be sent in an HTTP header: the token is empty or holds a space or a character outside ASCII (tokens are ASCII: check that it was copied whole)',
        ),
      );
    }
    expect(() =>
      createExtenderUsersClient({ baseUrl: server.url, auth: { username: 'jürgen', password: 'pässwörd' } }),
    ).not.toThrow(); // basic auth is base64 of UTF-8
    expect(() => createExtenderUsersClient({ baseUrl: server.url, auth: { token: 't' }, userAgent: 'a\nb' })).toThrow(
      /^userAgent cannot be sent/,
    );
  });

  it('a missing user name is a TypeError and nothing is sent (before: a user named "undefined" was deleted)', async () => {
    const client = createExtenderUsersClient({ baseUrl: server.url, auth: { token: 't' } });
    const before = server.hits();
    const row = JSON.parse('{"fullName":"Real Person"}') as { name: string };
    await expect(client.users.delete(row.name)).rejects.toThrow(TypeError);
    await expect(client.properties.get('a', undefined as unknown as string)).rejects.toThrow(
      /propertyKey must be a non-empty name/,
    );
    expect(server.hits()).toBe(before);
  });

  it('a property answer without its value is a NotExtenderError, not a TypeError of the client', async () => {
    const usual = answer;
    answer = () => ({ status: 200, body: '' });
    try {
      const client = createExtenderUsersClient({ baseUrl: server.url, auth: { token: 't' } });
      await expect(client.properties.get('a', 'k')).rejects.toBeInstanceOf(NotExtenderError);
    } finally {
      answer = usual;
    }
  });

  it('a port fetch never connects to (the Fetch standard blocks it) fails at once, with why, not after retries', async () => {
    const retries: unknown[] = [];
    const client = createExtenderUsersClient({
      baseUrl: 'http://127.0.0.1:9',
      auth: { token: 't' },
      onRetry: (event) => retries.push(event),
    });
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(
      'getUsers: request failed: bad port (fetch never connects to this port, one the Fetch standard blocks: use another)',
    );
    expect(retries).toEqual([]);
  });

  it("an https URL on a plain http port fails with one line saying so, not OpenSSL's two", async () => {
    const client = createExtenderUsersClient({
      baseUrl: server.url.replace(/^http:/, 'https:'),
      auth: { token: 't' },
      retry: false,
    });
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as Error).message).toBe(
      'getUsers: request failed: TLS handshake failed: wrong version number (the server on this port does not speak https: an http:// URL?)',
    );
  });

  it("holds no listener on the caller's shared signal once calls through the global fetch are done", async () => {
    const client = createExtenderUsersClient({ baseUrl: server.url, auth: { token: 't' } });
    const shared = new AbortController();
    for (let i = 0; i < 200; i++) await client.users.list({ signal: shared.signal });
    expect(EventEmitter.getEventListeners(shared.signal, 'abort')).toHaveLength(0);
  });
});
