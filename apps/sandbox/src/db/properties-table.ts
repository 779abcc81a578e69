// The properties table: string values under keys, per user.
import type { Database } from 'better-sqlite3';
import type { Writes } from './writes.js';

function prepare(db: Database) {
  return {
    get: db
      .prepare<[userId: number, key: string], string>('SELECT value FROM properties WHERE user_id = ? AND key = ?')
      .pluck(),
    set: db.prepare<[userId: number, key: string, value: string]>(
      'INSERT INTO properties (user_id, key, value) VALUES (?, ?, ?) ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value',
    ),
  };
}

export class PropertiesTable {
  private readonly s: ReturnType<typeof prepare>;

  constructor(
    db: Database,
    private readonly writes: Writes,
  ) {
    this.s = prepare(db);
  }

  get(userId: number, key: string): string | undefined {
    return this.s.get.get(userId, key);
  }

  set(userId: number, key: string, value: string): void {
    this.writes.run(() => this.s.set.run(userId, key, value));
  }
}
