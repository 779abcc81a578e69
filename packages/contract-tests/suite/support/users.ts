// The disposable users the write checks create (`contract-*` names), created on first use so a
// check that is left out never writes, and every name the run created or tried to create is
// deleted at the end, even when a check failed (a 404 there is fine). Their passwords stay in
// memory, for the checks that log in as them; they are never printed.
import { expectStatus, expectThat } from './expectations.js';
import { isUserName, ownName } from './http.js';
import { call } from './operations.js';
import { newUser } from './samples.js';
import { target } from './settings.js';
import { behaviourOf } from './version.js';

const created = new Set<string>();
const passwords = new Map<string, string>();

/** Remembers a name the run may have created (added, or renamed to), for the cleanup. */
export function remember(name: string): string {
  created.add(name);
  return name;
}

/** A user the listing shows (the first one): what read checks read. */
export async function aListedUser(): Promise<string> {
  const reply = await call('getUsers', { query: { maxResults: 1 } });
  const page = expectStatus(reply, 200);
  expectThat(reply, page.users.length > 0, 'getUsers lists no user at all: nothing to read');
  return page.users[0]!.name;
}

/** Whether the checked version lets addUser leave the password out (x-version-behaviour passwordRequired). */
const passwordOptional = () => behaviourOf('addUser', 'passwordRequired') === 'optional';

/**
 * Adds a new `contract-<label>-…` user (or of the name given) and returns its name. It gets a
 * password when it must log in (`login`) or the version requires one; without, the server is
 * spared the password hashing.
 */
export async function addOwnedUser(label: string, options: { login?: boolean; name?: string } = {}): Promise<string> {
  const body = newUser(options.name ?? ownName(label));
  if (!options.login && passwordOptional()) delete (body as { password?: string }).password;
  remember(body.name);
  expectStatus(await call('addUser', { json: body }), 200);
  if (body.password !== undefined) passwords.set(body.name.toLowerCase(), body.password);
  return body.name;
}

/** The credentials of a user the suite created with a password. */
export function credentialsOf(name: string): { user: string; password: string } {
  const password = passwords.get(name.toLowerCase());
  if (password === undefined) throw new Error(`the suite did not give ${name} a password`);
  return { user: name, password };
}

/** Records a new password the suite gave one of its users (or the user's new name). */
export function rememberPassword(name: string, password: string): void {
  passwords.set(name.toLowerCase(), password);
}

/** Deletes every user the run created or tried to create (only on a server that keeps state). */
export async function deleteCreatedUsers(): Promise<void> {
  // Read-only runs create nobody (and send nothing but GET).
  if (!target.stateful || !target.writes) return;
  // A name no user can have (sent to be refused) has nothing to delete, and may not fit in a path.
  for (const name of created)
    if (isUserName(name)) await call('deleteUser', { path: { userName: name } }).catch(() => undefined);
  created.clear();
}
