// The sandbox accepts what Confluence accepts (issue 20, point 5): the requests real clients send
// (field evidence, replayed as recorded), a body or content type sent to an operation that takes
// none (ignored, as Jersey reads no entity for such a resource), and unknown fields of JSON bodies
// (ignored, as a Jackson mapper set to ignore unknown properties; refused with --strict-input).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationRoutes, operationTable, operationIds, type OperationId } from '@extender-users/api-types';
import { clientRequests, isOfKind } from '@extender-users/test-support/field-evidence';
import { exchange } from '@extender-users/test-support/raw-socket';
import { parseOptions } from '../src/index.js';
import { ADMIN, Harness, PREFIX } from './support/harness.js';

/** The operation a request of a real client is for, by its method and path template. */
function operationOf(method: string, path: string): OperationId {
  const bare = path.split('?')[0]!;
  const found = operationIds.find((id) => {
    const route = operationRoutes[id];
    const pattern = new RegExp(`^${route.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return route.method === method && pattern.test(bare);
  });
  if (!found) throw new Error(`No operation of the spec is ${method} ${bare}`);
  return found;
}

/** The operations that document no request body and are not reads: they must ignore any. */
const bodiless = operationIds.filter(
  (id) => operationTable[id].requestContentTypes.length === 0 && operationTable[id].method !== 'GET',
);

async function addUser(h: Harness, name: string) {
  const r = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
    body: { name, fullName: name, email: `${name}@acme.test` },
  });
  expect(r.status, r.text).toBe(200);
}

const userOf = (h: Harness, name: string) =>
  h.sandbox.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as Record<string, unknown> | undefined;

describe('by default', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 3 });
  });
  afterAll(() => h.close());

  it('answers every request real clients send (field evidence) with 200, as the spec describes the answer', async () => {
    expect(clientRequests.length).toBeGreaterThan(0);
    for (const [i, recorded] of clientRequests.entries()) {
      const name = `field.evidence${i}`;
      const operationId = operationOf(recorded.method, recorded.path);
      // The user the request is about exists (for add: it is the one created).
      if (operationId !== 'addUser') await addUser(h, name);
      if (operationId === 'activateUser') await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/${name}`);
      const r = await h.call(operationId, recorded.method, recorded.path.replaceAll('{name}', name), {
        headers: recorded.headers,
        rawBody: recorded.body?.replaceAll('{name}', name),
      });
      expect(r.status, `${recorded.id}: ${r.text}`).toBe(200);
      if (operationId === 'addUser') expect(userOf(h, name)).toMatchObject({ name, full_name: 'Field Evidence' });
      if (operationId === 'activateUser') expect(userOf(h, name)).toMatchObject({ active: 1 });
      if (operationId === 'deactivateUser') expect(userOf(h, name)).toMatchObject({ active: 0 });
    }
  });

  it('answers what real clients read in the JSON types they decode, and ends the walks they make (field evidence)', async () => {
    const readers = clientRequests.filter((r) => r.reads);
    expect(readers.map((r) => r.id)).toEqual(expect.arrayContaining(['details-into-go-struct', 'elastic-access-walk']));
    for (const [i, recorded] of readers.entries()) {
      // A user who logged in once and failed once, so that every date the client reads is set.
      const name = `field.reader${i}`;
      const add = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
        body: { name, fullName: name, email: `${name}@acme.test`, password: 'Pw-reader-1' },
      });
      expect(add.status, add.text).toBe(200);
      for (const password of ['Pw-reader-1', 'wrong'])
        await h.call(null, 'GET', `${PREFIX}/getUsers`, {
          auth: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`,
        });
      const operationId = operationOf(recorded.method, recorded.path);
      const url = new URL(recorded.path.replaceAll('{name}', name), 'http://sandbox');
      const listed: unknown[] = [];
      for (let pages = 0; pages < 100; pages++) {
        const r = await h.call(operationId, recorded.method, url.pathname + url.search, { headers: recorded.headers });
        expect(r.status, `${recorded.id}: ${r.text}`).toBe(200);
        const body = r.body as Record<string, unknown> & { users?: Record<string, unknown>[] };
        const items = body.users ?? [body];
        for (const item of items)
          for (const [field, kind] of Object.entries(recorded.reads!))
            expect(isOfKind(item[field], kind), `${recorded.id}: ${field} = ${JSON.stringify(item[field])}`).toBe(true);
        if (!body.users) {
          expect(body).toMatchObject({
            lastSuccessfulLoginDate: expect.any(Number),
            lastFailedLoginDate: expect.any(Number),
          });
          break;
        }
        if (items.length === 0) break;
        listed.push(...items.map((u) => u.name));
        const step = Number(url.searchParams.get('maxResults'));
        url.searchParams.set('startAt', String(Number(url.searchParams.get('startAt') ?? 0) + step));
      }
      if (recorded.walksUntilEmpty) {
        expect(listed).toContain(name);
        expect(new Set(listed).size).toBe(listed.length);
      }
    }
  });

  it('ignores whatever body and content type come with an operation that takes no body', async () => {
    expect(bodiless).toEqual(expect.arrayContaining(['activateUser', 'deactivateUser', 'deleteUser']));
    const bodies: { label: string; headers: Record<string, string>; rawBody?: BodyInit }[] = [
      { label: 'JSON type, empty body', headers: { 'content-type': 'application/json' }, rawBody: '' },
      { label: 'JSON type, JSON body', headers: { 'content-type': 'application/json' }, rawBody: '{"x":1}' },
      { label: 'JSON type, broken JSON', headers: { 'content-type': 'application/json' }, rawBody: '{"x":' },
      { label: 'an unknown type', headers: { 'content-type': 'application/x-unheard-of' }, rawBody: 'whatever' },
      { label: 'a malformed type', headers: { 'content-type': 'not a media type' }, rawBody: 'whatever' },
      // Bytes, as fetch would call a string text/plain (which the XSRF check refuses, as Confluence's).
      { label: 'no type, a body', headers: {}, rawBody: new TextEncoder().encode('whatever') },
      {
        label: 'a body over the body limit',
        headers: { 'content-type': 'application/json' },
        rawBody: 'x'.repeat(3 << 20),
      },
    ];
    for (const operationId of bodiless) {
      for (const [i, { label, headers, rawBody }] of bodies.entries()) {
        const name = `bodiless.${operationId.toLowerCase()}${i}`;
        await addUser(h, name);
        const { method, path } = operationRoutes[operationId];
        const r = await h.call(operationId, method, path.replace('{userName}', name), { headers, rawBody });
        expect(r.status, `${operationId}, ${label}: ${r.text}`).toBe(200);
      }
    }
  });

  it('ignores a chunked body sent to an operation that takes none, and the connection serves the next request', async () => {
    await addUser(h, 'chunked.body');
    const request =
      `POST ${PREFIX}/deactivate/chunked.body HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${ADMIN}\r\n` +
      'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"a":\r\n0\r\n\r\n' +
      `GET ${PREFIX}/getUserDetails/chunked.body HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${ADMIN}\r\nConnection: close\r\n\r\n`;
    const answer = await exchange(h.sandbox.port, request, 10_000, { untilClose: true });
    expect(answer.status, answer.raw).toBe(200);
    expect(answer.raw).toMatch(/"hasAccessToUseConfluence":false/);
  });

  it('still refuses, as Confluence does, a form, multipart or text body without the XSRF header', async () => {
    await addUser(h, 'xsrf.guarded');
    const r = await h.call(null, 'POST', `${PREFIX}/deactivate/xsrf.guarded`, {
      headers: { 'content-type': 'text/plain' },
      rawBody: 'x',
    });
    expect(r.status).toBe(403);
    expect(userOf(h, 'xsrf.guarded')).toMatchObject({ active: 1 });
  });

  it('ignores unknown fields of JSON bodies, at any depth, and uses the known ones', async () => {
    const add = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: {
        name: 'unknown.fields',
        fullName: 'Unknown Fields',
        email: 'unknown.fields@acme.test',
        password: 'Pw-unknown',
        notification: 'false',
        isAdmin: true,
        groups: ['confluence-users'],
      },
    });
    expect(add.status, add.text).toBe(200);
    // An unknown field gives nothing: not an administrator.
    const plain = await h.call(null, 'GET', `${PREFIX}/getUsers`, {
      auth: `Basic ${Buffer.from('unknown.fields:Pw-unknown').toString('base64')}`,
    });
    expect(plain.status).toBe(403);
    const changed = await h.call('changeUserDetails', 'POST', `${PREFIX}/changeDetails/unknown.fields`, {
      body: { fullName: 'Known Field', colour: 'blue' },
    });
    expect(changed.status, changed.text).toBe(200);
    expect(userOf(h, 'unknown.fields')).toMatchObject({ full_name: 'Known Field' });
    for (const [operationId, method, path, body] of [
      ['renameUser', 'POST', `${PREFIX}/rename/unknown.fields`, { name: 'unknown.fields2', extra: [1] }],
      ['setUserProperty', 'PUT', `${PREFIX}/property/unknown.fields2/k`, { value: 'v', type: 'string' }],
    ] as const) {
      const r = await h.call(operationId, method, path, { body });
      expect(r.status, `${operationId}: ${r.text}`).toBe(200);
    }
    expect((await h.call('getUserProperty', 'GET', `${PREFIX}/property/unknown.fields2/k`)).body).toEqual({
      value: 'v',
    });
  });

  it('still refuses a body whose known fields are wrong, and one with only unknown fields where one is needed', async () => {
    const wrong = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: { name: 'w1', fullName: 'W', email: 42, notification: 'false' },
    });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { message: string }).message).toMatch(/email must be string/);
    const nothingKnown = await h.call('changeUserDetails', 'POST', `${PREFIX}/changeDetails/admin`, {
      body: { colour: 'blue' },
    });
    expect(nothingKnown.status).toBe(400);
    expect(userOf(h, 'w1')).toBeUndefined();
  });
});

describe('--strict-input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 0, strictInput: true });
  });
  afterAll(() => h.close());

  it('is an option of the command line, off by default', () => {
    expect(parseOptions([])).toMatchObject({ strictInput: false });
    expect(parseOptions(['--strict-input'])).toMatchObject({ strictInput: true });
  });

  it('refuses an unknown field with 400 naming it, and stores nothing', async () => {
    const r = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: { name: 'strict1', fullName: 'S', email: 's@acme.test', notification: 'false' },
    });
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/additional properties 'notification'/);
    expect(userOf(h, 'strict1')).toBeUndefined();
  });

  it('still ignores the body of an operation that takes none (Confluence reads none)', async () => {
    await addUser(h, 'strict2');
    const r = await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/strict2`, {
      headers: { 'content-type': 'application/json' },
      rawBody: '',
    });
    expect(r.status, r.text).toBe(200);
  });
});
