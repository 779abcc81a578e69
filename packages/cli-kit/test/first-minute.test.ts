import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { judgeStatus, networkCause, redirectedAway, type SeenAnswer } from '../src/index.js';

const answer = (a: Partial<SeenAnswer>): SeenAnswer => ({
  status: 200,
  contentType: 'application/json',
  json: undefined,
  retryAfter: null,
  ...a,
});

describe('the first minute, judged one way for doctor and the contract suite', () => {
  it('a running Confluence; one in another state; rate limiting; a failing server', () => {
    expect(judgeStatus(answer({ json: { state: 'RUNNING' } }), 'run it again')).toEqual({ verdict: 'running' });
    expect(judgeStatus(answer({ status: 503, json: { state: 'STARTING' } }), 'run it again')).toEqual({
      verdict: 'not-running',
      message:
        'it is Confluence, but STARTING (HTTP 503), not RUNNING yet: wait until it has started, then run it again',
    });
    expect(judgeStatus(answer({ status: 429, retryAfter: '30', contentType: '' }), 'run it again').verdict).toBe(
      'not-confluence',
    );
    expect(judgeStatus(answer({ status: 500, contentType: 'text/html' }), 'x')).toMatchObject({
      message: expect.stringMatching(/^\/status answered HTTP 500 text\/html: the server is failing/),
    });
  });

  it('an HTML page is not Confluence; a login page after a redirect is named as one', () => {
    expect(judgeStatus(answer({ contentType: 'text/html;charset=utf-8' }), 'x')).toEqual({
      verdict: 'not-confluence',
      message:
        'it is not Confluence: /status answered HTTP 200 text/html, not Confluence\'s {"state":…}; check the base URL and its context path (e.g. https://wiki.acme.test/confluence)',
    });
    const login = judgeStatus(
      answer({ contentType: 'text/html', redirectedTo: 'https://sso.acme.test/login?SAMLRequest=secret' }),
      'x',
    );
    expect(login).toMatchObject({
      message: expect.stringMatching(
        /^\/status answered HTTP 200 text\/html, after a redirect to https:\/\/sso\.acme\.test\/login, a login page/,
      ),
    });
    expect(JSON.stringify(login)).not.toContain('secret');
  });

  it('a request with credentials redirected to a login page was not verified; a JSON answer was', () => {
    expect(
      redirectedAway(answer({ contentType: 'text/html', redirectedTo: 'http://h/login.action?os_destination=x' })),
    ).toMatch(
      /^the requests with credentials were redirected to http:\/\/h\/login\.action, a login page \(HTTP 200 text\/html\)/,
    );
    expect(redirectedAway(answer({ json: { version: '2.13.0' }, redirectedTo: 'http://h/other' }))).toBeUndefined();
    expect(redirectedAway(answer({ contentType: 'text/html' }))).toBeUndefined();
  });

  it("says why fetch failed, in the client's words: a closed port, a blocked port", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const closed = await fetch(`http://127.0.0.1:${port}/status`).catch((error: unknown) => error);
    expect(networkCause(closed)).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
    const blocked = await fetch('http://127.0.0.1:9/status').catch((error: unknown) => error);
    expect(networkCause(blocked)).toMatch(/^bad port \(fetch never connects to this port/);
  });

  it("says an https URL on a plain http port in one line, not in OpenSSL's two", async () => {
    // A plain TCP server that answers as HTTP/1.1 would: the TLS hello gets a text status line back.
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const tls = await fetch(`https://127.0.0.1:${port}/status`).catch((error: unknown) => error);
      expect(networkCause(tls)).toBe(
        'TLS handshake failed: wrong version number (the server on this port does not speak https: an http:// URL?)',
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
