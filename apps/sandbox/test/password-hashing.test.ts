// --fast-password-hashing: a throwaway sandbox for tests hashes every password it keeps (added,
// changed and the seeded demo ones) with the cheap scrypt parameters, and logins work as before;
// without it, every hash is the strong kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions, startSandbox } from '../src/index.js';
import { basic, Harness, PREFIX } from './support/harness.js';

/** `scrypt$N$r$p`: what a stored hash's cost depends on. */
const parametersOf = (h: Harness, name: string) =>
  (
    h.sandbox.db.prepare('SELECT password_hash FROM users WHERE name = ?').get(name) as { password_hash: string }
  ).password_hash
    .split('$')
    .slice(0, 4)
    .join('$');

async function addAndLogIn(h: Harness): Promise<void> {
  const added = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
    body: { name: 'hashed', fullName: 'Hashed', email: 'hashed@acme.test', password: 'pw-hashed' },
  });
  expect(added.status).toBe(200);
  // A non-administrator is authenticated, then refused: 403 for the right password, 401 for a wrong one.
  const details = `${PREFIX}/getUserDetails/hashed`;
  expect((await h.call('getUserDetails', 'GET', details, { auth: basic('hashed', 'pw-hashed') })).status).toBe(403);
  expect((await h.call('getUserDetails', 'GET', details, { auth: basic('hashed', 'wrong') })).status).toBe(401);
}

it('is off unless asked for, and only for a database in memory', async () => {
  expect(parseOptions([])).toMatchObject({ passwordHashing: 'strong' });
  expect(parseOptions(['--fast-password-hashing', '--db', ':memory:'])).toMatchObject({ passwordHashing: 'fast' });
  // A file would keep the cheap hashes for later starts: known names would then cost less than unknown ones.
  for (const args of [[], ['--db', 'sandbox.db']])
    expect(() => parseOptions(['--fast-password-hashing', ...args])).toThrow(
      '--fast-password-hashing goes with --db :memory: (a database file would keep the cheap hashes)',
    );
  await expect(startSandbox({ dbPath: '/tmp/never-created.db', passwordHashing: 'fast' })).rejects.toThrow(
    "passwordHashing 'fast' goes with dbPath ':memory:'",
  );
});

describe('a sandbox with fast password hashing', () => {
  let h: Harness;
  beforeAll(async () => (h = await Harness.start({ passwordHashing: 'fast' })));
  afterAll(() => h.close());

  it('keeps cheap hashes of the seeded and the added users, and they log in', async () => {
    await addAndLogIn(h);
    expect(parametersOf(h, 'hashed')).toBe('scrypt$1024$8$1');
    expect(parametersOf(h, 'admin')).toBe('scrypt$1024$8$1');
    expect(parametersOf(h, 'user')).toBe('scrypt$1024$8$1');
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin', 'admin') })).status).toBe(200);
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('admin', 'x') })).status).toBe(401);
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: basic('nobody', 'x') })).status).toBe(401);
  });

  it('hashes a changed password cheaply too', async () => {
    const changed = await h.call('changeUserDetails', 'POST', `${PREFIX}/changeDetails/user`, {
      body: { password: 'pw-changed' },
    });
    expect(changed.status).toBe(200);
    expect(parametersOf(h, 'user')).toBe('scrypt$1024$8$1');
    expect(
      (await h.call('getUserDetails', 'GET', `${PREFIX}/getUserDetails/user`, { auth: basic('user', 'pw-changed') }))
        .status,
    ).toBe(403);
  });
});

describe('a sandbox without it', () => {
  let h: Harness;
  beforeAll(async () => (h = await Harness.start()));
  afterAll(() => h.close());

  it('keeps strong hashes', async () => {
    await addAndLogIn(h);
    expect(parametersOf(h, 'hashed')).toBe('scrypt$16384$8$1');
    expect(parametersOf(h, 'admin')).toBe('scrypt$16384$8$1');
  });
});
