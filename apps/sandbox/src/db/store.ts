// The database's one store, a table at a time; every write of each goes through one `Writes`, so
// `generation` tells whether anything was written since a value was read. One store per database:
// the sandbox creates it once and hands it to the server.
import type { Database } from 'better-sqlite3';
import { AvatarsTable } from './avatars-table.js';
import { OutboxTable } from './outbox-table.js';
import { PropertiesTable } from './properties-table.js';
import { TokensTable } from './tokens-table.js';
import { UserListings } from './user-listings.js';
import { UsersTable } from './users-table.js';
import { Writes } from './writes.js';

export class Store {
  private readonly writes: Writes;
  readonly users: UsersTable;
  readonly listings: UserListings;
  readonly properties: PropertiesTable;
  readonly avatars: AvatarsTable;
  readonly tokens: TokensTable;
  readonly outbox: OutboxTable;

  constructor(readonly db: Database) {
    this.writes = new Writes(db);
    this.users = new UsersTable(db, this.writes);
    this.listings = new UserListings(db, this.writes);
    this.properties = new PropertiesTable(db, this.writes);
    this.avatars = new AvatarsTable(db, this.writes);
    this.tokens = new TokensTable(db, this.writes);
    this.outbox = new OutboxTable(db, this.writes);
  }

  /**
   * How many writes the store has made (or tried). Anything read from the database and kept (a
   * page, a verified caller) is current only while this number is the one it was read at.
   */
  get generation(): number {
    return this.writes.generation;
  }
}
