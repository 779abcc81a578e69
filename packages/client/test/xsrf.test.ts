// Confluence refuses multipart uploads without `X-Atlassian-Token: no-check` (XSRF protection, 403).
// The avatar upload sends it, on every attempt, to a node:http server that checks it as Confluence does.
import { afterEach, expect, it } from 'vitest';
import { createExtenderUsersClient } from '../src/index.js';
import { httpServer, type TestServer } from './support/servers.js';

let server: TestServer | undefined;
afterEach(() => server?.close());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x01]);

it('the multipart upload carries X-Atlassian-Token: no-check, and so does its retry', async () => {
  const seen: { token: string | undefined; contentType: string | undefined }[] = [];
  server = await httpServer((response, request) => {
    seen.push({
      token: request.headers['x-atlassian-token'] as string | undefined,
      contentType: request.headers['content-type'],
    });
    request.resume();
    const [status, message] =
      request.headers['x-atlassian-token'] !== 'no-check'
        ? [403, 'XSRF check failed']
        : seen.length === 1
          ? [503, 'busy']
          : [200, 'avatar changed'];
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message }));
  });
  const client = createExtenderUsersClient({
    baseUrl: server.url,
    auth: { username: 'admin', password: 'admin' },
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
  });
  await expect(client.avatars.upload('rick', PNG)).resolves.toEqual({ message: 'avatar changed' });
  expect(seen).toHaveLength(2);
  for (const request of seen) {
    expect(request.token).toBe('no-check');
    expect(request.contentType).toMatch(/^multipart\/form-data; boundary=/);
  }
});
