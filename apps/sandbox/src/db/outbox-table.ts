// The outbox table: the mails `sendMail: true` would have sent (no mail leaves the machine).
import type { Database } from 'better-sqlite3';
import type { Writes } from './writes.js';

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

function prepare(db: Database) {
  return {
    add: db.prepare<[to: string, subject: string, body: string, now: number]>(
      'INSERT INTO outbox (to_address, subject, body, created_at) VALUES (?, ?, ?, ?)',
    ),
    latest: db.prepare<[limit: number], Mail & { id: number; createdAt: number }>(
      'SELECT id, to_address AS "to", subject, body, created_at AS createdAt FROM outbox ORDER BY id DESC LIMIT ?',
    ),
  };
}

export class OutboxTable {
  private readonly s: ReturnType<typeof prepare>;

  constructor(
    db: Database,
    private readonly writes: Writes,
  ) {
    this.s = prepare(db);
  }

  add(mail: Mail, now: number): void {
    this.writes.run(() => this.s.add.run(mail.to, mail.subject, mail.body, now));
  }

  /** The newest mails first. */
  latest(limit: number): (Mail & { id: number; createdAt: number })[] {
    return this.s.latest.all(limit);
  }
}
