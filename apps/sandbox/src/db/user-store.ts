// Every query the sandbox makes, as typed prepared statements; each write is one transaction.
// One store per database: the sandbox creates it once and hands it to the server.
import type { Database } from 'better-sqlite3';

export interface UserRow {
  id: number;
  user_key: string;
  name: string;
  full_name: string;
  email: string;
  password_hash: string | null;
  active: 0 | 1;
  location: string;
  position: string;
  department: string;
  website: string;
  im: string;
  phone: string;
  created_at: number;
  updated_at: number;
  last_login_at: number | null;
  last_failed_login_at: number | null;
}

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

export interface NewUser {
  key: string;
  name: string;
  fullName: string;
  email: string;
  passwordHash: string | null;
  active?: boolean;
  groups: string[];
  business?: { location: string; position: string; department: string };
  personal?: { website: string; im: string; phone: string };
  createdAt: number;
  lastLoginAt?: number | null;
  lastFailedLoginAt?: number | null;
}

export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export interface StoredAvatar {
  content_type: string;
  data: Buffer;
  updated_at: number;
}

export const ADMIN_GROUP = 'confluence-administrators';
export const DEFAULT_GROUP = 'confluence-users';

interface InsertUserParams {
  key: string;
  name: string;
  fullName: string;
  email: string;
  passwordHash: string | null;
  active: 0 | 1;
  location: string;
  position: string;
  department: string;
  website: string;
  im: string;
  phone: string;
  createdAt: number;
  lastLoginAt: number | null;
  lastFailedLoginAt: number | null;
}

interface ChangeParams {
  fullName: string | null;
  email: string | null;
  passwordHash: string | null;
  now: number;
  id: number;
}

/** Listings are in name order, without regard to case (names are unique that way). */
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
function listStatements(db: Database, where: string) {
  return {
    count: db.prepare<[], number>(`SELECT count(*) FROM users ${where}`).pluck(),
    // The page is found on an index alone; only its rows are read.
    details: db.prepare<[limit: number, offset: number], UserRow>(`${pageRowsSql(where, 'details')} ${ORDER}`),
    basic: db.prepare<[limit: number, offset: number], BasicRow>(pageRowsSql(where, 'basic')),
    names: db.prepare<[limit: number, offset: number], NameRow>(pageRowsSql(where, 'names')),
  };
}

function prepareStatements(db: Database) {
  return {
    lists: { withAccess: listStatements(db, SCOPE_WHERE.withAccess), all: listStatements(db, SCOPE_WHERE.all) },
    byName: db.prepare<[name: string], UserRow>('SELECT * FROM users WHERE name = ?'),
    keyExists: db.prepare<[key: string], 1>('SELECT 1 FROM users WHERE user_key = ?').pluck(),
    insertUser: db.prepare<
      [InsertUserParams],
      UserRow
    >(`INSERT INTO users (user_key, name, full_name, email, password_hash, active, location,
      position, department, website, im, phone, created_at, updated_at, last_login_at, last_failed_login_at)
      VALUES (@key, @name, @fullName, @email, @passwordHash, @active, @location, @position, @department,
      @website, @im, @phone, @createdAt, @createdAt, @lastLoginAt, @lastFailedLoginAt) RETURNING *`),
    insertGroup: db.prepare<[group: string]>('INSERT OR IGNORE INTO groups (name) VALUES (?)'),
    insertMembership: db.prepare<[userId: number, group: string]>(
      'INSERT OR IGNORE INTO memberships (user_id, group_name) VALUES (?, (SELECT name FROM groups WHERE name = ?))',
    ),
    isMember: db
      .prepare<[userId: number, group: string], 1>('SELECT 1 FROM memberships WHERE user_id = ? AND group_name = ?')
      .pluck(),
    rename: db.prepare<[newName: string, now: number, userId: number]>(
      'UPDATE users SET name = ?, updated_at = ? WHERE id = ?',
    ),
    change: db.prepare<
      [ChangeParams]
    >(`UPDATE users SET full_name = coalesce(@fullName, full_name), email = coalesce(@email, email),
      password_hash = coalesce(@passwordHash, password_hash), updated_at = @now WHERE id = @id`),
    remove: db.prepare<[userId: number]>('DELETE FROM users WHERE id = ?'),
    setActive: db.prepare<[active: 0 | 1, now: number, userId: number]>(
      'UPDATE users SET active = ?, updated_at = ? WHERE id = ?',
    ),
    loginOk: db.prepare<[now: number, userId: number]>('UPDATE users SET last_login_at = ? WHERE id = ?'),
    loginFailed: db.prepare<[now: number, userId: number]>('UPDATE users SET last_failed_login_at = ? WHERE id = ?'),
    getProperty: db
      .prepare<[userId: number, key: string], string>('SELECT value FROM properties WHERE user_id = ? AND key = ?')
      .pluck(),
    setProperty: db.prepare<[userId: number, key: string, value: string]>(
      'INSERT INTO properties (user_id, key, value) VALUES (?, ?, ?) ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value',
    ),
    setAvatar: db.prepare<
      [userId: number, contentType: string, data: Buffer, now: number]
    >(`INSERT INTO avatars (user_id, content_type, data, updated_at)
      VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET content_type = excluded.content_type, data = excluded.data, updated_at = excluded.updated_at`),
    getAvatar: db.prepare<[userId: number], StoredAvatar>(
      'SELECT content_type, data, updated_at FROM avatars WHERE user_id = ?',
    ),
    touch: db.prepare<[now: number, userId: number]>('UPDATE users SET updated_at = ? WHERE id = ?'),
    addToken: db.prepare<[userId: number, tokenHash: string, label: string, now: number, expiresAt: number]>(
      'INSERT INTO tokens (user_id, token_hash, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ),
    byTokenHash: db.prepare<[tokenHash: string, now: number], UserRow & { token_expires_at: number }>(
      `SELECT users.*, tokens.expires_at AS token_expires_at FROM tokens JOIN users ON users.id = tokens.user_id
      WHERE tokens.token_hash = ? AND tokens.expires_at > ?`,
    ),
    revokeToken: db.prepare<[tokenHash: string]>('DELETE FROM tokens WHERE token_hash = ?'),
    revokeTokens: db.prepare<[]>('DELETE FROM tokens'),
    addMail: db.prepare<[to: string, subject: string, body: string, now: number]>(
      'INSERT INTO outbox (to_address, subject, body, created_at) VALUES (?, ?, ?, ?)',
    ),
    listMail: db.prepare<[limit: number], Mail & { id: number; createdAt: number }>(
      'SELECT id, to_address AS "to", subject, body, created_at AS createdAt FROM outbox ORDER BY id DESC LIMIT ?',
    ),
  };
}

export class UserStore {
  private readonly s: ReturnType<typeof prepareStatements>;
  /**
   * User counts by scope, kept between writes. Every write goes through `write`, which clears
   * them, and this store is the database's only writer (one instance per database).
   */
  private counts: Partial<Record<ListScope, number>> = {};
  private writes = 0;

  constructor(readonly db: Database) {
    this.s = prepareStatements(db);
  }

  /**
   * How many writes this store has made (or tried). Anything read from the database and kept
   * (a page, a verified caller) is current only while this number is the one it was read at.
   */
  get generation(): number {
    return this.writes;
  }

  /** Runs `change` as one transaction and forgets the cached counts. */
  private write<T>(change: () => T): T {
    try {
      return this.db.transaction(change)();
    } finally {
      this.counts = {};
      this.writes++;
    }
  }

  count(scope: ListScope): number {
    return (this.counts[scope] ??= this.s.lists[scope].count.get() ?? 0);
  }

  listDetails(scope: ListScope, startAt: number, limit: number): UserRow[] {
    return this.s.lists[scope].details.all(limit, startAt);
  }

  /** Only the columns of a basic listing, from an index alone. */
  listBasic(scope: ListScope, startAt: number, limit: number): BasicRow[] {
    return this.s.lists[scope].basic.all(limit, startAt);
  }

  /** Only the names, from an index alone. */
  listNames(scope: ListScope, startAt: number, limit: number): NameRow[] {
    return this.s.lists[scope].names.all(limit, startAt);
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

  findByName(name: string): UserRow | undefined {
    return this.s.byName.get(name);
  }

  keyExists(key: string): boolean {
    return this.s.keyExists.get(key) !== undefined;
  }

  /** Inserts users with their groups (created when missing), all in one transaction. */
  insertMany(users: NewUser[]): UserRow[] {
    return this.write(() => users.map((user) => this.insertOne(user)));
  }

  insert(user: NewUser): UserRow {
    return this.write(() => this.insertOne(user));
  }

  private insertOne(user: NewUser): UserRow {
    const row = this.s.insertUser.get({
      key: user.key,
      name: user.name,
      fullName: user.fullName,
      email: user.email,
      passwordHash: user.passwordHash,
      active: user.active === false ? 0 : 1,
      location: user.business?.location ?? '',
      position: user.business?.position ?? '',
      department: user.business?.department ?? '',
      website: user.personal?.website ?? '',
      im: user.personal?.im ?? '',
      phone: user.personal?.phone ?? '',
      createdAt: user.createdAt,
      lastLoginAt: user.lastLoginAt ?? null,
      lastFailedLoginAt: user.lastFailedLoginAt ?? null,
    });
    // INSERT ... RETURNING always yields the row it inserted (a failure throws instead).
    if (!row) throw new Error(`INSERT of user '${user.name}' returned no row`);
    for (const group of user.groups) {
      this.s.insertGroup.run(group);
      this.s.insertMembership.run(row.id, group);
    }
    return row;
  }

  isAdmin(userId: number): boolean {
    return this.s.isMember.get(userId, ADMIN_GROUP) !== undefined;
  }

  rename(userId: number, newName: string, now: number): void {
    this.write(() => this.s.rename.run(newName, now, userId));
  }

  changeDetails(
    userId: number,
    changes: { fullName?: string; email?: string; passwordHash?: string },
    now: number,
  ): void {
    this.write(() =>
      this.s.change.run({
        fullName: changes.fullName ?? null,
        email: changes.email ?? null,
        passwordHash: changes.passwordHash ?? null,
        now,
        id: userId,
      }),
    );
  }

  delete(userId: number): void {
    this.write(() => this.s.remove.run(userId));
  }

  setActive(userId: number, active: boolean, now: number): void {
    this.write(() => this.s.setActive.run(active ? 1 : 0, now, userId));
  }

  recordLogin(userId: number, success: boolean, now: number): void {
    this.write(() => (success ? this.s.loginOk : this.s.loginFailed).run(now, userId));
  }

  getProperty(userId: number, key: string): string | undefined {
    return this.s.getProperty.get(userId, key);
  }

  setProperty(userId: number, key: string, value: string): void {
    this.write(() => this.s.setProperty.run(userId, key, value));
  }

  setAvatar(userId: number, contentType: string, data: Buffer, now: number): void {
    this.write(() => {
      this.s.setAvatar.run(userId, contentType, data, now);
      this.s.touch.run(now, userId);
    });
  }

  getAvatar(userId: number): StoredAvatar | undefined {
    return this.s.getAvatar.get(userId);
  }

  addToken(userId: number, tokenHash: string, label: string, now: number, expiresAt: number): void {
    this.write(() => this.s.addToken.run(userId, tokenHash, label, now, expiresAt));
  }

  /** The owner of a token that has not expired, and when it expires. */
  findByTokenHash(tokenHash: string, now: number): { user: UserRow; expiresAt: number } | undefined {
    const row = this.s.byTokenHash.get(tokenHash, now);
    if (!row) return undefined;
    const { token_expires_at: expiresAt, ...user } = row;
    return { user, expiresAt };
  }

  /** Revokes one token; whether it existed. */
  revokeToken(tokenHash: string): boolean {
    return this.write(() => this.s.revokeToken.run(tokenHash).changes > 0);
  }

  /** Revokes every token; how many there were. */
  revokeTokens(): number {
    return this.write(() => this.s.revokeTokens.run().changes);
  }

  addMail(mail: Mail, now: number): void {
    this.write(() => this.s.addMail.run(mail.to, mail.subject, mail.body, now));
  }

  listMail(limit: number): (Mail & { id: number; createdAt: number })[] {
    return this.s.listMail.all(limit);
  }
}
