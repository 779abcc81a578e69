// One call's request as request.ts builds it, for parts no operation of today's spec combines, and
// for arguments a caller without types (JavaScript, parsed JSON) can give.
import { describe, expect, it } from 'vitest';
import { requestLine, sendOnce } from '../src/request.js';
import { json } from './support/fake-fetch.js';

const capture = () => {
  const seen: { url?: string; init?: RequestInit } = {};
  const attempt = {
    signal: new AbortController().signal,
    fetch: async (url: unknown, init?: RequestInit) => (
      (seen.url = url as string),
      (seen.init = init),
      json(200, { message: 'ok' })
    ),
  };
  return { seen, attempt };
};
const headers = { Accept: 'application/json' };
const jsonHeaders = { ...headers, 'Content-Type': 'application/json' };

describe('the request of a call', () => {
  it('a header parameter adds to the JSON content type of a JSON body instead of replacing it', async () => {
    const { seen, attempt } = capture();
    await sendOnce(
      requestLine('http://h', 'addUser', {}),
      headers,
      jsonHeaders,
      { header: { 'X-Extra': '1' } as never, body: { name: 'n', fullName: 'N', email: 'n@x.test' } },
      attempt,
    );
    expect(Object.fromEntries(new Headers(seen.init!.headers))).toEqual({
      accept: 'application/json',
      'content-type': 'application/json',
      'x-extra': '1',
    });
  });

  it('a header parameter replaces a fixed header of any case, and an absent one is left out (not sent as "undefined")', async () => {
    const { seen, attempt } = capture();
    await sendOnce(
      requestLine('http://h', 'getUsers', {}),
      headers,
      jsonHeaders,
      { header: { accept: 'text/plain', 'X-Absent': undefined } as never },
      attempt,
    );
    expect(Object.fromEntries(new Headers(seen.init!.headers))).toEqual({ accept: 'text/plain' });
  });

  it('encodes path parameters and leaves out absent query values', () => {
    expect(
      requestLine('http://h/ctx', 'getUserDetails', { path: { userName: 'a b/ü' }, query: { dateFormat: undefined } }),
    ).toEqual({
      method: 'GET',
      url: 'http://h/ctx/rest/extender/1.0/user/getUserDetails/a%20b%2F%C3%BC',
    });
  });

  it.each([undefined, null, '', '.', '..'])(
    'refuses the user name %j before anything is sent (it would name another user or resource)',
    (userName) => {
      expect(() => requestLine('http://h', 'deleteUser', { path: { userName } as never })).toThrow(
        new TypeError(
          `deleteUser: userName must be a non-empty name other than '.' and '..', got ${userName === '' ? "''" : String(userName)}`,
        ),
      );
    },
  );
});
