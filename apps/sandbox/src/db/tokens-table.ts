// The tokens table: personal access tokens, stored as SHA-256 hashes, each with an expiry.
import type { Database } from 'better-sqlite3';
import type { UserRow } from './users-table.js';
import type { Writes } from './writes.js';

function prepare(db: Database) {
  return {
    add: db.prepare<[userId: number, tokenHash: string, label: string, now: number, expiresAt: number]>(
      'INSERT INTO tokens (user_id, token_hash, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    owner: db.prepare<[tokenHash: string, now: number], UserRow & { token_expires_at: number }>(
      `SELECT users.*, tokens.expires_at AS token_expires_at FROM tokens JOIN users ON users.id = tokens.user_id
      WHERE tokens.token_hash = ? AND tokens.expires_at > ?`,
    ),
    revoke: db.prepare<[tokenHash: string]>('DELETE FROM tokens WHERE token_hash = ?'),
    revokeAll: db.prepare<[]>('DELETE FROM tokens'),
  };
}

export class TokensTable {
  private readonly s: ReturnType<typeof prepare>;

  constructor(
    db: Database,
    private readonly writes: Writes,
  ) {
    this.s = prepare(db);
  }

  add(userId: number, tokenHash: string, label: string, now: number, expiresAt: number): void {
    this.writes.run(() => this.s.add.run(userId, tokenHash, label, now, expiresAt));
  }

  /** The owner of a token that has not expired, and when it expires. */
  owner(tokenHash: string, now: number): { user: UserRow; expiresAt: number } | undefined {
    const row = this.s.owner.get(tokenHash, now);
    if (!row) return undefined;
    const { token_expires_at: expiresAt, ...user } = row;
    return { user, expiresAt };
  }

  /** Revokes one token; whether it existed. */
  revoke(tokenHash: string): boolean {
    return this.writes.run(() => this.s.revoke.run(tokenHash).changes > 0);
  }

  /** Revokes every token; how many there were. */
  revokeAll(): number {
    return this.writes.run(() => this.s.revokeAll.run().changes);
  }
}
