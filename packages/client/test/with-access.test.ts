// getUsersWithConfluenceAccess: users.listWithAccess and users.iterateWithAccess, and the error a
// server without it gives (injected fetches and node:http servers; Prism in prism.integration.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { operationTable } from '@extender-users/api-types';
import { createExtenderUsersClient, NotExtenderError, UnsupportedOperationError } from '../src/index.js';
import { json, scriptedFetch } from './support/fake-fetch.js';
import { httpServer, type TestServer } from './support/servers.js';

const lastWithout = operationTable.getUsersWithConfluenceAccess.sinceAfter;
const PATH = '/rest/extender/1.0/user/getUsersWithConfluenceAccess';

let server: TestServer | undefined;
afterEach(() => server?.close());

describe('listing the users with access', () => {
  it('listWithAccess calls getUsersWithConfluenceAccess with the paging and detail flags', async () => {
    const { fetch, sent } = scriptedFetch(json(200, { total: 0, maxResults: 1000, startAt: 1000, users: [] }));
    const client = createExtenderUsersClient({ baseUrl: 'http://h/confluence', auth: { token: 't' }, fetch });
    await client.users.listWithAccess({
      detail: 'extended',
      startAt: 1000,
      maxResults: 1000,
      dateFormat: 'dd.MM.yyyy',
    });
    const url = new URL(sent[0]!.url);
    expect(url.pathname).toBe(`/confluence${PATH}`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startAt: '1000',
      maxResults: '1000',
      dateFormat: 'dd.MM.yyyy',
      showExtendedDetails: 'true',
    });
  });

  it('iterateWithAccess walks every page the way a search connector reads them (extended, 1000 a page)', async () => {
    const everyone = Array.from({ length: 2500 }, (_, i) => ({
      name: `u${String(i).padStart(4, '0')}`,
      key: `k${i}`,
      fullName: `U ${i}`,
      email: `u${i}@acme.test`,
    }));
    const { fetch, sent } = scriptedFetch((request) => {
      const q = new URL(request.url).searchParams;
      const startAt = Number(q.get('startAt'));
      const max = Number(q.get('maxResults'));
      return json(200, {
        total: everyone.length,
        maxResults: max,
        startAt,
        users: everyone.slice(startAt, startAt + max),
      });
    });
    const client = createExtenderUsersClient({
      baseUrl: 'http://h',
      auth: { username: 'search', password: 'pw' },
      fetch,
    });
    const names: string[] = [];
    for await (const user of client.users.iterateWithAccess({ detail: 'extended', pageSize: 1000, concurrency: 2 }))
      names.push(user.name);
    expect(names).toEqual(everyone.map((u) => u.name));
    expect(sent.every((s) => new URL(s.url).pathname === PATH)).toBe(true);
    expect(sent.map((s) => new URL(s.url).searchParams.get('startAt'))).toEqual(['0', '1000', '2000']);
  });
});

describe('a server whose Extender lacks it', () => {
  it('answers 404: an UnsupportedOperationError naming the versions without it', async () => {
    server = await httpServer((response, request) => {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `No such resource: GET ${request.url!.split('?')[0]}` }));
    });
    const client = createExtenderUsersClient({ baseUrl: server.url, auth: { username: 'admin', password: 'admin' } });
    const error = await client.users.listWithAccess().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedOperationError);
    expect(error).toMatchObject({
      kind: 'unsupported-operation',
      name: 'UnsupportedOperationError',
      status: 404,
      operation: 'getUsersWithConfluenceAccess',
    });
    expect((error as Error).message).toContain(
      `Extender ${lastWithout} and older do not have getUsersWithConfluenceAccess`,
    );
    expect(server.hits()).toBe(1);
    const walking = client.users.iterateWithAccess()[Symbol.asyncIterator]().next();
    await expect(walking).rejects.toBeInstanceOf(UnsupportedOperationError);
  });

  it('an HTML 404 says the URL may not be Confluence with Extender, or its Extender too old', async () => {
    server = await httpServer((response) => {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<html><head><title>Not Found</title></head></html>');
    });
    const client = createExtenderUsersClient({ baseUrl: server.url, auth: { username: 'admin', password: 'admin' } });
    const error = await client.users.listWithAccess().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotExtenderError);
    expect((error as Error).message).toMatch(/does not look like Confluence with Extender/);
    expect((error as Error).message).toContain(
      `or Extender ${lastWithout} and older do not have getUsersWithConfluenceAccess`,
    );
  });
});
