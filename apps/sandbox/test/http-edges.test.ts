// The edges of HTTP (issue 16, fault 5; issue 22), on raw sockets: what Node answers before a
// request reaches the API (headers too large, a missing Host, what its parser refuses, CONNECT,
// a transfer coding other than chunked) comes in the API's JSON shape with `Connection: close`, so
// no client reuses a connection the server is closing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, Harness, PREFIX } from './support/harness.js';
import { exchange, type RawAnswer } from '@extender-users/test-support/raw-socket';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ seedUsers: 5 });
});
afterAll(() => h.close());

const LIST = `${PREFIX}/getUsers?maxResults=1`;
const send = (bytes: string) => exchange(h.sandbox.port, bytes, 5000, { untilClose: true });

function expectJsonError(answer: RawAnswer, status: number) {
  expect(answer.status, answer.raw.slice(0, 300)).toBe(status);
  expect(answer.headers.connection).toBe('close');
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  expect(JSON.parse(answer.body)).toEqual({ message: expect.any(String) });
  expect(answer.closed).toBe(true);
}

describe('HTTP edges on raw sockets', () => {
  it('headers too large: 431 with Connection: close and a JSON message', async () => {
    const answer = await send(
      `GET ${LIST} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${ADMIN}\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
    );
    expectJsonError(answer, 431);
  });

  it('an HTTP/1.1 request without Host: 400 with a JSON message', async () => {
    const answer = await send(`GET ${LIST} HTTP/1.1\r\nAuthorization: ${ADMIN}\r\n\r\n`);
    expectJsonError(answer, 400);
    expect(JSON.parse(answer.body).message).toMatch(/Host/);
  });

  it('an HTTP/1.1 request without Host is refused before authentication', async () => {
    expectJsonError(await send(`GET ${LIST} HTTP/1.1\r\n\r\n`), 400);
  });

  it('an HTTP/1.0 request may leave Host out', async () => {
    const answer = await send(`GET ${LIST} HTTP/1.0\r\nAuthorization: ${ADMIN}\r\n\r\n`);
    expect(answer.status, answer.raw.slice(0, 300)).toBe(200);
  });

  it.each([
    [
      'Content-Length and Transfer-Encoding together',
      `PUT ${PREFIX}/property/admin/k HTTP/1.1\r\nHost: x\r\nAuthorization: ${ADMIN}\r\nContent-Type: application/json\r\nContent-Length: 13\r\nTransfer-Encoding: chunked\r\n\r\nd\r\n{"value":"v"}\r\n0\r\n\r\n`,
    ],
    [
      'a negative Content-Length',
      `PUT ${PREFIX}/property/admin/k HTTP/1.1\r\nHost: x\r\nAuthorization: ${ADMIN}\r\nContent-Type: application/json\r\nContent-Length: -5\r\n\r\n{"value":"v"}`,
    ],
    [
      'two different Content-Lengths',
      `PUT ${PREFIX}/property/admin/k HTTP/1.1\r\nHost: x\r\nAuthorization: ${ADMIN}\r\nContent-Type: application/json\r\nContent-Length: 13\r\nContent-Length: 14\r\n\r\n{"value":"v"}`,
    ],
    [
      'a chunk size that is not hex',
      `PUT ${PREFIX}/property/admin/k HTTP/1.1\r\nHost: x\r\nAuthorization: ${ADMIN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{"value":"v"}\r\n0\r\n\r\n`,
    ],
    [
      'chunked applied twice',
      `PUT ${PREFIX}/property/admin/k HTTP/1.1\r\nHost: x\r\nAuthorization: ${ADMIN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked, chunked\r\n\r\nd\r\n{"value":"v"}\r\n0\r\n\r\n`,
    ],
    ['a garbage request line', 'HELLO THERE\r\n\r\n'],
    ['a space in a header name', `GET ${LIST} HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n`],
    ['a NUL in a header value', `GET ${LIST} HTTP/1.1\r\nHost: x\r\nX-Nul: a\u0000b\r\n\r\n`],
    ['an unknown HTTP version', `GET ${LIST} HTTP/7.3\r\nHost: x\r\n\r\n`],
  ])('%s: 400 with Connection: close and a JSON message', async (_what, bytes) => {
    expectJsonError(await send(bytes), 400);
  });

  it('an Expect other than 100-continue: 417 with a JSON message', async () => {
    expectJsonError(
      await send(
        `PUT ${PREFIX}/property/admin/k HTTP/1.1\r\nHost: x\r\nAuthorization: ${ADMIN}\r\nExpect: teapot\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{"value":"v"}`,
      ),
      417,
    );
  });

  it('Expect: 100-continue is met: the client is told to go on and gets its answer', async () => {
    const answer = await send(
      `PUT ${PREFIX}/property/admin/k HTTP/1.1\r\nHost: x\r\nAuthorization: ${ADMIN}\r\nExpect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: 13\r\nConnection: close\r\n\r\n{"value":"v"}`,
    );
    expect(answer.raw).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
  });

  it('CONNECT: 501 with Connection: close and a JSON message (not an empty reply)', async () => {
    const answer = await send('CONNECT 127.0.0.1:443 HTTP/1.1\r\nHost: 127.0.0.1:443\r\n\r\n');
    expectJsonError(answer, 501);
    expect(JSON.parse(answer.body).message).toMatch(/CONNECT/);
  });

  it.each(['gzip, chunked', 'deflate,chunked', 'x-custom, chunked'])(
    'Transfer-Encoding: %s: 501 with a JSON message, and the body is not stored',
    async (codings) => {
      const answer = await send(
        `PUT ${PREFIX}/property/admin/coded HTTP/1.1\r\nHost: x\r\nAuthorization: ${ADMIN}\r\nContent-Type: application/json\r\nTransfer-Encoding: ${codings}\r\n\r\nd\r\n{"value":"v"}\r\n0\r\n\r\n`,
      );
      expectJsonError(answer, 501);
      expect(JSON.parse(answer.body).message).toMatch(/Transfer-Encoding/);
      expect((await h.call('getUserProperty', 'GET', `${PREFIX}/property/admin/coded`)).status).toBe(404);
    },
  );

  it('Transfer-Encoding: chunked (any case) is understood', async () => {
    const answer = await send(
      `PUT ${PREFIX}/property/admin/chunky HTTP/1.1\r\nHost: x\r\nAuthorization: ${ADMIN}\r\nContent-Type: application/json\r\nTransfer-Encoding: Chunked\r\nConnection: close\r\n\r\nd\r\n{"value":"v"}\r\n0\r\n\r\n`,
    );
    expect(answer.status, answer.raw.slice(0, 300)).toBe(200);
    expect((await h.call('getUserProperty', 'GET', `${PREFIX}/property/admin/chunky`)).body).toEqual({ value: 'v' });
  });

  it('bare LF line endings are either refused as above or understood, never a 5xx', async () => {
    const answer = await send(`GET ${LIST} HTTP/1.1\nHost: x\nAuthorization: ${ADMIN}\nConnection: close\n\n`);
    expect(answer.status).toBeDefined();
    if (answer.status === 400) expectJsonError(answer, 400);
    else expect(answer.status).toBe(200);
  });

  it('keeps serving after all of them', async () => {
    expect((await h.call('getUsers', 'GET', LIST)).status).toBe(200);
  });
});
