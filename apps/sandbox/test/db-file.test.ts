// What the sandbox does with the file --db names: another program's database is left as it was, and
// a file SQLite cannot use is one line naming it (exit 2), never SQLite's or Node's bare message.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { UsageError } from '@extender-users/cli-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseFileError } from '../src/db/file-errors.js';
import { startSandboxProcess } from '../src/launcher.js';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sandbox-db-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the sandbox on `db` where it should refuse it: killed after a minute, so a hang fails. */
function refused(db: string) {
  const child = spawnSync(process.execPath, [main, '--port', '0', '--db', db], {
    encoding: 'utf8',
    timeout: 60_000,
    killSignal: 'SIGKILL',
  });
  return { signal: child.signal, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const line = (db: string, reason: string) =>
  `extender-users-sandbox: cannot open '${db}' as the sandbox's database: ${reason} (add --help for usage)\n`;

function otherProgramsDatabase(name: string, sql: string): string {
  const path = join(dir, name);
  const db = new BetterSqlite3(path);
  db.exec(sql);
  db.close();
  return path;
}

describe("another program's database", () => {
  it('is refused before anything is written to it, in one line naming it (exit 2)', () => {
    const cases: [string, string][] = [
      [
        otherProgramsDatabase('notes.db', "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me')"),
        'notes',
      ],
      // It has a users table: the sandbox's first migration used to fail on it ('table users already
      // exists', exit 1) and leave an empty schema_migrations, as in the next one.
      [otherProgramsDatabase('app.db', 'CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT)'), 'users'],
      [
        otherProgramsDatabase(
          'half.db',
          'CREATE TABLE users (id INTEGER PRIMARY KEY); CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)',
        ),
        'users',
      ],
    ];
    for (const [path, tables] of cases) {
      const before = readFileSync(path);
      const result = refused(path);
      expect(result).toEqual({
        signal: null,
        status: 2,
        stdout: '',
        stderr: line(path, `it is another program's SQLite database (it holds ${tables}); nothing was written to it`),
      });
      expect(readFileSync(path).equals(before)).toBe(true);
      expect(existsSync(`${path}-wal`)).toBe(false);
    }
  });

  it("an empty file, and then the sandbox's own database, open", async () => {
    const path = join(dir, 'empty.db');
    writeFileSync(path, '');
    for (let start = 0; start < 2; start++) {
      const sandbox = await startSandboxProcess(['--db', path]);
      const reply = await fetch(`${sandbox.baseUrl}/rest/extender/1.0/user/getUsers?maxResults=1`, {
        headers: { authorization: `Bearer ${sandbox.adminToken}` },
      });
      await sandbox.stop();
      expect(sandbox.process.exitCode).toBe(0);
      expect(reply.status).toBe(200);
    }
    const db = new BetterSqlite3(path, { readonly: true });
    const users = db.prepare('SELECT count(*) FROM users').pluck().get();
    db.close();
    // Seeded once: the 40 demo users, admin and the ordinary user.
    expect(users).toBe(42);
  });
});

describe('a file SQLite cannot use', () => {
  it('is one line that names it and says why in words (exit 2)', () => {
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, 'name,email\nada,ada@acme.test\n');
    const loop = join(dir, 'loop.db');
    symlinkSync(loop, loop);
    // The file system takes the name (255 bytes) but not the -journal and -wal SQLite adds to it.
    const long = join(dir, 'x'.repeat(250));
    const cases: [string, string][] = [
      [csv, 'it is not a SQLite database'],
      [long, 'its name is too long for the file system (with the -journal, -wal or -shm SQLite adds to it)'],
    ];
    // cli-kit's checkWritable says these before SQLite is asked.
    const y300 = join(dir, 'y'.repeat(300));
    for (const [path, reason] of [
      [loop, 'too many symbolic links (one that leads back to itself?)'],
      [y300, 'the name is too long for the file system'],
    ] as const)
      expect(refused(path), path).toEqual({
        signal: null,
        status: 2,
        stdout: '',
        stderr: `extender-users-sandbox: cannot write '${path}': ${reason} (add --help for usage)\n`,
      });
    // cli-kit's checkWritable says this one (it creates a file to know); SQLite said 'unable to open database file'.
    const proc = '/proc/extender-users-sandbox.db';
    expect(refused(proc)).toEqual({
      signal: null,
      status: 2,
      stdout: '',
      stderr: `extender-users-sandbox: cannot write '${proc}': no file can be created in its folder (add --help for usage)\n`,
    });
    for (const [path, reason] of cases)
      expect(refused(path), path).toEqual({ signal: null, status: 2, stdout: '', stderr: line(path, reason) });
    // Nothing left behind where the name fit and its journal's did not.
    expect(existsSync(long)).toBe(false);
  });

  it("SQLite's SQLITE_CANTOPEN (where checkWritable let the path through) is said in words naming the file", () => {
    let cannot: unknown;
    try {
      new BetterSqlite3('/proc/extender-users-sandbox.db').close();
    } catch (error) {
      cannot = error;
    }
    expect((cannot as { code?: string }).code).toBe('SQLITE_CANTOPEN');
    expect((databaseFileError(cannot, '/proc/extender-users-sandbox.db') as UsageError).message).toBe(
      "cannot open '/proc/extender-users-sandbox.db' as the sandbox's database: SQLite cannot create or open a file there",
    );
  });

  it("a full disk: SQLite's SQLITE_FULL is said in words naming the file", () => {
    // A real full disk would need a device or a mount; SQLite raises the same error at its page limit.
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE t (x BLOB)');
    db.pragma('max_page_count = 2');
    let full: unknown;
    try {
      db.prepare('INSERT INTO t VALUES (zeroblob(100000))').run();
    } catch (error) {
      full = error;
    }
    db.close();
    expect((full as { code?: string }).code).toBe('SQLITE_FULL');
    const said = databaseFileError(full, '/data/sandbox.db');
    expect(said).toBeInstanceOf(UsageError);
    expect((said as UsageError).message).toBe(
      "cannot open '/data/sandbox.db' as the sandbox's database: the disk (or the file system) is full",
    );
  });
});
