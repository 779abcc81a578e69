// Read-only checks (GET only): safe against any instance.
import { describe, it } from 'vitest';
import { expectConforms, expectRefused, expectStatus, expectThat } from './support/check.js';
import { PREFIX, send } from './support/http.js';
import { target, when } from './support/target.js';

type Page = { total: number; maxResults: number; startAt: number; users: { name: string; createdDate?: number; createdDateString?: string }[] };
const getUsers = (query: Record<string, string | number | boolean> = {}, example?: string) =>
  // The mock cannot pick a shape from the flags; it is asked for the matching named example.
  send('GET', `${PREFIX}/getUsers`, { query, headers: example && target.kind === 'prism' ? { Prefer: `example=${example}` } : undefined });
const statefulIt = when(target.stateful, it);
const statefulDescribe = when(target.stateful, describe);

describe('getUsers: the three detail levels', () => {
  it('without flags lists names only (UserNamesPage)', async () => {
    const r = await getUsers();
    expectStatus('getUsers', r, 200);
    expectConforms('getUsers', r, 'UserNamesPage');
  });

  it('showBasicDetails=true lists basic users (UserBasicPage)', async () => {
    const r = await getUsers({ showBasicDetails: true }, 'basic');
    expectStatus('getUsers', r, 200);
    expectConforms('getUsers', r, 'UserBasicPage');
  });

  it('showExtendedDetails=true lists extended users (UserExtendedPage)', async () => {
    const r = await getUsers({ showExtendedDetails: true }, 'extended');
    expectStatus('getUsers', r, 200);
    expectConforms('getUsers', r, 'UserExtendedPage');
  });

  statefulIt('both flags: extended wins', async () => {
    const r = await getUsers({ showBasicDetails: true, showExtendedDetails: true });
    expectStatus('getUsers', r, 200);
    expectConforms('getUsers', r, 'UserExtendedPage');
  });
});

statefulDescribe('getUsers: pagination', () => {
  it('echoes startAt and never returns more than maxResults', async () => {
    for (const [startAt, maxResults] of [[0, 2], [1, 3], [0, 1]] as const) {
      const r = await getUsers({ startAt, maxResults });
      expectConforms('getUsers', r);
      const page = r.body as Page;
      expectThat('getUsers', r, page.startAt === startAt, `startAt ${startAt} was answered as ${page.startAt}`);
      expectThat('getUsers', r, page.users.length <= maxResults, `maxResults=${maxResults} returned ${page.users.length} users`);
      expectThat('getUsers', r, page.maxResults <= maxResults, `maxResults=${maxResults} was answered as ${page.maxResults}`);
    }
  });

  it('walking every page yields total distinct users; a page past the end is empty', async () => {
    const first = await getUsers({ maxResults: 1 });
    const total = (first.body as Page).total;
    const pageSize = Math.min(1000, Math.max(5, Math.ceil(total / 20)));
    const names = new Set<string>();
    let startAt = 0;
    for (let pages = 0; startAt < total && pages < 200; pages++) {
      const r = await getUsers({ startAt, maxResults: pageSize });
      expectConforms('getUsers', r);
      const page = r.body as Page;
      if (page.users.length === 0) break;
      for (const u of page.users) {
        expectThat('getUsers', r, !names.has(u.name), `user '${u.name}' appears on two pages`);
        names.add(u.name);
      }
      startAt += page.users.length;
    }
    expectThat('getUsers', first, names.size === total, `walking the pages gave ${names.size} distinct users, total says ${total}`);
    const past = await getUsers({ startAt: total + 5, maxResults: pageSize });
    expectConforms('getUsers', past);
    expectThat('getUsers', past, (past.body as Page).users.length === 0, `a page past the end (startAt=${total + 5}) is not empty`);
  });
});

statefulDescribe('dateFormat', () => {
  it('changes the ...String fields as the pattern says', async () => {
    const plain = await getUsers({ showExtendedDetails: true, maxResults: 5 });
    const custom = await getUsers({ showExtendedDetails: true, maxResults: 5, dateFormat: "dd.MM.yyyy 'x'" });
    expectConforms('getUsers', custom, 'UserExtendedPage');
    const a = (plain.body as Page).users;
    const b = (custom.body as Page).users;
    expectThat('getUsers', custom, b.length > 0, 'no users to check dateFormat on');
    for (const [i, user] of b.entries()) {
      expectThat('getUsers', custom, /^\d{2}\.\d{2}\.\d{4} x$/.test(user.createdDateString ?? ''), `dateFormat=dd.MM.yyyy 'x' gave createdDateString '${user.createdDateString}'`);
      const year = new Date(user.createdDate ?? 0).getUTCFullYear();
      expectThat('getUsers', custom, Math.abs(Number(user.createdDateString!.slice(6, 10)) - year) <= 1, `createdDateString '${user.createdDateString}' does not match createdDate ${user.createdDate}`);
      expectThat('getUsers', custom, a[i]?.createdDateString !== user.createdDateString, 'dateFormat did not change createdDateString');
    }
  });

  it('an invalid pattern is a 400', async () => {
    expectRefused('getUsers', await getUsers({ dateFormat: 'yyyy-bb' }), [400]);
    const first = ((await getUsers({ maxResults: 1 })).body as Page).users[0];
    if (first) expectRefused('getUserDetails', await send('GET', `${PREFIX}/getUserDetails/${encodeURIComponent(first.name)}`, { query: { dateFormat: "yyyy 'open" } }), [400]);
  });
});

describe('getUserDetails and getUserProperty', () => {
  it('details of a listed user conform to UserDetails', async () => {
    const first = ((await getUsers({ maxResults: 1 })).body as Page).users[0];
    const name = first?.name ?? 'admin';
    const r = await send('GET', `${PREFIX}/getUserDetails/${encodeURIComponent(name)}`);
    expectStatus('getUserDetails', r, 200);
    expectConforms('getUserDetails', r, 'UserDetails');
    if (target.stateful) expectThat('getUserDetails', r, (r.body as { name: string }).name.toLowerCase() === name.toLowerCase(), `asked for '${name}', got '${(r.body as { name: string }).name}'`);
  });

  statefulIt('an unknown user is a 404', async () => {
    const ghost = `contract-ghost-${Date.now().toString(36)}`;
    expectRefused('getUserDetails', await send('GET', `${PREFIX}/getUserDetails/${ghost}`), [404]);
    expectRefused('getUserProperty', await send('GET', `${PREFIX}/property/${ghost}/contract.key`), [404]);
  });

  it('a property read answers as documented (200 with a value, or 404 when unset)', async () => {
    const first = ((await getUsers({ maxResults: 1 })).body as Page).users[0];
    const r = await send('GET', `${PREFIX}/property/${encodeURIComponent(first?.name ?? 'admin')}/contract.never.set.${Date.now()}`);
    expectConforms('getUserProperty', r);
    expectThat('getUserProperty', r, r.status === 200 || r.status === 404, `expected 200 or 404, got ${r.status}`);
  });
});

describe('refusals', () => {
  it('out-of-range and mistyped paging is a 400, never 2xx or 5xx', async () => {
    const queries: Record<string, string | number>[] = [{ startAt: -1 }, { maxResults: 0 }, { maxResults: 'abc' }, { startAt: 'x' }];
    for (const query of queries) {
      expectRefused('getUsers', await getUsers(query), [400]);
    }
  });

  it('no credentials is a 401 on every read', async () => {
    expectRefused('getUsers', await send('GET', `${PREFIX}/getUsers`, { auth: null }), [401]);
    expectRefused('getUserDetails', await send('GET', `${PREFIX}/getUserDetails/admin`, { auth: null }), [401]);
    expectRefused('getUserProperty', await send('GET', `${PREFIX}/property/admin/k`, { auth: null }), [401]);
  });

  statefulIt('wrong credentials are a 401', async () => {
    expectRefused('getUsers', await send('GET', `${PREFIX}/getUsers`, { auth: { user: 'contract-nobody', password: 'wrong' } }), [401]);
  });

  when(target.nonAdmin !== undefined, describe)('a non-administrator', () => {
    it('is refused with 403 on every read', async () => {
      const auth = target.nonAdmin!;
      expectRefused('getUsers', await send('GET', `${PREFIX}/getUsers`, { auth }), [403]);
      expectRefused('getUserDetails', await send('GET', `${PREFIX}/getUserDetails/admin`, { auth }), [403]);
      expectRefused('getUserProperty', await send('GET', `${PREFIX}/property/admin/k`, { auth }), [403]);
    });
  });
});
