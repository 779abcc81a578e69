import { describe, expect, it } from 'vitest';
import { operationIds, operationTable } from '@extender-users/api-types';
import { connect } from '../src/connection.js';
import { operationMethods } from '../src/operations.js';
import { sniffImageType } from '@extender-users/api-types';
import { toBase64 } from '../src/avatar.js';
import { epochToDate, userDates } from '../src/dates/index.js';
import { createExtenderUsersClient, normalizeBaseUrl } from '../src/index.js';
import { json, scriptedFetch } from './support/fake-fetch.js';

const page = (users: { name: string }[], total = users.length, startAt = 0) =>
  json(200, { total, maxResults: 50, startAt, users });

describe('base URL', () => {
  it('accepts a Confluence base URL with or without a context path', () => {
    expect(normalizeBaseUrl('https://wiki.acme.test/')).toBe('https://wiki.acme.test');
    expect(normalizeBaseUrl('https://wiki.acme.test/confluence/')).toBe('https://wiki.acme.test/confluence');
    expect(normalizeBaseUrl('http://127.0.0.1:8090')).toBe('http://127.0.0.1:8090');
  });

  it('refuses what is not one, saying how to fix it', () => {
    expect(() => normalizeBaseUrl('wiki.acme.test')).toThrow(/absolute http\(s\) URL/);
    expect(() => normalizeBaseUrl('ftp://wiki.acme.test')).toThrow(/http or https/);
    expect(() => normalizeBaseUrl('https://admin:pw@wiki.acme.test')).toThrow(/must not contain credentials/);
    expect(() => normalizeBaseUrl('https://wiki.acme.test/confluence/rest/extender/1.0/user')).toThrow(
      /use 'https:\/\/wiki.acme.test\/confluence'/,
    );
  });
});

describe('requests', () => {
  it('go to base URL + the spec path, under a context path, with basic auth and a user agent', async () => {
    const { fetch, sent } = scriptedFetch(page([{ name: 'admin' }]));
    const client = createExtenderUsersClient({
      baseUrl: 'https://wiki.acme.test/confluence',
      auth: { username: 'admin', password: 'pw' },
      fetch,
      userAgent: 'test-agent/1',
    });
    await client.users.list();
    expect(sent[0]!.url).toBe('https://wiki.acme.test/confluence/rest/extender/1.0/user/getUsers');
    expect(sent[0]!.headers.get('authorization')).toBe(`Basic ${btoa('admin:pw')}`);
    expect(sent[0]!.headers.get('user-agent')).toBe('test-agent/1');
  });

  it('use a bearer token, and encode UTF-8 basic credentials correctly', async () => {
    const a = scriptedFetch(page([]));
    await createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 'abc.def' }, fetch: a.fetch }).users.list();
    expect(a.sent[0]!.headers.get('authorization')).toBe('Bearer abc.def');
    const b = scriptedFetch(page([]));
    await createExtenderUsersClient({
      baseUrl: 'http://h',
      auth: { username: 'zoë', password: 'pässwörd' },
      fetch: b.fetch,
    }).users.list();
    expect(Buffer.from(b.sent[0]!.headers.get('authorization')!.slice(6), 'base64').toString('utf8')).toBe(
      'zoë:pässwörd',
    );
  });

  it('map the detail level to the flags, with paging and dateFormat', async () => {
    const { fetch, sent } = scriptedFetch(page([]));
    const client = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' }, fetch });
    await client.users.list({ detail: 'basic', startAt: 10, maxResults: 5 });
    await client.users.list({ detail: 'extended', dateFormat: 'dd.MM.yyyy' });
    await client.users.list({ detail: 'name' });
    const queries = sent.map((s) => Object.fromEntries(new URL(s.url).searchParams));
    expect(queries).toEqual([
      { startAt: '10', maxResults: '5', showBasicDetails: 'true' },
      { dateFormat: 'dd.MM.yyyy', showExtendedDetails: 'true' },
      {},
    ]);
  });

  it('encode user names and property keys as one path segment', async () => {
    const { fetch, sent } = scriptedFetch(json(200, { value: 'v' }));
    const client = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' }, fetch });
    await expect(client.properties.get('zoë@acme#1?x', 'a.b')).resolves.toBe('v');
    expect(new URL(sent[0]!.url).pathname).toBe('/rest/extender/1.0/user/property/zo%C3%AB%40acme%231%3Fx/a.b');
  });

  it('send each operation with its method, path and body', async () => {
    const { fetch, sent } = scriptedFetch(json(200, { message: 'ok' }));
    const c = createExtenderUsersClient({ baseUrl: 'http://h/c', auth: { token: 't' }, fetch });
    await c.users.add({ name: 'n', fullName: 'N', email: 'n@x.test', sendMail: true });
    await c.users.rename('n', 'm');
    await c.users.changeDetails('m', { email: 'm@x.test' });
    await c.users.deactivate('m');
    await c.users.activate('m');
    await c.properties.set('m', 'k', 'v');
    await c.avatars.setBase64('m', new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]));
    await c.users.delete('m');
    expect(sent.map((s) => `${s.method} ${new URL(s.url).pathname} ${s.body}`)).toEqual([
      'PUT /c/rest/extender/1.0/user/add {"name":"n","fullName":"N","email":"n@x.test","sendMail":true}',
      'POST /c/rest/extender/1.0/user/rename/n {"name":"m"}',
      'POST /c/rest/extender/1.0/user/changeDetails/m {"email":"m@x.test"}',
      'POST /c/rest/extender/1.0/user/deactivate/m ',
      'POST /c/rest/extender/1.0/user/activate/m ',
      'PUT /c/rest/extender/1.0/user/property/m/k {"value":"v"}',
      'PUT /c/rest/extender/1.0/user/avatar/base64/m {"string":"R0lGODlh"}',
      'DELETE /c/rest/extender/1.0/user/delete/m ',
    ]);
  });

  it('carry the JSON content type only with a JSON body, and the XSRF header with the upload', async () => {
    const { fetch, sent } = scriptedFetch(json(200, { message: 'ok', value: 'v' }));
    const c = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' }, fetch });
    await c.users.rename('a', 'b');
    await c.properties.get('a', 'k');
    await c.avatars.upload('a', new Uint8Array([0x47, 0x49, 0x46, 0x38]));
    expect(
      sent.map((s) => [
        s.headers.get('content-type')?.replace(/boundary=.*/, 'boundary=…'),
        s.headers.get('x-atlassian-token'),
        s.headers.get('accept'),
      ]),
    ).toEqual([
      ['application/json', null, 'application/json'],
      [undefined, null, 'application/json'],
      ['multipart/form-data; boundary=…', 'no-check', 'application/json'],
    ]);
  });

  it("without a fetch in the options, each attempt is one call of the global fetch with openapi-fetch's Request", async () => {
    const calls: unknown[][] = [];
    const original = globalThis.fetch;
    globalThis.fetch = async (...args: unknown[]) => (calls.push(args), json(200, { message: 'ok' }));
    try {
      const client = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' } });
      await client.users.rename('a b', 'c');
      await client.users.get('a');
    } finally {
      globalThis.fetch = original;
    }
    expect(calls).toHaveLength(2);
    const [request, init] = calls[0] as [Request, unknown];
    expect(request).toBeInstanceOf(Request);
    expect(init).toBeUndefined();
    expect([request.method, request.url, await request.text()]).toEqual([
      'POST',
      'http://h/rest/extender/1.0/user/rename/a%20b',
      '{"name":"c"}',
    ]);
    expect(Object.fromEntries(request.headers)).toEqual({
      accept: 'application/json',
      authorization: 'Bearer t',
      'content-type': 'application/json',
    });
    expect(request.signal.aborted).toBe(false);
  });

  it('iterate walks pages through the client and ends', async () => {
    const users = Array.from({ length: 7 }, (_, i) => ({ name: `u${i}` }));
    const { fetch, sent } = scriptedFetch((request) => {
      const q = new URL(request.url).searchParams;
      const startAt = Number(q.get('startAt'));
      const max = Math.min(Number(q.get('maxResults')), 3); // server cap 3
      return json(200, { total: 7, maxResults: max, startAt, users: users.slice(startAt, startAt + max) });
    });
    const client = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' }, fetch });
    const got: string[] = [];
    for await (const u of client.users.iterate({ pageSize: 10, concurrency: 2 })) got.push(u.name);
    expect(got).toEqual(users.map((u) => u.name));
    expect(sent.map((s) => new URL(s.url).searchParams.get('startAt'))).toEqual(['0', '3', '6']);
  });
});

describe('coverage of the spec', () => {
  // The compiler sees to it that operationMethods has one method per operationId (its `satisfies`);
  // this checks that each one sends its own operation: the method and path of the operation table.
  // Arguments come from the table too: each path parameter is its own name, a multipart body is
  // bytes, any other argument a string.
  it.each(operationIds)('%s is sent with its own method and path', async (id) => {
    const { fetch, sent } = scriptedFetch(
      json(200, { total: 0, maxResults: 50, startAt: 0, users: [], message: 'ok', value: 'v' }),
    );
    const methods = operationMethods(connect({ baseUrl: 'http://h/c', auth: { token: 't' }, fetch }).call);
    const method = methods[id] as (...args: unknown[]) => Promise<unknown>;
    const { path, parameters, requestContentTypes } = operationTable[id];
    const pathArgs = parameters.filter((p) => p.in === 'path').map((p) => p.name);
    const other = (requestContentTypes as readonly string[]).includes('multipart/form-data')
      ? new Uint8Array([0x47, 0x49, 0x46, 0x38])
      : 'v';
    const args = Array.from({ length: method.length }, (_, i) => pathArgs[i] ?? other);
    await method(...args);
    expect(sent.map((s) => `${s.method} ${new URL(s.url).pathname}`)).toEqual([
      `${operationTable[id].method} /c${path.replace(/\{([^}]+)\}/g, '$1')}`,
    ]);
  });
});

describe('helpers', () => {
  it('turn epoch milliseconds into Dates', () => {
    expect(epochToDate(null)).toBeNull();
    expect(epochToDate(1590039269342)!.toISOString()).toBe('2020-05-21T05:34:29.342Z');
    const dates = userDates({
      createdDate: 0,
      updatedDate: 1000,
      lastSuccessfulLoginDate: null,
      lastFailedLoginDate: 5,
    });
    expect(dates.createdDate.getTime()).toBe(0);
    expect(dates.updatedDate.getTime()).toBe(1000);
    expect(dates.lastSuccessfulLoginDate).toBeNull();
    expect(dates.lastFailedLoginDate!.getTime()).toBe(5);
  });

  it('turn images into base64 and recognise their type', async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    expect(await toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(await toBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
    expect(await toBase64('data:image/png;base64,iVBO Rw0K\n')).toBe('iVBORw0K');
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('<svg'))).toBeUndefined();
  });
});

describe('a base URL that does not parse', () => {
  it('is refused without repeating what could be a password in it', () => {
    expect(() => normalizeBaseUrl('https://admin:S3cret@wiki acme.test')).toThrow("got 'https://…@wiki acme.test'");
    expect(() => normalizeBaseUrl('https://admin:S3cret@wiki acme.test')).not.toThrow(/S3cret/);
  });
});
