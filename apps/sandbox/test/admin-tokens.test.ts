// The admin token each start prints expires (--token-ttl) and can be revoked (issue 22): a token
// seen in a terminal or a CI log does not work for ever. Time is a clock the test moves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/tokens.js';
import { openDatabase } from '../src/db/open.js';
import { parseOptions } from '../src/index.js';
import { basic, Harness, PREFIX } from './support/harness.js';

const LIST = `${PREFIX}/getUsers?maxResults=1`;
const HOUR = 3_600_000;

describe('expiry', () => {
  let h: Harness;
  let now = Date.UTC(2026, 5, 1);
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 0, tokenTtl: 3600, now: () => now });
  });
  afterAll(() => h.close());

  it('is an option of the command line, 12 hours by default, and is told at start', () => {
    expect(parseOptions([])).toMatchObject({ tokenTtl: 12 * 3600 });
    expect(parseOptions(['--token-ttl', '60'])).toMatchObject({ tokenTtl: 60 });
    expect(() => parseOptions(['--token-ttl', '0'])).toThrow(/--token-ttl/);
    expect(h.sandbox.adminTokenExpiresAt).toBe(Date.UTC(2026, 5, 1) + HOUR);
  });

  it('the token works, as bearer and as the basic password, until it expires; then it is an unknown token', async () => {
    const bearer = `Bearer ${h.sandbox.adminToken}`;
    const asPassword = basic('admin', h.sandbox.adminToken);
    for (const auth of [bearer, asPassword]) expect((await h.call('getUsers', 'GET', LIST, { auth })).status).toBe(200);
    now += HOUR - 1;
    for (const auth of [bearer, asPassword]) expect((await h.call('getUsers', 'GET', LIST, { auth })).status).toBe(200);
    now += 1;
    const expired = await h.call('getUsers', 'GET', LIST, { auth: bearer });
    const unknown = await h.call('getUsers', 'GET', LIST, { auth: 'Bearer eus_never-issued' });
    expect([expired.status, expired.body]).toEqual([401, unknown.body]);
    expect((await h.call('getUsers', 'GET', LIST, { auth: asPassword })).status).toBe(401);
    // The password still works.
    expect((await h.call('getUsers', 'GET', LIST)).status).toBe(200);
  });
});

describe('revoking', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ seedUsers: 0 });
  });
  afterAll(() => h.close());

  it('DELETE /sandbox/token revokes the token the request comes with; it is unknown at once', async () => {
    const bearer = `Bearer ${h.sandbox.adminToken}`;
    expect((await h.call('getUsers', 'GET', LIST, { auth: bearer })).status).toBe(200);
    const revoked = await h.call(null, 'DELETE', '/sandbox/token', { auth: bearer });
    expect(revoked.status, revoked.text).toBe(200);
    expect(revoked.body).toEqual({ message: 'The token was revoked' });
    expect((await h.call('getUsers', 'GET', LIST, { auth: bearer })).status).toBe(401);
    expect((await h.call(null, 'DELETE', '/sandbox/token', { auth: bearer })).status).toBe(401);
  });

  it('DELETE /sandbox/token with a password is a 400 that says what to send', async () => {
    const r = await h.call(null, 'DELETE', '/sandbox/token');
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/token/);
  });

  it('DELETE /sandbox/tokens revokes every token, for an administrator only', async () => {
    const token = 'eus_second-token';
    h.sandbox.db
      .prepare(
        "INSERT INTO tokens (user_id, token_hash, label, created_at, expires_at) SELECT id, ?, 'test', 0, ? FROM users WHERE name = 'admin'",
      )
      .run(hashToken(token), Date.now() + HOUR);
    expect((await h.call('getUsers', 'GET', LIST, { auth: `Bearer ${token}` })).status).toBe(200);
    expect((await h.call(null, 'DELETE', '/sandbox/tokens', { auth: basic('user', 'user') })).status).toBe(403);
    const r = await h.call(null, 'DELETE', '/sandbox/tokens');
    expect(r.status, r.text).toBe(200);
    expect(r.body).toEqual({ message: '1 token was revoked' });
    expect((await h.call('getUsers', 'GET', LIST, { auth: `Bearer ${token}` })).status).toBe(401);
  });
});

describe('tokens of a sandbox from before expiry', () => {
  it('have expired once the database is opened by this version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-tokens-'));
    const dbPath = join(dir, 'old.db');
    const old = 'eus_from-an-old-version';
    let h: Harness | undefined;
    try {
      // A database as the previous version left it: an administrator whose token has no expiry.
      const db = openDatabase(dbPath);
      db.exec('DELETE FROM schema_migrations WHERE version = 4; ALTER TABLE tokens DROP COLUMN expires_at;');
      const admin = db
        .prepare(
          "INSERT INTO users (user_key, name, full_name, email, created_at, updated_at) VALUES ('k1', 'old.admin', 'Old', 'o@acme.test', 0, 0)",
        )
        .run().lastInsertRowid;
      db.prepare("INSERT INTO groups (name) VALUES ('confluence-administrators')").run();
      db.prepare("INSERT INTO memberships (user_id, group_name) VALUES (?, 'confluence-administrators')").run(admin);
      db.prepare("INSERT INTO tokens (user_id, token_hash, label, created_at) VALUES (?, ?, 'old', 0)").run(
        admin,
        hashToken(old),
      );
      db.close();
      h = await Harness.start({ dbPath, seedUsers: 0 });
      const r = await h.call('getUsers', 'GET', LIST, { auth: `Bearer ${old}` });
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ message: 'Invalid token' });
    } finally {
      await h?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
