// Failed logins (issue 16, fault 6; issue 13, "CAPTCHA, as Confluence does it"): wrong
// credentials say AUTHENTICATED_FAILED; with --captcha-after N a user name's basic auth is refused
// with AUTHENTICATION_DENIED after N consecutive failures, even with the right password, until an
// administrator clears it; repeated failures of one name are slowed without slowing others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, basic, Harness, PREFIX } from './support/harness.js';

const LIST = `${PREFIX}/getUsers`;
const seraph = (r: { headers: Headers }) => r.headers.get('x-seraph-loginreason');
const message = (r: { body: unknown }) => (r.body as { message: string }).message;

async function addAdmin(h: Harness, name: string, password: string) {
  const r = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
    body: { name, fullName: name, email: `${name}@acme.test`, password, groups: ['confluence-administrators'] },
  });
  expect(r.status, r.text).toBe(200);
}

describe('wrong credentials', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 0 });
  });
  afterAll(() => h.close());

  it('say AUTHENTICATED_FAILED, for a wrong password and for an unknown name alike', async () => {
    for (const auth of [basic('admin', 'wrong'), basic('ghost', 'x'), 'Basic bm9jb2xvbg==']) {
      const r = await h.call('getUsers', 'GET', LIST, { auth });
      expect(r.status).toBe(401);
      expect(seraph(r)).toBe('AUTHENTICATED_FAILED');
      expect(r.headers.get('www-authenticate')).toMatch(/Basic/);
    }
  });

  it('no credentials, or a bad token, carry no login reason', async () => {
    for (const auth of [null, 'Bearer nope']) {
      const r = await h.call('getUsers', 'GET', LIST, { auth });
      expect(r.status).toBe(401);
      expect(seraph(r)).toBeNull();
    }
  });

  it('without --captcha-after there is no CAPTCHA: the right password works after many failures', async () => {
    await addAdmin(h, 'no-captcha', 'pw-no-captcha');
    for (let i = 0; i < 8; i++)
      expect(seraph(await h.call('getUsers', 'GET', LIST, { auth: basic('no-captcha', `wrong${i}`) }))).toBe(
        'AUTHENTICATED_FAILED',
      );
    expect((await h.call('getUsers', 'GET', LIST, { auth: basic('no-captcha', 'pw-no-captcha') })).status).toBe(200);
  });
});

describe('--captcha-after 3', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 0, captchaAfter: 3 });
    await addAdmin(h, 'held', 'pw-held');
    await addAdmin(h, 'bystander', 'pw-bystander');
  });
  afterAll(() => h.close());

  it('after three failures the right password gets 401 AUTHENTICATION_DENIED with a message, until an administrator clears it', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await h.call('getUsers', 'GET', LIST, { auth: basic('held', `wrong${i}`) });
      expect(seraph(r)).toBe('AUTHENTICATED_FAILED');
    }
    const denied = await h.call('getUsers', 'GET', LIST, { auth: basic('held', 'pw-held') });
    expect(denied.status).toBe(401);
    expect(seraph(denied)).toBe('AUTHENTICATION_DENIED');
    expect(message(denied)).toMatch(/CAPTCHA/);
    expect(denied.headers.get('www-authenticate')).toMatch(/Basic/);
    // A bearer token is not a basic-auth login: it still works.
    expect((await h.call('getUsers', 'GET', LIST, { auth: `Bearer ${h.sandbox.adminToken}` })).status).toBe(200);
    // Others are not held.
    expect((await h.call('getUsers', 'GET', LIST, { auth: basic('bystander', 'pw-bystander') })).status).toBe(200);

    const cleared = await h.call(null, 'POST', '/sandbox/captcha/held/clear');
    expect(cleared.status, cleared.text).toBe(200);
    expect(message(cleared)).toMatch(/cleared/);
    expect((await h.call('getUsers', 'GET', LIST, { auth: basic('held', 'pw-held') })).status).toBe(200);
  });

  it('counts consecutive failures: a successful login starts the count again', async () => {
    await addAdmin(h, 'forgetful', 'pw-forgetful');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++)
        expect(seraph(await h.call('getUsers', 'GET', LIST, { auth: basic('forgetful', 'wrong') }))).toBe(
          'AUTHENTICATED_FAILED',
        );
      expect((await h.call('getUsers', 'GET', LIST, { auth: basic('forgetful', 'pw-forgetful') })).status).toBe(200);
    }
  });

  it('holds an unknown name the same way, so the answers do not tell which names exist', async () => {
    for (let i = 0; i < 3; i++)
      expect(seraph(await h.call('getUsers', 'GET', LIST, { auth: basic('never-was', `wrong${i}`) }))).toBe(
        'AUTHENTICATED_FAILED',
      );
    expect(seraph(await h.call('getUsers', 'GET', LIST, { auth: basic('never-was', 'anything') }))).toBe(
      'AUTHENTICATION_DENIED',
    );
  });

  it('the clearing helper is for administrators of existing users only', async () => {
    expect((await h.call(null, 'POST', '/sandbox/captcha/held/clear', { auth: basic('user', 'user') })).status).toBe(
      403,
    );
    await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: { name: 'plain', fullName: 'Plain', email: 'plain@acme.test', password: 'pw-plain' },
    });
    expect(
      (await h.call(null, 'POST', '/sandbox/captcha/held/clear', { auth: basic('plain', 'pw-plain') })).status,
    ).toBe(403);
    expect((await h.call(null, 'POST', '/sandbox/captcha/held/clear', { auth: null })).status).toBe(401);
    const missing = await h.call(null, 'POST', '/sandbox/captcha/no-such-user/clear', { auth: ADMIN });
    expect(missing.status).toBe(404);
    expect(message(missing)).toMatch(/no-such-user/);
  });
});

describe('slowing repeated failures (--slow-logins-after 2)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 0, slowLoginsAfter: 2 });
    await addAdmin(h, 'other', 'pw-other');
  });
  afterAll(() => h.close());

  it("queues a failing name's attempts one slot after another, refuses those that would wait too long with 429, and does not slow other names", async () => {
    await addAdmin(h, 'flooded', 'pw-flooded');
    for (let i = 0; i < 2; i++)
      expect((await h.call('getUsers', 'GET', LIST, { auth: basic('flooded', 'wrong') })).status).toBe(401);
    let settled401 = 0;
    const flood = Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        h.call('getUsers', 'GET', LIST, { auth: basic('flooded', `wrong${i}`) }).then((r) => {
          if (r.status === 401) settled401++;
          return r;
        }),
      ),
    );
    // Another name, meanwhile: answered while most of the flooded name's attempts still wait.
    const other = await h.call('getUsers', 'GET', LIST, { auth: basic('other', 'pw-other') });
    const checkedWhenOtherAnswered = settled401;
    expect(other.status).toBe(200);
    const answers = await flood;
    expect(answers.every((r) => r.status === 401 || r.status === 429)).toBe(true);
    const refused = answers.filter((r) => r.status === 429);
    const checked = answers.length - refused.length;
    // At 250 ms a slot, about 5 s of them were queued, the rest refused at once.
    expect(refused.length).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(5);
    expect(checkedWhenOtherAnswered).toBeLessThan(checked / 2);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(message(refused[0]!)).toMatch(/failed logins/);
    // Once the slots have passed, the right password is checked, works and forgets the failures.
    await new Promise((resolve) => setTimeout(resolve, Number(refused[0]!.headers.get('retry-after')) * 1000));
    expect((await h.call('getUsers', 'GET', LIST, { auth: basic('flooded', 'pw-flooded') })).status).toBe(200);
    expect((await h.call('getUsers', 'GET', LIST, { auth: basic('flooded', 'wrong') })).status).toBe(401);
  });
});
