import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIds, operationTable } from '@extender-users/api-types';
import { hashToken } from '../src/auth/tokens.js';
import { basic, Harness, PREFIX } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.close());

// Every operation of the spec, on the user `user`: credentials are checked before the request
// is read, so any path parameters and an empty JSON body will do.
const everyOperation = operationIds.map((op): [string, string, string, unknown?] => {
  const { method, path } = operationTable[op];
  const requestContentTypes: readonly string[] = operationTable[op].requestContentTypes;
  const concrete = path.replace('{userName}', 'user').replace('{propertyKey}', 'k');
  return [op, method, concrete, requestContentTypes.includes('application/json') ? {} : undefined];
});

describe('authentication', () => {
  it.each(everyOperation)(
    '%s answers 401 with WWW-Authenticate without credentials, and with wrong ones',
    async (op, method, path, body) => {
      for (const auth of [null, basic('admin', 'wrong'), basic('ghost', 'x'), 'Bearer not-a-token', 'Digest abc']) {
        const r = await h.call(op, method, path, { auth, body });
        expect(r.status, `${auth}`).toBe(401);
        expect(r.headers.get('www-authenticate')).toMatch(/Basic realm="Confluence"/);
      }
    },
  );

  it.each(everyOperation)('%s answers 403 to an authenticated non-administrator', async (op, method, path, body) => {
    const r = await h.call(op, method, path, { auth: basic('user', 'user'), body });
    expect(r.status).toBe(403);
    expect(r.body).toEqual({ message: 'User is not a Confluence administrator' });
  });

  it('accepts the admin token as bearer and as the basic password', async () => {
    const token = h.sandbox.adminToken;
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: `Bearer ${token}` })).status).toBe(200);
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin', token) })).status).toBe(200);
    // a token is bound to its owner: it is not a password for someone else
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('user', token) })).status).toBe(401);
  });

  it('a deactivated administrator can no longer authenticate, and can again once activated', async () => {
    await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: {
        name: 'admin2',
        fullName: 'Second Admin',
        email: 'a2@acme.test',
        password: 'pw-admin2',
        groups: ['confluence-administrators'],
      },
    });
    const admin2 = basic('admin2', 'pw-admin2');
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: admin2 })).status).toBe(200);
    await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/admin2`);
    const refused = await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: admin2 });
    expect(refused.status).toBe(401);
    // Exactly as a wrong password is answered: no password oracle for deactivated accounts.
    const wrong = await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin2', 'not-it') });
    const answer = (r: typeof refused) => ({
      status: r.status,
      body: r.body,
      headers: Object.fromEntries([...r.headers].filter(([name]) => name !== 'date')),
    });
    expect(answer(refused)).toEqual(answer(wrong));
    expect(refused.body).toEqual({ message: 'Invalid user name or password' });
    // Again, once the right password would be remembered if the account were active.
    expect(answer(await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: admin2 }))).toEqual(answer(wrong));
    await h.call('activateUser', 'POST', `${PREFIX}/activate/admin2`);
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: admin2 })).status).toBe(200);
  });

  it("a deactivated user's token is answered as an unknown token", async () => {
    await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: { name: 'tokened', fullName: 'Tokened', email: 't@acme.test', groups: ['confluence-administrators'] },
    });
    const token = 'eus_test-token-of-tokened';
    h.sandbox.db
      .prepare(
        "INSERT INTO tokens (user_id, token_hash, label, created_at, expires_at) SELECT id, ?, 'test', 0, ? FROM users WHERE name = 'tokened'",
      )
      .run(hashToken(token), Date.now() + 3_600_000);
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: `Bearer ${token}` })).status).toBe(200);
    await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/tokened`);
    const refused = await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: `Bearer ${token}` });
    const unknown = await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: 'Bearer eus_no-such-token' });
    expect([refused.status, refused.body]).toEqual([unknown.status, unknown.body]);
    expect(refused.status).toBe(401);
  });

  it('a password with NUL bytes is not the password without them, and cannot be set', async () => {
    for (const password of ['admin\0', 'admin\0\0\0', '\0admin', 'adm\0in']) {
      const r = await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin', password) });
      expect(r.status, JSON.stringify(password)).toBe(401);
      expect(r.body).toEqual({ message: 'Invalid user name or password' });
      expect(r.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
    }
    const add = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: { name: 'nul.pass', fullName: 'Nul', email: 'n@acme.test', password: 'pw-nul\0' },
    });
    expect(add.status).toBe(400);
    expect((add.body as { message: string }).message).toMatch(/NUL/);
    expect((await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/nul.pass`)).status).toBe(404);
    const change = await h.call('changeUserDetails', 'POST', `${PREFIX}/changeDetails/user`, {
      body: { password: 'user\0' },
    });
    expect(change.status).toBe(400);
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('user', 'user') })).status).toBe(403);
  });

  it('records the last successful and failed logins of the caller', async () => {
    await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: {
        name: 'admin3',
        fullName: 'Third Admin',
        email: 'a3@acme.test',
        password: 'pw-admin3',
        groups: ['confluence-administrators'],
      },
    });
    const before = (await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/admin3`)).body as Record<
      string,
      unknown
    >;
    expect(before.lastSuccessfulLoginDate).toBeNull();
    expect(before.lastFailedLoginDate).toBeNull();
    const started = Date.now();
    await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin3', 'wrong') });
    await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin3', 'pw-admin3') });
    const after = (await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/admin3`)).body as Record<
      string,
      number
    >;
    expect(after.lastFailedLoginDate).toBeGreaterThanOrEqual(started - 5);
    expect(after.lastSuccessfulLoginDate).toBeGreaterThanOrEqual(started - 5);
  });

  it('a user added without a password cannot log in with one', async () => {
    await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: { name: 'nopass', fullName: 'No Pass', email: 'np@acme.test', groups: ['confluence-administrators'] },
    });
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('nopass', '') })).status).toBe(401);
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('nopass', 'anything') })).status).toBe(
      401,
    );
  });

  it('a changed password replaces the old one at once', async () => {
    await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: {
        name: 'admin4',
        fullName: 'Admin Four',
        email: 'a4@acme.test',
        password: 'old-pw',
        groups: ['confluence-administrators'],
      },
    });
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin4', 'old-pw') })).status).toBe(
      200,
    );
    await h.call('changeUserDetails', 'POST', `${PREFIX}/changeDetails/admin4`, { body: { password: 'new-pw' } });
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin4', 'old-pw') })).status).toBe(
      401,
    );
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin4', 'new-pw') })).status).toBe(
      200,
    );
  });

  it('never sends a password or a hash back', () => {
    const everything = h.seen.join('\n');
    expect(everything.length).toBeGreaterThan(1000);
    for (const secret of ['scrypt$', 'pw-admin2', 'pw-admin3', 'old-pw', 'new-pw', h.sandbox.adminToken])
      expect(everything).not.toContain(secret);
  });
});
