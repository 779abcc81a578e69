// --extender-version: the sandbox serves what that Extender version had, and nothing else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationTable } from '@extender-users/api-types';
import { UsageError } from '@extender-users/cli-kit';
import { parseOptions } from '../src/index.js';
import { basic, Harness, PREFIX } from './support/harness.js';

type Page = { total: number; maxResults: number; startAt: number; users: Record<string, unknown>[] };

const sandboxes = new Map<string, Harness>();
const at = (version: string) => sandboxes.get(version)!;
beforeAll(async () => {
  for (const version of ['1.2.0', '2.0.1', '2.3.0', '2.13.0', '2.14.0', 'latest']) {
    sandboxes.set(
      version,
      await Harness.start({ extenderVersion: version, seedUsers: 60, contextPath: '/confluence' }),
    );
  }
});
afterAll(() => Promise.all([...sandboxes.values()].map((h) => h.close())));

const page = async (h: Harness, query: string, op = 'getUsers') => {
  const r = await h.call(op, 'GET', `${PREFIX}/${op}${query}`);
  expect(r.status, r.text).toBe(200);
  return r.body as Page;
};

/** Deactivates one user with access (not admin) and returns the name. */
async function deactivateOne(h: Harness): Promise<string> {
  const victim = h.sandbox.db
    .prepare<[], string>(
      "SELECT name FROM users WHERE active = 1 AND name NOT IN ('admin', 'user') ORDER BY name LIMIT 1",
    )
    .pluck()
    .get()!;
  expect((await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/${victim}`)).status).toBe(200);
  return victim;
}

describe('operations a version did not have', () => {
  it('1.2.0 has no getUserDetails (added in 2.0.1): a 404 with a JSON message, like any unknown resource', async () => {
    expect(operationTable.getUserDetails.since).toBe('2.0.1');
    const r = await at('1.2.0').call(null, 'GET', `${PREFIX}/getUserDetails/admin`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(r.body).toEqual({ message: `No such resource: GET /confluence${PREFIX}/getUserDetails/admin` });
    expect((await at('2.0.1').call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/admin`)).status).toBe(200);
  });

  it('1.2.0 has no properties or avatars (added in 2.0.0)', async () => {
    expect((await at('1.2.0').call(null, 'GET', `${PREFIX}/property/admin/k`)).status).toBe(404);
    expect(
      (
        await at('1.2.0').call(null, 'PUT', `${PREFIX}/avatar/base64/admin`, {
          body: { string: 'R0lGODlhAQABAAAAACw=' },
        })
      ).status,
    ).toBe(404);
  });

  it('getUsersWithConfluenceAccess (after 2.13.0, version unknown) is missing up to 2.13.0 and served by later ones', async () => {
    expect((await at('2.13.0').call(null, 'GET', `${PREFIX}/getUsersWithConfluenceAccess`)).status).toBe(404);
    expect(
      (await at('2.14.0').call('getUsersWithConfluenceAccess', 'GET', `${PREFIX}/getUsersWithConfluenceAccess`)).status,
    ).toBe(200);
    expect(
      (await at('latest').call('getUsersWithConfluenceAccess', 'GET', `${PREFIX}/getUsersWithConfluenceAccess`)).status,
    ).toBe(200);
  });
});

describe('fields and parameters a version did not have', () => {
  it('2.0.1 answers getUserDetails without the dates (2.3.0) and without hasAccessToUseConfluence (2.7.0)', async () => {
    const old = (await at('2.0.1').call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/admin`)).body as Record<
      string,
      unknown
    >;
    expect(Object.keys(old).sort()).toEqual(['business', 'email', 'fullName', 'key', 'name', 'personal']);
    const current = (await at('latest').call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/admin`)).body as Record<
      string,
      unknown
    >;
    expect(current).toHaveProperty('createdDate');
    expect(current).toHaveProperty('hasAccessToUseConfluence', true);
  });

  it('before 2.8.0 the detail flags do not exist: they are ignored (names only), never validated', async () => {
    for (const version of ['1.2.0', '2.3.0']) {
      const p = await page(at(version), '?showExtendedDetails=true&showBasicDetails=maybe&maxResults=3');
      expect(p.users.map((u) => Object.keys(u))).toEqual([['name'], ['name'], ['name']]);
    }
    expect(Object.keys((await page(at('2.13.0'), '?showBasicDetails=true&maxResults=1')).users[0]!).sort()).toEqual([
      'email',
      'fullName',
      'key',
      'name',
    ]);
  });

  it('the removed showDetails (2.3.0 to 2.8.0) is accepted as a boolean and ignored; before and after it is not a parameter', async () => {
    expect(Object.keys((await page(at('2.3.0'), '?showDetails=true&maxResults=1')).users[0]!)).toEqual(['name']);
    expect((await at('2.3.0').call('getUsers', 'GET', `${PREFIX}/getUsers?showDetails=maybe`)).status).toBe(400);
    expect((await at('2.13.0').call('getUsers', 'GET', `${PREFIX}/getUsers?showDetails=maybe`)).status).toBe(200);
  });

  it('before 2.4.1 addUser has no groups and before 2.13.0 no sendMail: such fields are ignored, as an older server ignores unknown JSON', async () => {
    const h = at('2.3.0');
    const r = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: {
        name: 'old.style',
        fullName: 'Old Style',
        email: 'o@acme.test',
        password: 'pw-old-1',
        groups: ['developers'],
        sendMail: true,
      },
    });
    expect(r.status, r.text).toBe(200);
    const groups = h.sandbox.db
      .prepare<[], string>(
        "SELECT group_name FROM memberships JOIN users ON users.id = user_id WHERE users.name = 'old.style'",
      )
      .pluck()
      .all();
    expect(groups).toEqual(['confluence-users']);
    expect(h.sandbox.db.prepare('SELECT count(*) FROM outbox').pluck().get()).toBe(0);
    // A field no version had is ignored the same way (refused only with --strict-input:
    // confluence-acceptance.test.ts).
    expect(
      (
        await h.call('addUser', 'PUT', `${PREFIX}/add`, {
          body: { name: 'old.x', fullName: 'X', email: 'x@acme.test', password: 'pw', isAdmin: true },
        })
      ).status,
    ).toBe(200);
  });

  it('before 2.13.0 addUser requires a password (optional since 2.13.0)', async () => {
    const body = { name: 'no.password', fullName: 'No Password', email: 'np@acme.test' };
    const refused = await at('2.3.0').call('addUser', 'PUT', `${PREFIX}/add`, { body });
    expect(refused.status).toBe(400);
    expect((refused.body as { message: string }).message).toMatch(/required property 'password'/);
    expect((await at('2.13.0').call('addUser', 'PUT', `${PREFIX}/add`, { body })).status).toBe(200);
  });
});

describe('behaviour that changed: which users getUsers lists', () => {
  it('2.13.0 lists only users with access', async () => {
    const h = at('2.13.0');
    const before = await page(h, '?maxResults=1000');
    const victim = await deactivateOne(h);
    const after = await page(h, '?maxResults=1000');
    expect(after.total).toBe(before.total - 1);
    expect(after.users.map((u) => u.name)).not.toContain(victim);
  });

  it.each(['latest', '2.14.0'])(
    '%s lists all users, deactivated ones too (a numbered version after 2.13.0 behaves as latest)',
    async (version) => {
      const h = at(version);
      const before = await page(h, '?maxResults=1000');
      const victim = await deactivateOne(h);
      const after = await page(h, '?maxResults=1000&showExtendedDetails=true');
      expect(after.total).toBe(before.total);
      expect(after.users.find((u) => u.name === victim)).toMatchObject({ hasAccessToUseConfluence: false });
      const all = h.sandbox.db.prepare('SELECT count(*) FROM users').pluck().get();
      expect(after.total).toBe(all);
      const access = await page(h, '?maxResults=1000', 'getUsersWithConfluenceAccess');
      expect(access.users.map((u) => u.name)).not.toContain(victim);
      expect(access.total).toBe(h.sandbox.db.prepare('SELECT count(*) FROM users WHERE active = 1').pluck().get());
    },
  );
});

describe("Confluence's plugin manager resource for the app", () => {
  const resource = '/rest/plugins/1.0/com.itlab.confluence.plugins.restapi-extender-key';

  it.each(['1.2.0', '2.13.0', 'latest'])('names version %s, enabled, for administrators', async (version) => {
    const r = await at(version).call(null, 'GET', resource);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      key: 'com.itlab.confluence.plugins.restapi-extender',
      name: 'Extender for Confluence',
      version,
      enabled: true,
    });
  });

  it('answers 401 without or with wrong credentials and 403 to a non-administrator, like the API', async () => {
    const h = at('latest');
    for (const auth of [null, basic('admin', 'wrong')]) {
      const r = await h.call(null, 'GET', resource, { auth });
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toMatch(/Basic realm="Confluence"/);
    }
    expect((await h.call(null, 'GET', resource, { auth: basic('user', 'user') })).status).toBe(403);
    expect((await h.call(null, 'GET', '/rest/plugins/1.0/com.example.other-key')).status).toBe(404);
  });
});

describe('the served description is the version', () => {
  it('/openapi.json of 1.2.0 lacks what 1.2.0 lacked; latest has every operation', async () => {
    const paths = async (h: Harness) =>
      Object.keys(((await (await fetch(`${h.baseUrl}/openapi.json`)).json()) as { paths: object }).paths);
    const old = await paths(at('1.2.0'));
    expect(old).toContain(`${PREFIX}/getUsers`);
    expect(old).not.toContain(`${PREFIX}/getUserDetails/{userName}`);
    expect((await paths(at('latest'))).length).toBe(new Set(Object.values(operationTable).map((o) => o.path)).size);
  });
});

describe('the --extender-version option', () => {
  it('takes X.Y.Z or latest, defaults to latest, and refuses anything else', () => {
    expect(parseOptions([])).toMatchObject({ extenderVersion: 'latest' });
    expect(parseOptions(['--extender-version', '2.0.1'])).toMatchObject({ extenderVersion: '2.0.1' });
    expect(parseOptions(['--extender-version', 'latest'])).toMatchObject({ extenderVersion: 'latest' });
    for (const bad of ['2.13', 'v2.13.0', '2.13.0-beta', 'newest', '']) {
      expect(() => parseOptions(['--extender-version', bad]), bad).toThrow(UsageError);
    }
    expect(() => parseOptions(['--extender-version', '2.x'])).toThrow(
      "--extender-version must be X.Y.Z (e.g. 2.13.0) or latest, got '2.x'",
    );
  });
});
