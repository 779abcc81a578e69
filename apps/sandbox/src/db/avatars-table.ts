// The avatars table: one image per user. Setting one also marks the user as updated.
import type { Database } from 'better-sqlite3';
import type { Writes } from './writes.js';

export interface StoredAvatar {
  content_type: string;
  data: Buffer;
  updated_at: number;
}

function prepare(db: Database) {
  return {
    set: db.prepare<[userId: number, contentType: string, data: Buffer, now: number]>(
      `INSERT INTO avatars (user_id, content_type, data, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT (user_id) DO UPDATE SET content_type = excluded.content_type, data = excluded.data, updated_at = excluded.updated_at`,
    ),
    get: db.prepare<[userId: number], StoredAvatar>(
      'SELECT content_type, data, updated_at FROM avatars WHERE user_id = ?',
    ),
    touchUser: db.prepare<[now: number, userId: number]>('UPDATE users SET updated_at = ? WHERE id = ?'),
  };
}

export class AvatarsTable {
  private readonly s: ReturnType<typeof prepare>;

  constructor(
    db: Database,
    private readonly writes: Writes,
  ) {
    this.s = prepare(db);
  }

  set(userId: number, contentType: string, data: Buffer, now: number): void {
    this.writes.run(() => {
      this.s.set.run(userId, contentType, data, now);
      this.s.touchUser.run(now, userId);
    });
  }

  get(userId: number): StoredAvatar | undefined {
    return this.s.get.get(userId);
  }
}
