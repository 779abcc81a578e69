import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIds, operationTable, type OperationId } from '@extender-users/api-types';
import { Harness, PREFIX } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ seedUsers: 120 });
});
afterAll(() => h.close());

type Page = { total: number; maxResults: number; startAt: number; users: Record<string, unknown>[] };
const list = async (query = '') => (await h.call('getUsers', 'GET', `${PREFIX}/getUsers${query}`)).body as Page;

describe('getUsers', () => {
  it('defaults to the first 50 names, ordered by name', async () => {
    const page = await list();
    expect(page.startAt).toBe(0);
    expect(page.maxResults).toBe(50);
    expect(page.users).toHaveLength(50);
    expect(Object.keys(page.users[0]!)).toEqual(['name']);
    const names = page.users.map((u) => String(u.name).toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('gives each detail level exactly its shape; extended wins when both flags are set', async () => {
    expect(Object.keys((await list('?showBasicDetails=true')).users[0]!).sort()).toEqual([
      'email',
      'fullName',
      'key',
      'name',
    ]);
    const extended = (await list('?showExtendedDetails=true')).users[0]!;
    expect(Object.keys(extended)).toContain('hasAccessToUseConfluence');
    expect(Object.keys((await list('?showBasicDetails=true&showExtendedDetails=true')).users[0]!).sort()).toEqual(
      Object.keys(extended).sort(),
    );
    expect(Object.keys((await list('?showBasicDetails=false')).users[0]!)).toEqual(['name']);
  });

  it('walks every page to total distinct users, echoing startAt; a page past the end is empty', async () => {
    const first = await list('?maxResults=17');
    const names = new Set<string>();
    for (let startAt = 0; startAt < first.total; startAt += 17) {
      const page = await list(`?maxResults=17&startAt=${startAt}`);
      expect(page.startAt).toBe(startAt);
      expect(page.users.length).toBeLessThanOrEqual(17);
      page.users.forEach((u) => names.add(String(u.name)));
    }
    expect(names.size).toBe(first.total);
    const past = await list(`?startAt=${first.total + 10}`);
    expect(past.users).toEqual([]);
    expect(past.total).toBe(first.total);
  });

  it('lists every user, deactivated ones too (latest): a deactivated user stays, without access', async () => {
    const before = await list('?maxResults=1000&showExtendedDetails=true');
    const victim = String(before.users.find((u) => u.name !== 'admin' && u.hasAccessToUseConfluence)!.name);
    await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/${victim}`);
    const during = await list('?maxResults=1000&showExtendedDetails=true');
    expect(during.total).toBe(before.total);
    expect(during.users.find((u) => u.name === victim)).toMatchObject({ hasAccessToUseConfluence: false });
    const details = (await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/${victim}`)).body as Record<
      string,
      unknown
    >;
    expect(details.hasAccessToUseConfluence).toBe(false);
    await h.call('activateUser', 'POST', `${PREFIX}/activate/${victim}`);
    expect((await list('?maxResults=1000')).total).toBe(before.total);
  });

  it('refuses out-of-range and mistyped paging with 400', async () => {
    for (const q of [
      '?startAt=-1',
      '?maxResults=0',
      '?maxResults=1001',
      '?startAt=2147483648',
      '?maxResults=abc',
      '?startAt=1.5',
      '?showBasicDetails=maybe',
    ]) {
      const r = await h.call('getUsers', 'GET', `${PREFIX}/getUsers${q}`);
      expect(r.status, q).toBe(400);
      expect((r.body as { message: string }).message.length).toBeGreaterThan(5);
    }
  });
});

describe('getUsersWithConfluenceAccess', () => {
  const access = async (query = '') =>
    (await h.call('getUsersWithConfluenceAccess', 'GET', `${PREFIX}/getUsersWithConfluenceAccess${query}`))
      .body as Page;

  it('lists only the users with access, with the paging and detail rules of getUsers', async () => {
    const all = await list('?showExtendedDetails=true&maxResults=1000');
    const withAccess = all.users.filter((u) => u.hasAccessToUseConfluence);
    expect(withAccess.length).toBeLessThan(all.users.length);
    const page = await access('?showExtendedDetails=true&maxResults=1000');
    expect(page.users).toEqual(withAccess);
    expect(page.total).toBe(withAccess.length);
    expect(Object.keys((await access('?showBasicDetails=true&maxResults=1')).users[0]!).sort()).toEqual([
      'email',
      'fullName',
      'key',
      'name',
    ]);
    const second = await access('?startAt=1&maxResults=1');
    expect(second).toMatchObject({ startAt: 1, maxResults: 1, users: [{ name: withAccess[1]!.name }] });
  });

  it('a deactivated user drops out and comes back', async () => {
    const before = await access('?maxResults=1000');
    const victim = String(before.users.find((u) => u.name !== 'admin')!.name);
    await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/${victim}`);
    const during = await access('?maxResults=1000');
    expect(during.total).toBe(before.total - 1);
    expect(during.users.map((u) => u.name)).not.toContain(victim);
    await h.call('activateUser', 'POST', `${PREFIX}/activate/${victim}`);
    expect((await access('?maxResults=1000')).total).toBe(before.total);
  });
});

describe('the server cap on maxResults', () => {
  it('lowers maxResults to the cap and says so', async () => {
    const capped = await Harness.start({ seedUsers: 30, maxPageSize: 7 });
    try {
      const page = (await capped.call('getUsers', 'GET', `${PREFIX}/getUsers?maxResults=50`)).body as Page;
      expect(page.maxResults).toBe(7);
      expect(page.users).toHaveLength(7);
    } finally {
      await capped.close();
    }
  });
});

describe('dateFormat', () => {
  it('formats the ...String fields with Java patterns, UTC', async () => {
    const d = (await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/admin`)).body as Record<
      string,
      number | string
    >;
    const created = new Date(d.createdDate as number);
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    expect(d.createdDateString).toBe(
      `${created.getUTCFullYear()}-${pad(created.getUTCMonth() + 1)}-${pad(created.getUTCDate())} ${pad(created.getUTCHours())}:${pad(created.getUTCMinutes())}:${pad(created.getUTCSeconds())}`,
    );
    const q = encodeURIComponent("dd.MM.yy 'at' HH:mm:ss.SSS");
    const custom = (await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/admin?dateFormat=${q}`))
      .body as Record<string, string>;
    expect(custom.createdDateString).toBe(
      `${pad(created.getUTCDate())}.${pad(created.getUTCMonth() + 1)}.${pad(created.getUTCFullYear() % 100)} at ${pad(created.getUTCHours())}:${pad(created.getUTCMinutes())}:${pad(created.getUTCSeconds())}.${pad(created.getUTCMilliseconds(), 3)}`,
    );
    const listed = (
      await list(`?showExtendedDetails=true&maxResults=1&dateFormat=${encodeURIComponent('MMM d, yyyy')}`)
    ).users[0]!;
    expect(listed.createdDateString).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  });

  it('an invalid pattern is a 400 with the reason', async () => {
    for (const bad of ['yyyy-bb', "yyyy 'open", 'QQ']) {
      const r = await h.call(
        'getUserDetails',
        'GET',
        `${PREFIX}/getUserDetails/admin?dateFormat=${encodeURIComponent(bad)}`,
      );
      expect(r.status, bad).toBe(400);
      expect((r.body as { message: string }).message).toMatch(/Illegal pattern character|Unterminated quote/);
    }
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers?dateFormat=bbb`)).status).toBe(400);
  });
});

describe('user lifecycle', () => {
  it('adds, reads back, renames, changes, deactivates, activates and deletes, in the vendor words', async () => {
    const add = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: {
        name: 'jdoe',
        fullName: 'John Doe',
        email: 'jdoe@acme.test',
        password: 'Secret-1',
        groups: ['developers', 'qa-team'],
      },
    });
    expect(add.body).toEqual({ message: 'User jdoe (John Doe) was created' });
    const read = (await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/JDOE`)).body as Record<
      string,
      unknown
    >;
    expect(read).toMatchObject({
      name: 'jdoe',
      fullName: 'John Doe',
      email: 'jdoe@acme.test',
      hasAccessToUseConfluence: true,
      lastSuccessfulLoginDate: null,
    });
    expect(read.key).toMatch(/^[0-9a-f]{32}$/);

    expect((await h.call('renameUser', 'POST', `${PREFIX}/rename/jdoe`, { body: { name: 'john.doe' } })).body).toEqual({
      message: "User name 'jdoe' was changed into 'john.doe'",
    });
    const renamed = (await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/john.doe`)).body as Record<
      string,
      unknown
    >;
    expect(renamed.key).toBe(read.key);
    expect((await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/jdoe`)).status).toBe(404);

    expect(
      (
        await h.call('changeUserDetails', 'POST', `${PREFIX}/changeDetails/john.doe`, {
          body: { email: 'john@acme.test' },
        })
      ).body,
    ).toEqual({ message: "User 'john.doe' was changed" });
    const changed = (await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/john.doe`)).body as Record<
      string,
      unknown
    >;
    expect(changed).toMatchObject({ email: 'john@acme.test', fullName: 'John Doe' });
    expect(changed.updatedDate as number).toBeGreaterThanOrEqual(read.updatedDate as number);

    expect((await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/john.doe`)).body).toEqual({
      message: 'User john.doe (John Doe) deactivated',
    });
    expect((await h.call('activateUser', 'POST', `${PREFIX}/activate/john.doe`)).body).toEqual({
      message: 'User john.doe (John Doe) activated',
    });
    expect((await h.call('deleteUser', 'DELETE', `${PREFIX}/delete/john.doe`)).body).toEqual({
      message: 'User john.doe (John Doe) was deleted',
    });
    expect((await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/john.doe`)).status).toBe(404);
  });

  it('answers 409 for a taken name, on add and on rename, case-insensitively', async () => {
    expect(
      (
        await h.call('addUser', 'PUT', `${PREFIX}/add`, {
          body: { name: 'ADMIN', fullName: 'X', email: 'x@acme.test' },
        })
      ).status,
    ).toBe(409);
    await h.call('addUser', 'PUT', `${PREFIX}/add`, { body: { name: 'taken1', fullName: 'T', email: 't@acme.test' } });
    expect((await h.call('renameUser', 'POST', `${PREFIX}/rename/taken1`, { body: { name: 'User' } })).status).toBe(
      409,
    );
  });

  it('answers 404 for every operation of the spec that names a user, on an unknown user', async () => {
    const ghost = 'ghost-404';
    // A valid body for each operation that takes one, so the 404 is about the user, not the body.
    const png = readFileSync(new URL('./fixtures/avatar.png', import.meta.url));
    const bodies: {
      [K in OperationId]?: () => { body?: unknown; rawBody?: FormData; headers?: Record<string, string> };
    } = {
      renameUser: () => ({ body: { name: 'g2' } }),
      changeUserDetails: () => ({ body: { email: 'g@acme.test' } }),
      setUserProperty: () => ({ body: { value: 'v' } }),
      setUserAvatarBase64: () => ({ body: { string: png.toString('base64') } }),
      setUserAvatarImage: () => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'a.png');
        return { rawBody: form, headers: { 'X-Atlassian-Token': 'no-check' } };
      },
    };
    const naming = operationIds.filter((id) => operationTable[id].path.includes('{userName}'));
    expect(naming.length).toBeGreaterThan(5);
    for (const op of naming) {
      const { method, path } = operationTable[op];
      const request = bodies[op]?.() ?? {};
      const r = await h.call(op, method, path.replace('{userName}', ghost).replace('{propertyKey}', 'k'), request);
      expect(r.status, op).toBe(404);
      expect(r.body, op).toEqual({ message: `User '${ghost}' does not exist` });
    }
  });

  it('puts a user without groups into confluence-users, and records sendMail in the outbox without the password', async () => {
    await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: { name: 'mailme', fullName: 'Mail Me', email: 'mail@acme.test', password: 'Mail-Secret-9', sendMail: true },
    });
    const outbox = await h.call(null, 'GET', '/sandbox/outbox');
    const mail = (outbox.body as { mails: { to: string; body: string }[] }).mails[0]!;
    expect(mail.to).toBe('mail@acme.test');
    expect(mail.body).toContain('User name: mailme');
    expect(JSON.stringify(outbox.body)).not.toContain('Mail-Secret-9');
    const groups = h.sandbox.db
      .prepare("SELECT group_name FROM memberships JOIN users ON users.id = user_id WHERE users.name = 'mailme'")
      .pluck()
      .all();
    expect(groups).toEqual(['confluence-users']);
  });

  it('refuses bad bodies with 400 (wrong type, missing field, malformed JSON) and other types with 415', async () => {
    // Unknown fields are ignored unless --strict-input: confluence-acceptance.test.ts.
    const cases: [unknown, RegExp][] = [
      [{ name: 'b1', fullName: 'B', email: 42 }, /email must be string/],
      [{ name: 'b1', fullName: 'B' }, /required property 'email'/],
      [{ name: 'b 1', fullName: 'B', email: 'b@acme.test' }, /name must match pattern/],
      [{ name: 'b1', fullName: 'B', email: 'b@acme.test', groups: [] }, /groups must NOT have fewer than 1 items/],
    ];
    for (const [body, message] of cases) {
      const r = await h.call('addUser', 'PUT', `${PREFIX}/add`, { body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect((r.body as { message: string }).message).toMatch(message);
    }
    const malformed = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      rawBody: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed).toMatchObject({ status: 400, body: { message: 'Request body is not valid JSON' } });
    // A form body is an XSRF risk: refused (403) without the token, and 415 with it.
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await h.call('addUser', 'PUT', `${PREFIX}/add`, { rawBody: 'name=b1', headers: form })).status).toBe(403);
    const text = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      rawBody: 'name=b1',
      headers: { ...form, 'X-Atlassian-Token': 'no-check' },
    });
    expect(text.status).toBe(415);
    expect((await h.call('changeUserDetails', 'POST', `${PREFIX}/changeDetails/admin`, { body: {} })).status).toBe(400);
  });

  it('does not let the caller delete or deactivate themselves', async () => {
    expect((await h.call('deleteUser', 'DELETE', `${PREFIX}/delete/admin`)).status).toBe(400);
    expect((await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/admin`)).status).toBe(400);
  });
});
