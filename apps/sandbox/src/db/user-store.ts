// Every query the sandbox makes, as prepared statements; each write is one transaction.
import type { Database, Statement } from 'better-sqlite3';

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

export const ADMIN_GROUP = 'confluence-administrators';
export const DEFAULT_GROUP = 'confluence-users';

export class UserStore {
  private readonly s: Record<string, Statement>;
  /** The number of active users, kept until a write may change it (this store is the only writer). */
  private activeCount: number | undefined;

  constructor(readonly db: Database) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      countActive: p('SELECT count(*) FROM users WHERE active = 1'),
      // The page is found on the covering index (active, name) alone; only its rows are read.
      listActive: p(`SELECT * FROM users WHERE id IN (SELECT id FROM users WHERE active = 1 ORDER BY name COLLATE NOCASE LIMIT ? OFFSET ?)
        ORDER BY name COLLATE NOCASE`),
      listActiveBasic: p('SELECT name, full_name, user_key, email FROM users WHERE active = 1 ORDER BY name COLLATE NOCASE LIMIT ? OFFSET ?'),
      listActiveNames: p('SELECT name FROM users WHERE active = 1 ORDER BY name COLLATE NOCASE LIMIT ? OFFSET ?'),
      byName: p('SELECT * FROM users WHERE name = ?'),
      byKey: p('SELECT * FROM users WHERE user_key = ?'),
      insertUser: p(`INSERT INTO users (user_key, name, full_name, email, password_hash, active, location, position, department,
        website, im, phone, created_at, updated_at, last_login_at, last_failed_login_at)
        VALUES (@key, @name, @fullName, @email, @passwordHash, @active, @location, @position, @department,
        @website, @im, @phone, @createdAt, @createdAt, @lastLoginAt, @lastFailedLoginAt)`),
      insertGroup: p('INSERT OR IGNORE INTO groups (name) VALUES (?)'),
      insertMembership: p('INSERT OR IGNORE INTO memberships (user_id, group_name) VALUES (?, (SELECT name FROM groups WHERE name = ?))'),
      groupsOf: p('SELECT group_name FROM memberships WHERE user_id = ? ORDER BY group_name'),
      isMember: p('SELECT 1 FROM memberships WHERE user_id = ? AND group_name = ?'),
      rename: p('UPDATE users SET name = ?, updated_at = ? WHERE id = ?'),
      change: p(`UPDATE users SET full_name = coalesce(@fullName, full_name), email = coalesce(@email, email),
        password_hash = coalesce(@passwordHash, password_hash), updated_at = @now WHERE id = @id`),
      remove: p('DELETE FROM users WHERE id = ?'),
      setActive: p('UPDATE users SET active = ?, updated_at = ? WHERE id = ?'),
      loginOk: p('UPDATE users SET last_login_at = ? WHERE id = ?'),
      loginFailed: p('UPDATE users SET last_failed_login_at = ? WHERE id = ?'),
      getProperty: p('SELECT value FROM properties WHERE user_id = ? AND key = ?'),
      setProperty: p('INSERT INTO properties (user_id, key, value) VALUES (?, ?, ?) ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value'),
      setAvatar: p(`INSERT INTO avatars (user_id, content_type, data, updated_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (user_id) DO UPDATE SET content_type = excluded.content_type, data = excluded.data, updated_at = excluded.updated_at`),
      getAvatar: p('SELECT content_type, data, updated_at FROM avatars WHERE user_id = ?'),
      touch: p('UPDATE users SET updated_at = ? WHERE id = ?'),
      addToken: p('INSERT INTO tokens (user_id, token_hash, label, created_at) VALUES (?, ?, ?, ?)'),
      byTokenHash: p('SELECT users.* FROM tokens JOIN users ON users.id = tokens.user_id WHERE tokens.token_hash = ?'),
      addMail: p('INSERT INTO outbox (to_address, subject, body, created_at) VALUES (?, ?, ?, ?)'),
      listMail: p('SELECT id, to_address AS "to", subject, body, created_at AS createdAt FROM outbox ORDER BY id DESC LIMIT ?'),
      countUsers: p('SELECT count(*) FROM users'),
    };
  }

  countActive(): number {
    this.activeCount ??= this.s.countActive!.pluck().get() as number;
    return this.activeCount;
  }

  countAll(): number {
    return this.s.countUsers!.pluck().get() as number;
  }

  listActive(startAt: number, limit: number): UserRow[] {
    return this.s.listActive!.all(limit, startAt) as UserRow[];
  }

  /** Only the columns of a basic listing. */
  listActiveBasic(startAt: number, limit: number): Pick<UserRow, 'name' | 'full_name' | 'user_key' | 'email'>[] {
    return this.s.listActiveBasic!.all(limit, startAt) as Pick<UserRow, 'name' | 'full_name' | 'user_key' | 'email'>[];
  }

  /** Only the names, from the index alone. */
  listActiveNames(startAt: number, limit: number): Pick<UserRow, 'name'>[] {
    return this.s.listActiveNames!.all(limit, startAt) as Pick<UserRow, 'name'>[];
  }

  findByName(name: string): UserRow | undefined {
    return this.s.byName!.get(name) as UserRow | undefined;
  }

  keyExists(key: string): boolean {
    return this.s.byKey!.get(key) !== undefined;
  }

  /** Inserts users with their groups (created when missing), all in one transaction. */
  insertMany(users: NewUser[]): void {
    this.activeCount = undefined;
    this.db.transaction(() => {
      for (const user of users) this.insertOne(user);
    })();
  }

  insert(user: NewUser): UserRow {
    this.activeCount = undefined;
    return this.db.transaction(() => this.insertOne(user))();
  }

  private insertOne(user: NewUser): UserRow {
    const info = this.s.insertUser!.run({
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
    const id = Number(info.lastInsertRowid);
    for (const group of user.groups) {
      this.s.insertGroup!.run(group);
      this.s.insertMembership!.run(id, group);
    }
    return { id } as UserRow;
  }

  groupsOf(userId: number): string[] {
    return this.s.groupsOf!.pluck().all(userId) as string[];
  }

  isAdmin(userId: number): boolean {
    return this.s.isMember!.get(userId, ADMIN_GROUP) !== undefined;
  }

  rename(userId: number, newName: string, now: number): void {
    this.s.rename!.run(newName, now, userId);
  }

  changeDetails(userId: number, changes: { fullName?: string; email?: string; passwordHash?: string }, now: number): void {
    this.s.change!.run({ fullName: changes.fullName ?? null, email: changes.email ?? null, passwordHash: changes.passwordHash ?? null, now, id: userId });
  }

  delete(userId: number): void {
    this.activeCount = undefined;
    this.s.remove!.run(userId);
  }

  setActive(userId: number, active: boolean, now: number): void {
    this.activeCount = undefined;
    this.s.setActive!.run(active ? 1 : 0, now, userId);
  }

  recordLogin(userId: number, success: boolean, now: number): void {
    (success ? this.s.loginOk! : this.s.loginFailed!).run(now, userId);
  }

  getProperty(userId: number, key: string): string | undefined {
    return this.s.getProperty!.pluck().get(userId, key) as string | undefined;
  }

  setProperty(userId: number, key: string, value: string): void {
    this.s.setProperty!.run(userId, key, value);
  }

  setAvatar(userId: number, contentType: string, data: Buffer, now: number): void {
    this.db.transaction(() => {
      this.s.setAvatar!.run(userId, contentType, data, now);
      this.s.touch!.run(now, userId);
    })();
  }

  getAvatar(userId: number): { content_type: string; data: Buffer; updated_at: number } | undefined {
    return this.s.getAvatar!.get(userId) as { content_type: string; data: Buffer; updated_at: number } | undefined;
  }

  addToken(userId: number, tokenHash: string, label: string, now: number): void {
    this.s.addToken!.run(userId, tokenHash, label, now);
  }

  findByTokenHash(tokenHash: string): UserRow | undefined {
    return this.s.byTokenHash!.get(tokenHash) as UserRow | undefined;
  }

  addMail(mail: Mail, now: number): void {
    this.s.addMail!.run(mail.to, mail.subject, mail.body, now);
  }

  listMail(limit: number): (Mail & { id: number; createdAt: number })[] {
    return this.s.listMail!.all(limit) as (Mail & { id: number; createdAt: number })[];
  }
}
