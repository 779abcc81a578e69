// The operations a generated sequence is made of (fast-check's model-based commands). Each sends
// its request as a client would, judges the answer and reads back what it changed, comparing both
// with the model; then it updates the model to what the description says is now true. A command
// applies only where it makes sense (check) and where the budget still allows its requests.
import type { AsyncCommand } from 'fast-check';
import { remember } from '../support/users.js';
import type { Reply } from '../support/operations.js';
import { inCase, type GoneName, type Model, type ModelUser, type NameCase } from './model.js';
import { Server, type BodilessStyle, type JsonStyle } from './server.js';

type Command = AsyncCommand<Model, Server>;
type Json = Record<string, unknown>;

const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd HH:mm:ss';
/** Whether the budget has room for what one command may cost at most (and counts it). */
const fits = (_m: Model, s: Server, cost: number) => {
  const room = s.budget.left() >= cost;
  if (room) s.commandsRun++;
  return room;
};
const pickOf = <T>(list: readonly T[], pick: number): T => list[pick % list.length]!;
const body = (reply: Reply): Json => (reply.body && typeof reply.body === 'object' ? (reply.body as Json) : {});
const said = (reply: Reply) =>
  `${reply.status}${typeof body(reply).message === 'string' ? ` (${String(body(reply).message).slice(0, 120)})` : ''}`;

/** The promise a refused or ignored write on `user` breaks: the name's case, the body's charset, or the write itself. */
function blame(written: string, user: ModelUser, style: JsonStyle, status?: number) {
  // A 415 is about the content type; otherwise a name in another case is the likelier cause.
  if (style === 'json-charset' && status === 415) return 'json-with-charset' as const;
  if (written !== user.name) return 'name-any-case' as const;
  return style === 'json-charset' ? ('json-with-charset' as const) : ('success-means-done' as const);
}

/** The same for a write that takes no body. */
function blameBodiless(written: string, user: ModelUser, style: BodilessStyle, status?: number) {
  if (style !== 'none' && (status === 400 || status === 415)) return 'body-ignored' as const;
  if (written !== user.name) return 'name-any-case' as const;
  return style === 'none' ? ('success-means-done' as const) : ('body-ignored' as const);
}

/** Reads the user back by its name in some case and compares it with the model (fields, key, access, dates). */
type Verdict = (kept: boolean, detail: () => string) => boolean;

async function readBack(
  s: Server,
  user: ModelUser,
  nameCase: NameCase,
  after: string,
  write: Verdict,
): Promise<Json | undefined> {
  const written = inCase(user.name, nameCase);
  const reply = await s.send('getUserDetails', { path: { userName: written } });
  // A user the model has that the read does not find: the write before it did not do what it said.
  if (!write(reply.status === 200, () => `after ${after}, getUserDetails/${written} answered ${said(reply)}`))
    return undefined;
  const got = body(reply);
  const wrong = (['fullName', 'email'] as const).filter((f) => got[f] !== user[f]);
  if (wrong.length > 0 || got.hasAccessToUseConfluence !== user.active) {
    const detail = () =>
      `after ${after}, getUserDetails/${written} shows ${[...wrong, 'hasAccessToUseConfluence'].map((f) => `${f} ${JSON.stringify(got[f])}`).join(', ')}; expected ${wrong
        .map((f) => `${f} ${JSON.stringify(user[f])}`)
        .concat(`hasAccessToUseConfluence ${user.active}`)
        .join(', ')}`;
    write(false, detail);
  }
  if (user.key === undefined) user.key = got.key as string;
  else
    s.judge.expect(
      'getUserDetails',
      'key-stays',
      got.key === user.key,
      () => `after ${after}, the key of ${user.name} is ${String(got.key)}, was ${user.key}`,
    );
  if (typeof got.name === 'string' && got.name.toLowerCase() === user.name.toLowerCase())
    s.judge.expect(
      'getUsers',
      'names-as-given',
      got.name === user.name,
      () => `getUserDetails answers the name ${got.name} for ${user.name}`,
    );
  const unfit = s.datesUnfit(got, DEFAULT_DATE_FORMAT);
  s.judge.expect(
    'getUserDetails',
    'default-date-format',
    unfit.length === 0,
    () => `without dateFormat: ${unfit.join('; ')}`,
  );
  return got;
}

/** After a write freed a name: it finds no user. */
async function expectNobody(
  s: Server,
  name: string,
  after: string,
  op: 'renameUser' | 'deleteUser',
  promise: 'success-means-done' | 'name-any-case',
) {
  const reply = await s.send('getUserDetails', { path: { userName: name } });
  s.judge.expect(
    op,
    promise,
    reply.status !== 200,
    () => `after ${after}, getUserDetails/${name} still answers a user (${String(body(reply).name)})`,
  );
}

let serial = 0;
/** A new name of the suite's own (`contract-m…`), unique in the run. */
export const newName = (token: string, suffix: string) => `contract-m${token}${(serial++).toString(36)}-${suffix}`;

export interface AddSpec {
  suffix: string;
  nameCase: NameCase;
  readCase: NameCase;
  fullName: string;
  password: boolean;
  style: JsonStyle;
  /** Add again a name the sequence freed (deleted or renamed away), when there is one. */
  again?: number;
}

export class AddUser implements Command {
  constructor(
    readonly token: string,
    readonly spec: AddSpec,
  ) {}
  check(m: Readonly<Model>) {
    return this.spec.again === undefined || m.gone.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 3)) return;
    const again = this.spec.again === undefined ? undefined : pickOf(m.gone, this.spec.again);
    const name = again
      ? inCase(again.name, this.spec.nameCase)
      : inCase(newName(this.token, this.spec.suffix), this.spec.nameCase);
    if (m.find(name)) return; // taken meanwhile: AddTaken's business
    remember(name);
    const user: ModelUser = {
      name,
      fullName: this.spec.fullName,
      email: `${name.toLowerCase()}@example.org`,
      ...(this.spec.password ? { password: `Pw-${Math.random().toString(36).slice(2)}-9` } : {}),
      active: true,
      properties: new Map(),
      logins: 0,
    };
    const sent = {
      name,
      fullName: user.fullName,
      email: user.email,
      ...(user.password ? { password: user.password } : {}),
    };
    const reply = await s.send('addUser', { ...Server.json(sent, this.spec.style, name) });
    const promise =
      this.spec.style === 'json-charset' ? 'json-with-charset' : again ? 're-add-after-delete' : 'success-means-done';
    if (
      !s.judge.expect(
        'addUser',
        promise,
        reply.status === 200,
        () => `a valid new user ${name} was answered ${said(reply)}`,
      )
    )
      return;
    m.users.push(user);
    if (again) m.reuse(name);
    await readBack(s, user, this.spec.readCase, `addUser ${name}`, (k, d) =>
      s.judge.expect('addUser', 'success-means-done', k, d),
    );
  }
  toString() {
    return `addUser(${this.spec.again === undefined ? '' : `again #${this.spec.again}, `}${this.spec.nameCase}, ${this.spec.style}${this.spec.password ? ', password' : ''})`;
  }
}

/** Adds a name a user of the sequence has, in another case: refused, and the user unchanged. */
export class AddTaken implements Command {
  constructor(
    readonly pick: number,
    readonly nameCase: NameCase,
  ) {}
  check(m: Readonly<Model>) {
    return m.users.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 2)) return;
    const user = pickOf(m.users, this.pick);
    const name = inCase(user.name, this.nameCase);
    const reply = await s.send('addUser', {
      json: { name, fullName: 'Taken Twice', email: `twice.${name.toLowerCase()}@example.org` },
    });
    s.judge.expect(
      'addUser',
      'name-taken-refused',
      reply.status >= 400 && reply.status < 500,
      () => `adding ${name}, taken by ${user.name}, was answered ${said(reply)}`,
    );
    await readBack(s, user, 'given', `addUser ${name} (taken)`, (k, d) =>
      s.judge.expect('addUser', 'name-taken-refused', k, d),
    );
  }
  toString() {
    return `addUser(taken #${this.pick}, ${this.nameCase})`;
  }
}

export class GetDetails implements Command {
  constructor(
    readonly pick: number,
    readonly nameCase: NameCase,
    readonly dateFormat: string | undefined,
  ) {}
  check(m: Readonly<Model>) {
    return m.users.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 1)) return;
    const user = pickOf(m.users, this.pick);
    const written = inCase(user.name, this.nameCase);
    const read: Verdict = (k, d) =>
      s.judge.expect('getUserDetails', written === user.name ? 'unknown-user' : 'name-any-case', k, d);
    if (this.dateFormat === undefined) return void (await readBack(s, user, this.nameCase, 'a read', read));
    const reply = await s.send('getUserDetails', {
      path: { userName: written },
      query: { dateFormat: this.dateFormat },
    });
    if (
      !s.judge.expect(
        'getUserDetails',
        'date-format-patterns',
        reply.status === 200,
        () => `dateFormat '${this.dateFormat}' was answered ${said(reply)}`,
      )
    )
      return;
    const unfit = s.datesUnfit(body(reply), this.dateFormat);
    s.judge.expect('getUserDetails', 'date-strings-follow-date-format', unfit.length === 0, () => unfit.join('; '));
  }
  toString() {
    return `getUserDetails(#${this.pick}, ${this.nameCase}${this.dateFormat === undefined ? '' : `, dateFormat '${this.dateFormat}'`})`;
  }
}

export interface ChangeSpec {
  pick: number;
  nameCase: NameCase;
  fields: ('fullName' | 'email' | 'password')[];
  fullName: string;
  style: JsonStyle;
}

export class ChangeDetails implements Command {
  constructor(readonly spec: ChangeSpec) {}
  check(m: Readonly<Model>) {
    return m.users.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 3)) return;
    const user = pickOf(m.users, this.spec.pick);
    const written = inCase(user.name, this.spec.nameCase);
    const change: Json = {};
    if (this.spec.fields.includes('fullName')) change.fullName = `${this.spec.fullName} ${(serial++).toString(36)}`;
    if (this.spec.fields.includes('email'))
      change.email = `changed.${(serial++).toString(36)}.${user.name.toLowerCase()}@example.org`;
    if (this.spec.fields.includes('password')) change.password = `Pw-${Math.random().toString(36).slice(2)}-8`;
    const reply = await s.send('changeUserDetails', {
      path: { userName: written },
      ...Server.json(change, this.spec.style),
    });
    const what = `changeUserDetails/${written} ${Object.keys(change).join(', ')}${user.active ? '' : ' (deactivated)'}`;
    if (reply.status !== 200) {
      if (!user.active)
        s.judge.expect(
          'changeUserDetails',
          'deactivated-user-writable',
          false,
          () => `${what} was answered ${said(reply)}`,
        );
      else
        s.judge.expect(
          'changeUserDetails',
          blame(written, user, this.spec.style, reply.status),
          false,
          () => `${what} was answered ${said(reply)}`,
        );
      return;
    }
    Object.assign(user, change);
    const got = await readBack(s, user, 'given', what, (k, d) =>
      s.judge.expect('changeUserDetails', blame(written, user, this.spec.style), k, d),
    );
    if (got && change.password !== undefined && user.active && user.logins < 2) {
      user.logins++;
      const login = await s.send('getUsers', {
        query: { maxResults: 1 },
        auth: { user: user.name, password: user.password! },
      });
      // 403: the new password is right (not an administrator); a CAPTCHA would be a 401 with its reason header.
      const held = login.status === 401 && login.headers['x-seraph-loginreason'] === 'AUTHENTICATION_DENIED';
      s.judge.expect(
        'changeUserDetails',
        blame(written, user, this.spec.style),
        login.status === 403 || held,
        () => `after ${what}, the new password is answered ${said(login)}`,
      );
      s.judge.expect(
        'getUsers',
        'administrators-only',
        login.status !== 200,
        () => `${user.name}, not an administrator, was let in`,
      );
    }
  }
  toString() {
    return `changeUserDetails(#${this.spec.pick}, ${this.spec.nameCase}, ${this.spec.fields.join('+')}, ${this.spec.style})`;
  }
}

export class Rename implements Command {
  constructor(
    readonly token: string,
    readonly pick: number,
    readonly nameCase: NameCase,
    readonly newCase: NameCase,
    readonly suffix: string,
    readonly style: JsonStyle,
  ) {}
  check(m: Readonly<Model>) {
    return m.users.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 4)) return;
    const user = pickOf(m.users, this.pick);
    const written = inCase(user.name, this.nameCase);
    const to = inCase(newName(this.token, this.suffix), this.newCase);
    remember(to);
    const reply = await s.send('renameUser', { path: { userName: written }, ...Server.json({ name: to }, this.style) });
    const what = `renameUser/${written} to ${to}${user.active ? '' : ' (deactivated)'}`;
    if (reply.status !== 200) {
      if (!user.active)
        s.judge.expect('renameUser', 'deactivated-user-writable', false, () => `${what} was answered ${said(reply)}`);
      else
        s.judge.expect(
          'renameUser',
          blame(written, user, this.style, reply.status),
          false,
          () => `${what} was answered ${said(reply)}`,
        );
      return;
    }
    const old = user.name;
    user.name = to;
    m.gone.push({ name: old, by: 'renameUser', renamedTo: user });
    m.reuse(to);
    const promise = blame(written, { ...user, name: old }, this.style);
    await readBack(s, user, 'swapped', what, (k, d) => s.judge.expect('renameUser', promise, k, d));
    await expectNobody(
      s,
      inCase(old, 'lower'),
      what,
      'renameUser',
      promise === 'name-any-case' ? promise : 'success-means-done',
    );
  }
  toString() {
    return `renameUser(#${this.pick}, ${this.nameCase} → new name ${this.newCase}, ${this.style})`;
  }
}

export class SetActive implements Command {
  constructor(
    readonly pick: number,
    readonly nameCase: NameCase,
    readonly active: boolean,
    readonly style: BodilessStyle,
  ) {}
  check(m: Readonly<Model>) {
    return m.users.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 2)) return;
    const user = pickOf(m.users, this.pick);
    const written = inCase(user.name, this.nameCase);
    const op = this.active ? 'activateUser' : 'deactivateUser';
    const reply = await s.send(op, { path: { userName: written }, ...Server.bodiless(this.style) });
    const what = `${op}/${written}${user.active === this.active ? ' (already so)' : ''}${this.style === 'none' ? '' : ` with ${this.style}`}`;
    if (reply.status !== 200) {
      if (user.active === this.active)
        s.judge.expect(op, 'repeat-succeeds', false, () => `${what} was answered ${said(reply)}`);
      else
        s.judge.expect(
          op,
          blameBodiless(written, user, this.style, reply.status),
          false,
          () => `${what} was answered ${said(reply)}`,
        );
      return;
    }
    user.active = this.active;
    await readBack(s, user, 'given', what, (k, d) =>
      s.judge.expect(op, blameBodiless(written, user, this.style), k, d),
    );
  }
  toString() {
    return `${this.active ? 'activateUser' : 'deactivateUser'}(#${this.pick}, ${this.nameCase}, body ${this.style})`;
  }
}

/** Logs in as a user of the sequence that has a password: an active one is no administrator (403), a deactivated one is refused (401). */
export class Login implements Command {
  constructor(readonly pick: number) {}
  check(m: Readonly<Model>) {
    return m.users.some((u) => u.password !== undefined && u.logins < 2);
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 1)) return;
    const user = pickOf(
      m.users.filter((u) => u.password !== undefined && u.logins < 2),
      this.pick,
    );
    user.logins++;
    const reply = await s.send('getUsers', {
      query: { maxResults: 1 },
      auth: { user: user.name, password: user.password! },
    });
    s.judge.expect(
      'getUsers',
      'administrators-only',
      reply.status !== 200,
      () => `${user.name}, not an administrator, was let in`,
    );
    if (!user.active)
      s.judge.expect(
        'deactivateUser',
        'deactivated-cannot-log-in',
        reply.status === 401,
        () => `the deactivated ${user.name} logging in was answered ${said(reply)}`,
      );
  }
  toString() {
    return `login(#${this.pick})`;
  }
}

export class Delete implements Command {
  constructor(
    readonly pick: number,
    readonly nameCase: NameCase,
    readonly style: BodilessStyle,
  ) {}
  check(m: Readonly<Model>) {
    return m.users.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 2)) return;
    const user = pickOf(m.users, this.pick);
    const written = inCase(user.name, this.nameCase);
    const reply = await s.send('deleteUser', { path: { userName: written }, ...Server.bodiless(this.style) });
    const what = `deleteUser/${written}${user.active ? '' : ' (deactivated)'}`;
    if (
      !s.judge.expect(
        'deleteUser',
        blameBodiless(written, user, this.style, reply.status),
        reply.status === 200,
        () => `${what} was answered ${said(reply)}`,
      )
    )
      return;
    m.remove(user, { name: user.name, by: 'deleteUser' });
    await expectNobody(
      s,
      inCase(user.name, 'swapped'),
      what,
      'deleteUser',
      written === user.name ? 'success-means-done' : 'name-any-case',
    );
  }
  toString() {
    return `deleteUser(#${this.pick}, ${this.nameCase}, body ${this.style})`;
  }
}

/** A write to a name the sequence freed: nobody is there, so it is refused and changes nobody. */
export class WriteGone implements Command {
  constructor(
    readonly pick: number,
    readonly nameCase: NameCase,
    readonly op: 'changeUserDetails' | 'deactivateUser' | 'setUserProperty' | 'deleteUser',
  ) {}
  check(m: Readonly<Model>) {
    return m.gone.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 2)) return;
    const gone: GoneName = pickOf(m.gone, this.pick);
    const name = inCase(gone.name, this.nameCase);
    const reply =
      this.op === 'changeUserDetails'
        ? await s.send('changeUserDetails', { path: { userName: name }, json: { fullName: 'Nobody Here' } })
        : this.op === 'setUserProperty'
          ? await s.send('setUserProperty', {
              path: { userName: name, propertyKey: 'contract.model.gone' },
              json: { value: 'nobody' },
            })
          : await s.send(this.op, { path: { userName: name } });
    const what = `${this.op}/${name}, a name freed by ${gone.by}`;
    if (gone.by === 'deleteUser' && this.op === 'deleteUser')
      s.judge.expect('deleteUser', 'repeat-refused', reply.status === 404, () => `${what} was answered ${said(reply)}`);
    else
      s.judge.expect(
        gone.by,
        'success-means-done',
        reply.status !== 200,
        () => `${what} was answered ${said(reply)}: the name still finds a user`,
      );
    if (gone.renamedTo && m.users.includes(gone.renamedTo))
      await readBack(s, gone.renamedTo, 'given', what, (k, d) =>
        s.judge.expect('renameUser', 'success-means-done', k, d),
      );
  }
  toString() {
    return `${this.op}(freed name #${this.pick}, ${this.nameCase})`;
  }
}

const PROPERTY_KEYS = ['contract.model.a', 'contract.model.b'];

export class SetProperty implements Command {
  constructor(
    readonly pick: number,
    readonly nameCase: NameCase,
    readonly key: number,
    readonly value: string,
    readonly style: JsonStyle,
  ) {}
  check(m: Readonly<Model>) {
    return m.users.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 2)) return;
    const user = pickOf(m.users, this.pick);
    const written = inCase(user.name, this.nameCase);
    const propertyKey = pickOf(PROPERTY_KEYS, this.key);
    const reply = await s.send('setUserProperty', {
      path: { userName: written, propertyKey },
      ...Server.json({ value: this.value }, this.style),
    });
    const what = `setUserProperty/${written}/${propertyKey}${user.active ? '' : ' (deactivated)'}`;
    if (reply.status !== 200) {
      if (!user.active)
        s.judge.expect(
          'setUserProperty',
          'deactivated-user-writable',
          false,
          () => `${what} was answered ${said(reply)}`,
        );
      else
        s.judge.expect(
          'setUserProperty',
          blame(written, user, this.style, reply.status),
          false,
          () => `${what} was answered ${said(reply)}`,
        );
      return;
    }
    user.properties.set(propertyKey, this.value);
    const read = await s.send('getUserProperty', { path: { userName: user.name, propertyKey } });
    s.judge.expect(
      'setUserProperty',
      written === user.name ? 'success-means-done' : 'name-any-case',
      read.status === 200 && body(read).value === this.value,
      () =>
        `after ${what} = ${JSON.stringify(this.value)}, getUserProperty answers ${said(read)} ${JSON.stringify(body(read).value)}`,
    );
  }
  toString() {
    return `setUserProperty(#${this.pick}, ${this.nameCase}, key ${this.key}, ${JSON.stringify(this.value)}, ${this.style})`;
  }
}

export class GetProperty implements Command {
  constructor(
    readonly pick: number,
    readonly nameCase: NameCase,
    readonly key: number,
  ) {}
  check(m: Readonly<Model>) {
    return m.users.length > 0;
  }
  async run(m: Model, s: Server) {
    if (!fits(m, s, 1)) return;
    const user = pickOf(m.users, this.pick);
    const written = inCase(user.name, this.nameCase);
    const propertyKey = pickOf(PROPERTY_KEYS, this.key);
    const expected = user.properties.get(propertyKey);
    const reply = await s.send('getUserProperty', { path: { userName: written, propertyKey } });
    if (expected === undefined)
      s.judge.expect(
        'getUserProperty',
        'unset-property',
        reply.status === 404,
        () => `${propertyKey} of ${written}, never set, was answered ${said(reply)}`,
      );
    else
      s.judge.expect(
        'getUserProperty',
        written === user.name ? 'value-as-set' : 'name-any-case',
        reply.status === 200 && body(reply).value === expected,
        () =>
          `${propertyKey} of ${written} was answered ${said(reply)} ${JSON.stringify(body(reply).value)}, set to ${JSON.stringify(expected)}`,
      );
  }
  toString() {
    return `getUserProperty(#${this.pick}, ${this.nameCase}, key ${this.key})`;
  }
}
