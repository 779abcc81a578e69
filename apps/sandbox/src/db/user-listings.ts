// Reads of the users table in listing order: counts, pages of rows, and pages whose JSON SQLite
// builds itself. Listings are in name order, without regard to case (names are unique that way).
import type { Database } from 'better-sqlite3';
import type { UserRow } from './users-table.js';
import type { Writes } from './writes.js';

/** The columns of a basic listing. */
export type BasicRow = Pick<UserRow, 'name' | 'full_name' | 'user_key' | 'email'>;
/** The column of a names-only listing. */
export type NameRow = Pick<UserRow, 'name'>;

/** Which users a listing holds: those with access to use Confluence (active), or all of them. */
export type ListScope = 'withAccess' | 'all';

/** The rows a listing reads: names only, the basic columns (both from an index alone), or every column. */
export type ListSource = 'names' | 'basic' | 'details';

/**
 * A page's users as JSON that SQLite builds: `user` is the SQL of one user's JSON value (a
 * `json_object(...)` over the columns of its source), `usable` an SQL condition on a row that
 * must hold for that JSON to be right (else the page is built another way).
 */
export interface UserJsonSql {
  source: ListSource;
  user: string;
  usable: string;
}

/** A page's users as a JSON array (UTF-8), or undefined when a row failed the `usable` condition. */
export type PageJsonReader = (startAt: number, limit: number) => Buffer | undefined;

const ORDER = 'ORDER BY name COLLATE NOCASE';

/** The rows of one page of a scope, in name order, reading only the columns `source` needs. */
function pageRowsSql(where: string, source: ListSource): string {
  if (source === 'details')
    return `SELECT * FROM users WHERE id IN (SELECT id FROM users ${where} ${ORDER} LIMIT ? OFFSET ?)`;
  const columns = source === 'basic' ? 'name, full_name, user_key, email' : 'name';
  return `SELECT ${columns} FROM users ${where} ${ORDER} LIMIT ? OFFSET ?`;
}

const SCOPE_WHERE: Record<ListScope, string> = { withAccess: 'WHERE active = 1', all: '' };

/** The listing statements of one scope; `where` selects its users. */
function prepare(db: Database, where: string) {
  return {
    count: db.prepare<[], number>(`SELECT count(*) FROM users ${where}`).pluck(),
    // The page is found on an index alone; only its rows are read.
    details: db.prepare<[limit: number, offset: number], UserRow>(`${pageRowsSql(where, 'details')} ${ORDER}`),
    basic: db.prepare<[limit: number, offset: number], BasicRow>(pageRowsSql(where, 'basic')),
    names: db.prepare<[limit: number, offset: number], NameRow>(pageRowsSql(where, 'names')),
  };
}

export class UserListings {
  private readonly s: Record<ListScope, ReturnType<typeof prepare>>;
  /** User counts by scope, kept until the next write. */
  private counts: Partial<Record<ListScope, number>> = {};
  private countsAt = -1;

  constructor(
    private readonly db: Database,
    private readonly writes: Writes,
  ) {
    this.s = { withAccess: prepare(db, SCOPE_WHERE.withAccess), all: prepare(db, SCOPE_WHERE.all) };
  }

  count(scope: ListScope): number {
    if (this.countsAt !== this.writes.generation) {
      this.counts = {};
      this.countsAt = this.writes.generation;
    }
    return (this.counts[scope] ??= this.s[scope].count.get() ?? 0);
  }

  listDetails(scope: ListScope, startAt: number, limit: number): UserRow[] {
    return this.s[scope].details.all(limit, startAt);
  }

  /** Only the columns of a basic listing, from an index alone. */
  listBasic(scope: ListScope, startAt: number, limit: number): BasicRow[] {
    return this.s[scope].basic.all(limit, startAt);
  }

  /** Only the names, from an index alone. */
  listNames(scope: ListScope, startAt: number, limit: number): NameRow[] {
    return this.s[scope].names.all(limit, startAt);
  }

  /**
   * A reader of pages of `scope` whose users SQLite turns into a JSON array itself, in name
   * order: no row becomes a JavaScript object, and the text comes back as bytes (a blob), not
   * as a JavaScript string. Prepare once, read often.
   */
  pageJsonReader(scope: ListScope, json: UserJsonSql): PageJsonReader {
    // The aggregate's own ORDER BY keeps the page's order (a subquery's order is not promised).
    const users = `'[' || coalesce(group_concat(${json.user}, ',' ${ORDER}), '') || ']'`;
    const statement = this.db
      .prepare<[limit: number, offset: number], [Buffer, number | null]>(
        `SELECT CAST(${users} AS BLOB), min(${json.usable}) FROM (${pageRowsSql(SCOPE_WHERE[scope], json.source)})`,
      )
      .raw();
    return (startAt, limit) => {
      const [users, usable] = statement.get(limit, startAt)!;
      return usable === 0 ? undefined : users;
    };
  }
}
