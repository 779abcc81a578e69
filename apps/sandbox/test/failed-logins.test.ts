// Failed logins (issue 16, fault 6; issue 13, "CAPTCHA, as Confluence does it"): wrong
// credentials say AUTHENTICATED_FAILED; with --captcha-after N a user name's basic auth is refused
// with AUTHENTICATION_DENIED after N consecutive failures, even with the right password, until an
// administrator clears it; repeated failures of one name are slowed without slowing others.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, basic, getFrom, Harness, PREFIX } from './support/harness.js';
import { TestClock } from './support/test-clock.js';

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

describe('slowing repeated failures (--slow-logins-after 2), on a clock the test moves', () => {
  let h: Harness;
  const clock = new TestClock();
  const OTHER_CLIENT = '127.0.0.2';
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 0, slowLoginsAfter: 2, loginClock: clock });
    await addAdmin(h, 'target', 'pw-target');
    await addAdmin(h, 'flooded', 'pw-flooded');
  });
  afterAll(() => h.close());

  /** A guess from the guessing client (127.0.0.1); settles when answered. */
  const guess = (name: string, password: string) => h.call('getUsers', 'GET', LIST, { auth: basic(name, password) });

  it("slows the guessing client only: the real user, from another address, logs in at once, and does not reset the guesser's count", async () => {
    for (let i = 0; i < 3; i++) expect((await guess('target', `wrong${i}`)).status).toBe(401);
    // The fourth guess waits for its slot: the clock does not move until the test moves it.
    const fourth = guess('target', 'wrong3');
    await clock.untilSleeping(1);
    // Meanwhile the real user, from another client, is let in at once (the clock still stands).
    const realAnswer = getFrom(OTHER_CLIENT, `${h.baseUrl}${LIST}`, basic('target', 'pw-target'));
    const first = await Promise.race([
      realAnswer.then(() => 'answered'),
      clock.untilSleeping(2).then(() => 'slowed (asleep on the guesser’s count)'),
    ]);
    expect(first).toBe('answered');
    expect((await realAnswer).status).toBe(200);
    // A mistyped password of theirs is answered at once too: their own count is 1.
    const typo = await getFrom(OTHER_CLIENT, `${h.baseUrl}${LIST}`, basic('target', 'typo'));
    expect(typo.status).toBe(401);
    // The real user's success did not reset the guesser's count: the next guess waits as well.
    const fifth = guess('target', 'wrong4');
    await clock.untilSleeping(2);
    clock.advance(10_000);
    expect((await fourth).status).toBe(401);
    expect((await fifth).status).toBe(401);
  });

  it("queues a client's attempts one slot after another, refuses those that would wait too long with 429, and forgets the failures after the right password", async () => {
    for (let i = 0; i < 2; i++) expect((await guess('flooded', 'wrong')).status).toBe(401);
    const total = 40;
    let answered = 0;
    let notify = () => undefined as void;
    const attempts = Array.from({ length: total }, (_, i) =>
      guess('flooded', `wrong${i}`).then((r) => {
        answered++;
        notify();
        return r;
      }),
    );
    // Every attempt is either answered (429 at once, or the first one, whose slot is now) or asleep.
    while (answered + clock.sleeping < total)
      await Promise.race([clock.nextSleep(), new Promise<void>((resolve) => (notify = resolve))]);
    expect(clock.sleeping).toBeGreaterThan(0);
    // Every slot has come: the sleepers are checked (and fail).
    clock.advance(60_000);
    const answers = await Promise.all(attempts);
    const statuses = answers.map((r) => r.status);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    const refused = answers.filter((r) => r.status === 429);
    // At most 5 s of slots (250 ms, doubling) are queued; the rest are refused at once.
    expect(refused.length).toBeGreaterThan(0);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(message(refused[0]!)).toMatch(/failed logins/);
    // The right password, from the same client, once its slot has come, works and forgets the failures.
    expect((await guess('flooded', 'pw-flooded')).status).toBe(200);
    // Answered while the clock stands: not slowed any more.
    expect((await guess('flooded', 'wrong')).status).toBe(401);
  });
});
