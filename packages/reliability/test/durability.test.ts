// Durability: adds answered 2xx survive `kill -9` of the sandbox in the middle of a write load,
// and the database file passes SQLite's integrity check. The sandbox is killed once
// DURABILITY_ACKS adds (default 500) have been answered, while 8 writers are still sending.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { startSandboxProcess } from '@extender-users/sandbox/launcher';

const dir = mkdtempSync(join(tmpdir(), 'durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const API = '/rest/extender/1.0/user';

it('every add answered 2xx before kill -9 is there after a restart, and integrity_check is ok', async () => {
  const dbPath = join(dir, 'sandbox.db');
  const first = await startSandboxProcess(['--db', dbPath, '--seed-users', '0']);
  const auth = { authorization: `Bearer ${first.adminToken}`, 'content-type': 'application/json' };
  const acknowledged: string[] = [];
  let attempted = 0;
  let stop = false;
  const worker = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const name = `dur-${w}-${i}`;
      attempted++;
      try {
        const r = await fetch(`${first.baseUrl}${API}/add`, {
          method: 'PUT',
          headers: auth,
          body: JSON.stringify({ name, fullName: `Durable ${w} ${i}`, email: `${name}@acme.test` }),
        });
        if (r.status === 200) acknowledged.push(name);
        await r.arrayBuffer();
      } catch {
        return; // the server is gone: the answer never came, so nothing was promised
      }
    }
  };
  const workers = Array.from({ length: 8 }, (_, w) => worker(w));
  const enough = Number(process.env.DURABILITY_ACKS ?? 500);
  let writersGone = false;
  void Promise.all(workers).then(() => (writersGone = true));
  while (acknowledged.length < enough && !writersGone) await new Promise((r) => setTimeout(r, 5));
  await first.kill9();
  stop = true;
  await Promise.all(workers);
  expect(acknowledged.length).toBeGreaterThanOrEqual(enough);
  console.log(`durability: ${attempted} adds attempted, ${acknowledged.length} acknowledged before kill -9`);

  const db = new Database(dbPath);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const stored = new Set(db.prepare("SELECT name FROM users WHERE name LIKE 'dur-%'").pluck().all() as string[]);
    const lost = acknowledged.filter((n) => !stored.has(n));
    expect(lost).toEqual([]);
  } finally {
    db.close();
  }

  const second = await startSandboxProcess(['--db', dbPath, '--seed-users', '0']);
  try {
    const sample = acknowledged.filter((_, i) => i % Math.ceil(acknowledged.length / 25) === 0);
    for (const name of sample) {
      const r = await fetch(`${second.baseUrl}${API}/getUserDetails/${name}`, {
        headers: { authorization: `Bearer ${second.adminToken}` },
      });
      expect(r.status, name).toBe(200);
    }
  } finally {
    await second.stop();
  }
});
