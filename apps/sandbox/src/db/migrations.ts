// The schema, as numbered migrations applied in order inside one transaction each.
import type { Database } from 'better-sqlite3';

const migrations: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        user_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name TEXT NOT NULL,
        email TEXT NOT NULL,
        password_hash TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        location TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        im TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        last_login_at INTEGER,
        last_failed_login_at INTEGER
      );
      CREATE INDEX users_active_name ON users (active, name COLLATE NOCASE);
      CREATE TABLE groups (name TEXT PRIMARY KEY COLLATE NOCASE);
      CREATE TABLE memberships (
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        group_name TEXT NOT NULL REFERENCES groups (name) COLLATE NOCASE,
        PRIMARY KEY (user_id, group_name)
      );
      CREATE TABLE properties (
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (user_id, key)
      );
      CREATE TABLE avatars (
        user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        content_type TEXT NOT NULL,
        data BLOB NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE TABLE tokens (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        to_address TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
    `,
  },
  {
    // Basic listings read only the index: the page is found and served without touching rows.
    version: 2,
    sql: 'CREATE INDEX users_active_basic ON users (active, name COLLATE NOCASE, full_name, user_key, email);',
  },
  {
    // The same for listings of all users (deactivated ones too), as getUsers of newer versions lists.
    version: 3,
    sql: 'CREATE INDEX users_basic ON users (name COLLATE NOCASE, full_name, user_key, email);',
  },
  {
    // Tokens expire (issue 22); those issued before this version never did, and now have expired.
    version: 4,
    sql: 'ALTER TABLE tokens ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;',
  },
];

/** Brings the database to the newest schema version. */
export function migrate(db: Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        Date.now(),
      );
    })();
  }
}
