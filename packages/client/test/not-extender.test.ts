// A base URL that is not Confluence with Extender: answers that are not the API's say so
// (NotExtenderError, kind 'not-extender'), against plain node:http servers on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createExtenderUsersClient,
  NotExtenderError,
  NotFoundError,
  ServerError,
  UnauthorizedError,
} from '../src/index.js';
import { httpServer, type TestServer } from './support/servers.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server answering every request with one status, content type and body. */
async function answering(status: number, contentType: string, body: string): Promise<TestServer> {
  const server = await httpServer((response) => {
    response.writeHead(status, { 'content-type': contentType });
    response.end(body);
  });
  servers.push(server);
  return server;
}

const clientFor = (server: TestServer) =>
  createExtenderUsersClient({
    baseUrl: server.url,
    auth: { username: 'admin', password: 'admin' },
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  });

// What Python's http.server answers for a path it does not have (the page seen in the field).
const HTML_404 = `<!DOCTYPE HTML><html lang="en"><head><meta charset="utf-8"><title>Error response</title></head>
<body><h1>Error response</h1><p>Error code: 404</p><p>Message: File not found.</p></body></html>`;

const NOT_EXTENDER = /does not look like Confluence with Extender/;

describe('answers that are not the API’s', () => {
  it('another web server’s HTML 404, for a listing and for a user', async () => {
    const server = await answering(404, 'text/html;charset=utf-8', HTML_404);
    const client = clientFor(server);
    const listing = await client.users.list().catch((e: unknown) => e);
    expect(listing).toBeInstanceOf(NotExtenderError);
    expect(listing).toMatchObject({
      kind: 'not-extender',
      name: 'NotExtenderError',
      status: 404,
      operation: 'getUsers',
      serverMessage: 'Error response',
    });
    expect((listing as Error).message).toMatch(NOT_EXTENDER);
    expect((listing as Error).message).toContain('an HTML page where the API answers JSON');
    // A documented 404 (the user does not exist) is the API's only when it is the API's JSON.
    await expect(client.users.get('admin')).rejects.toMatchObject({ kind: 'not-extender', status: 404 });
    await expect(client.users.delete('admin')).rejects.toBeInstanceOf(NotExtenderError);
  });

  it('an HTML page with 200 (a login page, a web site) where JSON is documented, not retried', async () => {
    const server = await answering(
      200,
      'text/html',
      '<html><head><title>Welcome</title></head><body>Hello</body></html>',
    );
    const error = await clientFor(server)
      .users.get('admin')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotExtenderError);
    expect(error).toMatchObject({ status: 200, operation: 'getUserDetails' });
    expect((error as Error).message).toMatch(NOT_EXTENDER);
    expect(server.hits()).toBe(1);
  });

  it('JSON of another shape: a page without users, an error without a message', async () => {
    const page = await answering(200, 'application/json', '{"results":[],"size":0}');
    await expect(clientFor(page).users.list()).rejects.toMatchObject({
      kind: 'not-extender',
      status: 200,
      operation: 'getUsers',
    });
    const other = await answering(403, 'application/json', '{"error":"forbidden"}');
    await expect(clientFor(other).users.get('admin')).rejects.toMatchObject({ kind: 'not-extender', status: 403 });
  });

  it('a JSON 404 for an operation that never answers 404 (a REST layer without Extender)', async () => {
    const server = await answering(
      404,
      'application/json',
      '{"message":"null for uri: /rest/extender/1.0/user/getUsers","status-code":404}',
    );
    const client = clientFor(server);
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotExtenderError);
    expect((error as Error).message).toContain('getUsers never answers 404');
    // For an operation whose 404 means "no such user", the same answer is that.
    await expect(client.users.get('ghost')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('answers the API may give in HTML or text stay what they are', () => {
  it('a 401 login page is an UnauthorizedError, a proxy’s 502 page a ServerError', async () => {
    const login = await answering(401, 'text/html', '<html><head><title>Log in</title></head></html>');
    await expect(clientFor(login).users.list()).rejects.toBeInstanceOf(UnauthorizedError);
    const proxy = await answering(502, 'text/html', '<html><head><title>502 Bad Gateway</title></head></html>');
    await expect(clientFor(proxy).users.list()).rejects.toMatchObject({
      kind: 'server',
      serverMessage: '502 Bad Gateway',
    });
    expect(
      (await clientFor(proxy)
        .users.list()
        .catch((e: unknown) => e)) instanceof ServerError,
    ).toBe(true);
  });
});
