// Listing pages whose JSON SQLite builds, kept until the next write and answered again before
// routing (the front door): each must be the very answer the JavaScript path gives (objects
// narrowed to the served version and serialized by the route), at every version and detail
// level, and no kept page or remembered caller may outlive a write that changes it.
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationTable, type OperationId } from '@extender-users/api-types';
import { compileDateFormat, DEFAULT_DATE_FORMAT } from '../src/date-format.js';
import { migrate } from '../src/db/migrations.js';
import { Store } from '../src/db/store.js';
import { userJsonSql } from '../src/listing/user-json-sql.js';
import { ADMIN, basic, Harness, PREFIX } from './support/harness.js';
import { exchange } from '@extender-users/test-support/raw-socket';

type User = Record<string, unknown>;
type Page = { total: number; maxResults: number; startAt: number; users: User[] };

/** The default pattern with its space quoted: the same text, but not the default, so made in JavaScript. */
const SAME_AS_DEFAULT = encodeURIComponent("yyyy-MM-dd' 'HH:mm:ss");
const FLAGS = {
  names: '',
  basic: '&showBasicDetails=true',
  extended: '&showExtendedDetails=true',
  both: '&showBasicDetails=true&showExtendedDetails=true',
};
const T0 = Date.UTC(2026, 10, 29, 12, 0, 0, 123);

const basicOf = (u: User) => ({ name: u.name, fullName: u.fullName, key: u.key, email: u.email });

/** Calls a one-user operation of the spec (its method and path from the operation table). */
function write(h: Harness, op: OperationId, userName: string | null, body?: unknown) {
  const { method, path } = operationTable[op];
  return h.call(op, method, path.replace('{userName}', userName ?? ''), { body });
}

async function get(h: Harness, op: string, query: string, auth = ADMIN) {
  const r = await h.call(op, 'GET', `${PREFIX}/${op}?${query}`, { auth });
  expect(r.status, `${op}?${query}: ${r.text.slice(0, 200)}`).toBe(200);
  return r;
}

/** A user whose full name needs JSON escapes of every kind. */
const ODD = {
  name: 'odd.name',
  fullName: 'Ödd "quoted" \\ back/slash \u0000\u0001\u001f\n\t\u2028 \ud83d\ude00',
  email: 'odd.name@acme.test',
  password: 'pw-odd-name',
};

describe('pages SQLite builds are the pages JavaScript builds, byte for byte', () => {
  const versions = ['1.2.0', '2.0.1', '2.3.0', '2.7.0', '2.8.0', '2.13.0', '2.14.0', 'latest'];
  const sandboxes = new Map<string, Harness>();
  beforeAll(async () => {
    for (const version of versions) {
      // A clock that stands still: the caller's login is recorded once, so nothing changes between the two answers compared.
      const h = await Harness.start({ extenderVersion: version, seedUsers: 60, now: () => T0 });
      expect((await write(h, 'addUser', null, ODD)).status).toBe(200);
      const victim = h.sandbox.db
        .prepare<[], string>(
          "SELECT name FROM users WHERE active = 1 AND name NOT IN ('admin', 'user') ORDER BY name LIMIT 1",
        )
        .pluck()
        .get()!;
      expect((await write(h, 'deactivateUser', victim)).status).toBe(200);
      sandboxes.set(version, h);
    }
  });
  afterAll(() => Promise.all([...sandboxes.values()].map((h) => h.close())));

  it.each(versions)('%s: every listing, detail level and page', async (version) => {
    const h = sandboxes.get(version)!;
    const ops = ['getUsers', ...(['2.14.0', 'latest'].includes(version) ? ['getUsersWithConfluenceAccess'] : [])];
    const hasDetails = !['1.2.0', '2.0.1', '2.3.0', '2.7.0'].includes(version);
    for (const op of ops) {
      for (const paging of [
        'startAt=0&maxResults=1000',
        'startAt=7&maxResults=13',
        'maxResults=5',
        'startAt=500&maxResults=3',
      ]) {
        // Twice each: built, then kept (and answered at the front door).
        const shown = async (flags: string) => {
          const first = (await get(h, op, `${paging}${flags}`)).text;
          expect((await get(h, op, `${paging}${flags}`)).text).toBe(first);
          return first;
        };
        if (!hasDetails) {
          // Before 2.8.0 there are no detail flags: names only, whatever is asked.
          const names = JSON.parse(await shown('')) as Page;
          expect(Object.keys(names.users[0] ?? { name: 'x' })).toEqual(['name']);
          for (const flags of Object.values(FLAGS)) expect(await shown(flags)).toBe(JSON.stringify(names));
          continue;
        }
        const viaObjects = (await get(h, op, `${paging}${FLAGS.extended}&dateFormat=${SAME_AS_DEFAULT}`)).text;
        expect(await shown(FLAGS.extended), `${op} ${paging}`).toBe(viaObjects);
        expect(await shown(FLAGS.both)).toBe(viaObjects);
        const page = JSON.parse(viaObjects) as Page;
        const shaped = (user: (u: User) => User) =>
          JSON.stringify({
            total: page.total,
            maxResults: page.maxResults,
            startAt: page.startAt,
            users: page.users.map(user),
          });
        expect(await shown(FLAGS.basic)).toBe(shaped(basicOf));
        expect(await shown(FLAGS.names)).toBe(shaped((u) => ({ name: u.name })));
      }
    }
    // The odd name came through every escape as it was sent.
    if (hasDetails) {
      const all = JSON.parse((await get(h, 'getUsers', `maxResults=1000${FLAGS.basic}`)).text) as Page;
      expect(all.users.find((u) => u.name === ODD.name)?.fullName).toBe(ODD.fullName);
    }
  });

  it('2.7.0 and older: the listed users have the fields the version had (names only), and 2.3.0 accepts dateFormat but lists names', async () => {
    const page = JSON.parse(
      (
        await get(
          sandboxes.get('2.3.0')!,
          'getUsers',
          `maxResults=3&showExtendedDetails=true&dateFormat=${SAME_AS_DEFAULT}`,
        )
      ).text,
    ) as Page;
    expect(page.users.map((u) => Object.keys(u))).toEqual([['name'], ['name'], ['name']]);
  });
});

describe('SQLite writes dates as the default dateFormat does', () => {
  const db = new BetterSqlite3(':memory:');
  migrate(db);
  const store = new Store(db);
  afterAll(() => db.close());
  let made = 0;
  const user = (created: number) => {
    made++;
    return {
      key: made.toString(16).padStart(32, '0'),
      name: `u${made}`,
      fullName: 'U',
      email: 'u@acme.test',
      passwordHash: null,
      groups: [],
      createdAt: created,
    };
  };

  it('for the edges of seconds, days, leap years and the spec range, and for random instants', () => {
    const edges = [
      0, 1, 999, 1000, 59_999, 60_000, 86_399_999, 86_400_000, 951_782_399_999, 951_868_800_000, 1_709_251_199_999,
      253_402_300_799_999,
    ];
    const random = Array.from({ length: 2000 }, (_, i) => Math.floor(((i * 2_654_435_761) % 4_294_967_296) * 59_000));
    store.users.insertMany([...edges, ...random].map(user));
    const reader = store.listings.pageJsonReader(
      'all',
      userJsonSql({ name: 'x', createdDate: 0, createdDateString: 'x' }, 'details'),
    );
    const listed = JSON.parse(reader(0, 5000)!.toString()) as { createdDate: number; createdDateString: string }[];
    expect(listed).toHaveLength(edges.length + random.length);
    const format = compileDateFormat(DEFAULT_DATE_FORMAT);
    for (const u of listed) expect(u.createdDateString, String(u.createdDate)).toBe(format(u.createdDate));
  });

  it('leaves a page with a date outside the spec range (before 1970, after 9999) to JavaScript', () => {
    const reader = store.listings.pageJsonReader(
      'all',
      userJsonSql({ name: 'x', createdDate: 0, createdDateString: 'x' }, 'details'),
    );
    expect(reader(0, 1)).toBeDefined();
    store.users.insert(user(-1));
    expect(reader(0, 5000)).toBeUndefined();
    // Pages without the dates are not affected.
    expect(store.listings.pageJsonReader('all', userJsonSql({ name: 'x' }, 'names'))(0, 5000)).toBeDefined();
  });
});

describe('a kept page never outlives a write', () => {
  for (const version of ['latest', '2.13.0', '2.8.0']) {
    describe(version, () => {
      let h: Harness;
      let clock = T0;
      beforeAll(async () => {
        h = await Harness.start({ extenderVersion: version, seedUsers: 30, now: () => clock });
      });
      afterAll(() => h.close());

      const ops = version === 'latest' ? ['getUsers', 'getUsersWithConfluenceAccess'] : ['getUsers'];
      /** Every listing at every detail level, each asked twice (built, then from the front door). */
      async function everyListing(): Promise<Map<string, Page>> {
        const pages = new Map<string, Page>();
        for (const op of ops) {
          for (const [level, flags] of Object.entries(FLAGS)) {
            const first = (await get(h, op, `maxResults=1000${flags}`)).text;
            expect((await get(h, op, `maxResults=1000${flags}`)).text).toBe(first);
            pages.set(`${op} ${level}`, JSON.parse(first) as Page);
          }
        }
        return pages;
      }
      const find = (page: Page, name: string) => page.users.find((u) => u.name === name);

      it('adding a user shows it at once in every listing and level', async () => {
        const before = await everyListing();
        expect(
          (
            await write(h, 'addUser', null, {
              name: 'fresh.one',
              fullName: 'Fresh One',
              email: 'fresh.one@acme.test',
              password: 'pw-fresh-one',
            })
          ).status,
        ).toBe(200);
        for (const [key, page] of await everyListing()) {
          expect(page.total, key).toBe(before.get(key)!.total + 1);
          expect(find(page, 'fresh.one'), key).toBeDefined();
        }
        const extended = (await everyListing()).get('getUsers extended')!;
        expect(find(extended, 'fresh.one')).toMatchObject({
          fullName: 'Fresh One',
          email: 'fresh.one@acme.test',
          createdDate: clock,
          hasAccessToUseConfluence: true,
        });
      });

      it('a rename, a change of details, a deactivation, an activation and a deletion each show at once', async () => {
        await everyListing();
        expect((await write(h, 'renameUser', 'fresh.one', { name: 'fresh.two' })).status).toBe(200);
        for (const [key, page] of await everyListing()) {
          expect(find(page, 'fresh.one'), key).toBeUndefined();
          expect(find(page, 'fresh.two'), key).toBeDefined();
        }
        clock += 60_000;
        expect(
          (await write(h, 'changeUserDetails', 'fresh.two', { fullName: 'Fresh Two', email: 'two@acme.test' })).status,
        ).toBe(200);
        for (const [key, page] of await everyListing()) {
          if (!key.endsWith('names'))
            expect(find(page, 'fresh.two'), key).toMatchObject({ fullName: 'Fresh Two', email: 'two@acme.test' });
          if (key.endsWith('extended') || key.endsWith('both'))
            expect(find(page, 'fresh.two'), key).toMatchObject({ updatedDate: clock });
        }
        const before = await everyListing();
        expect((await write(h, 'deactivateUser', 'fresh.two')).status).toBe(200);
        for (const [key, page] of await everyListing()) {
          const listsAll = key.startsWith('getUsers ') && version === 'latest';
          expect(page.total, key).toBe(before.get(key)!.total - (listsAll ? 0 : 1));
          if (listsAll && (key.endsWith('extended') || key.endsWith('both')))
            expect(find(page, 'fresh.two'), key).toMatchObject({ hasAccessToUseConfluence: false });
          if (!listsAll) expect(find(page, 'fresh.two'), key).toBeUndefined();
        }
        expect((await write(h, 'activateUser', 'fresh.two')).status).toBe(200);
        for (const [key, page] of await everyListing()) {
          expect(page.total, key).toBe(before.get(key)!.total);
          expect(find(page, 'fresh.two'), key).toBeDefined();
        }
        expect((await write(h, 'deleteUser', 'fresh.two')).status).toBe(200);
        for (const [key, page] of await everyListing()) {
          expect(page.total, key).toBe(before.get(key)!.total - 1);
          expect(find(page, 'fresh.two'), key).toBeUndefined();
        }
      });

      it('a login and a failed login show at once as the last login dates, in the default and in another dateFormat', async () => {
        const name = 'login.watch';
        expect(
          (
            await write(h, 'addUser', null, {
              name,
              fullName: 'Login Watch',
              email: 'lw@acme.test',
              password: 'pw-login-watch',
            })
          ).status,
        ).toBe(200);
        const extended = async (query = '') =>
          find(JSON.parse((await get(h, 'getUsers', `maxResults=1000${FLAGS.extended}${query}`)).text) as Page, name)!;
        expect(await extended()).toMatchObject({ lastSuccessfulLoginDate: null, lastFailedLoginDate: null });
        expect(await extended()).toMatchObject({ lastSuccessfulLoginDate: null, lastFailedLoginDate: null });
        clock += 5_000;
        // Not an administrator: refused, but the login is recorded, as Confluence records it.
        expect(
          (await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic(name, 'pw-login-watch') })).status,
        ).toBe(403);
        const text = compileDateFormat(DEFAULT_DATE_FORMAT);
        expect(await extended()).toMatchObject({
          lastSuccessfulLoginDate: clock,
          lastSuccessfulLoginDateString: text(clock),
          lastFailedLoginDate: null,
        });
        clock += 5_000;
        expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic(name, 'wrong') })).status).toBe(
          401,
        );
        expect(await extended()).toMatchObject({ lastFailedLoginDate: clock, lastFailedLoginDateString: text(clock) });
        const custom = `&dateFormat=${encodeURIComponent("dd.MM.yyyy 'at' HH:mm")}`;
        expect(await extended(custom)).toMatchObject({
          lastFailedLoginDateString: compileDateFormat("dd.MM.yyyy 'at' HH:mm")(clock),
        });
        clock += 5_000;
        expect(
          (await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic(name, 'pw-login-watch') })).status,
        ).toBe(403);
        expect(await extended(custom)).toMatchObject({
          lastSuccessfulLoginDateString: compileDateFormat("dd.MM.yyyy 'at' HH:mm")(clock),
        });
        expect(await extended()).toMatchObject({ lastSuccessfulLoginDate: clock });
      });

      it("the caller's own login, recorded once a second, shows on the next listing", async () => {
        const admin = async () =>
          find(JSON.parse((await get(h, 'getUsers', `maxResults=1000${FLAGS.extended}`)).text) as Page, 'admin')!;
        await admin();
        clock += 2_000;
        expect(await admin()).toMatchObject({ lastSuccessfulLoginDate: clock });
        expect(await admin()).toMatchObject({ lastSuccessfulLoginDate: clock });
      });
    });
  }
});

describe('a remembered caller never outlives a change of their credentials', () => {
  let h: Harness;
  beforeAll(async () => {
    // A clock that stands still: a failed login is recorded (written) once, so the CAPTCHA below
    // comes with no write that would drop the remembered caller anyway.
    h = await Harness.start({ seedUsers: 5, captchaAfter: 3, now: () => T0 });
    expect(
      (
        await write(h, 'addUser', null, {
          name: 'boss',
          fullName: 'Boss',
          email: 'boss@acme.test',
          password: 'pw-boss-one',
          groups: ['confluence-administrators'],
        })
      ).status,
    ).toBe(200);
  });
  afterAll(() => h.close());
  const list = (auth: string) =>
    h.call('getUsers', 'GET', `${PREFIX}/getUsers?maxResults=3&showBasicDetails=true`, { auth });

  it('a new password, a deactivation and a CAPTCHA each take effect on the very next call', async () => {
    const old = basic('boss', 'pw-boss-one');
    for (let i = 0; i < 3; i++) expect((await list(old)).status).toBe(200);
    expect((await list(basic('boss', 'wrong'))).status).toBe(401);
    expect((await list(old)).status).toBe(200);
    expect((await write(h, 'changeUserDetails', 'boss', { password: 'pw-boss-two' })).status).toBe(200);
    expect((await list(old)).status).toBe(401);
    const current = basic('boss', 'pw-boss-two');
    for (let i = 0; i < 3; i++) expect((await list(current)).status).toBe(200);
    expect((await write(h, 'deactivateUser', 'boss')).status).toBe(200);
    expect((await list(current)).body).toEqual({ message: 'Invalid user name or password' });
    expect((await write(h, 'activateUser', 'boss')).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await list(current)).status).toBe(200);
    // Three failures of the name put it behind the CAPTCHA: the remembered right password is refused too.
    for (let i = 0; i < 3; i++) expect((await list(basic('boss', `wrong${i}`))).status).toBe(401);
    const held = await list(current);
    expect(held.status).toBe(401);
    expect(held.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATION_DENIED');
  });

  it('a token keeps working, and a deleted user is gone at once', async () => {
    const bearer = `Bearer ${h.sandbox.adminToken}`;
    for (let i = 0; i < 3; i++) expect((await list(bearer)).status).toBe(200);
    expect(
      (
        await write(h, 'addUser', null, {
          name: 'temp.boss',
          fullName: 'Temp',
          email: 'tb@acme.test',
          password: 'pw-temp-boss',
          groups: ['confluence-administrators'],
        })
      ).status,
    ).toBe(200);
    const temp = basic('temp.boss', 'pw-temp-boss');
    for (let i = 0; i < 3; i++) expect((await list(temp)).status).toBe(200);
    expect((await write(h, 'deleteUser', 'temp.boss')).status).toBe(200);
    expect((await list(temp)).status).toBe(401);
    expect((await list(bearer)).status).toBe(200);
  });

  it('a non-administrator is refused every time', async () => {
    for (let i = 0; i < 3; i++) expect((await list(basic('user', 'user'))).status).toBe(403);
  });
});

describe('the front door answers as the route does', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 20, contextPath: '/confluence', now: () => T0 });
  });
  afterAll(() => h.close());
  const path = `/confluence${PREFIX}/getUsers?maxResults=4&showBasicDetails=true`;
  const request = (lines: string[]) =>
    exchange(h.sandbox.port, `${lines.join('\r\n')}\r\n\r\n`, 3000, {
      untilClose: true,
      headRequest: lines[0]!.startsWith('HEAD '),
    });
  const authorization = `Authorization: ${ADMIN}`;

  it('the same status, headers and body the second time (from memory) as the first (through the route)', async () => {
    const answers = [];
    for (let i = 0; i < 3; i++)
      answers.push(await request([`GET ${path} HTTP/1.1`, 'Host: x', authorization, 'Connection: close']));
    const [first, ...again] = answers.map((a) => ({ ...a, headers: { ...a.headers, date: '' }, raw: '' }));
    expect(first!.status).toBe(200);
    for (const answer of again) expect(answer).toEqual(first);
  });

  it('leaves to the route what the route answers otherwise: HEAD, no Host, no or wrong credentials, HTTP/1.0', async () => {
    await request([`GET ${path} HTTP/1.1`, 'Host: x', authorization, 'Connection: close']);
    const head = await request([`HEAD ${path} HTTP/1.1`, 'Host: x', authorization, 'Connection: close']);
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const noHost = await request([`GET ${path} HTTP/1.1`, authorization]);
    expect(noHost.status).toBe(400);
    expect(noHost.body).toContain('Host');
    expect((await request([`GET ${path} HTTP/1.1`, 'Host: x', 'Connection: close'])).status).toBe(401);
    expect(
      (
        await request([
          `GET ${path} HTTP/1.1`,
          'Host: x',
          `Authorization: ${basic('admin', 'nope')}`,
          'Connection: close',
        ])
      ).status,
    ).toBe(401);
    const http10 = await request([`GET ${path} HTTP/1.0`, authorization]);
    expect(http10.status).toBe(200);
    expect(http10.closed).toBe(true);
  });
});

describe('what the front door would leave out keeps it shut', () => {
  it('rate-limit headers come on every answer of a repeated page', async () => {
    const h = await Harness.start({ seedUsers: 5, rateLimit: 50 });
    try {
      for (let i = 0; i < 3; i++)
        expect(
          (await h.call('getUsers', 'GET', `${PREFIX}/getUsers?maxResults=2`)).headers.get('x-ratelimit-limit'),
        ).toBe('50');
    } finally {
      await h.close();
    }
  });

  it('CORS headers come on every answer of a repeated page', async () => {
    const origin = 'http://localhost:5173';
    const h = await Harness.start({ seedUsers: 5, corsOrigins: [origin] });
    try {
      for (let i = 0; i < 3; i++)
        expect(
          (await h.call('getUsers', 'GET', `${PREFIX}/getUsers?maxResults=2`, { headers: { origin } })).headers.get(
            'access-control-allow-origin',
          ),
        ).toBe(origin);
    } finally {
      await h.close();
    }
  });
});
