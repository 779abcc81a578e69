// Every write to the database goes through here: one transaction each, counted. Anything read
// from the database and kept (a listing page, a count, a caller let in) is current only while the
// count is the one it was read at; the sandbox is the database's only writer (open.ts locks the
// file), so nothing else can move it.
import type { Database } from 'better-sqlite3';

export class Writes {
  private count = 0;

  constructor(private readonly db: Database) {}

  /** How many writes have been made (or tried). */
  get generation(): number {
    return this.count;
  }

  /** Runs `change` as one transaction. */
  run<T>(change: () => T): T {
    try {
      return this.db.transaction(change)();
    } finally {
      this.count++;
    }
  }
}
