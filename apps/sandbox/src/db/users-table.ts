// The users table, with the groups and memberships tables that hold whom it puts in which group.
import type { Database } from 'better-sqlite3';
import type { Writes } from './writes.js';

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

function prepare(db: Database) {
  return {
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
  };
}

export class UsersTable {
  private readonly s: ReturnType<typeof prepare>;

  constructor(
    db: Database,
    private readonly writes: Writes,
  ) {
    this.s = prepare(db);
  }

  findByName(name: string): UserRow | undefined {
    return this.s.byName.get(name);
  }

  keyExists(key: string): boolean {
    return this.s.keyExists.get(key) !== undefined;
  }

  /** Inserts users with their groups (created when missing), all in one transaction. */
  insertMany(users: NewUser[]): UserRow[] {
    return this.writes.run(() => users.map((user) => this.insertOne(user)));
  }

  insert(user: NewUser): UserRow {
    return this.writes.run(() => this.insertOne(user));
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
    this.writes.run(() => this.s.rename.run(newName, now, userId));
  }

  changeDetails(
    userId: number,
    changes: { fullName?: string; email?: string; passwordHash?: string },
    now: number,
  ): void {
    this.writes.run(() =>
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
    this.writes.run(() => this.s.remove.run(userId));
  }

  setActive(userId: number, active: boolean, now: number): void {
    this.writes.run(() => this.s.setActive.run(active ? 1 : 0, now, userId));
  }

  recordLogin(userId: number, success: boolean, now: number): void {
    this.writes.run(() => (success ? this.s.loginOk : this.s.loginFailed).run(now, userId));
  }
}
