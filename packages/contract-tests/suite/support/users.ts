// The disposable users the write checks create (`contract-*` names), created on first use so a
// check that is left out never writes, and every name the run created or tried to create is
// deleted at the end, even when a check failed (a 404 there is fine).
import { expectStatus } from './check.js';
import { ownName } from './http.js';
import { call } from './operations.js';
import { newUser } from './samples.js';
import { target } from './settings.js';

const created = new Set<string>();

/** Remembers a name the run may have created (added, or renamed to), for the cleanup. */
export function remember(name: string): string {
  created.add(name);
  return name;
}

/** Adds a new `contract-<label>-…` user and returns its name. */
export async function addOwnedUser(label: string, body = newUser(ownName(label))): Promise<string> {
  remember(body.name);
  expectStatus(await call('addUser', { json: body }), 200);
  return body.name;
}

/** One user shared by several checks, created by the first that needs it. */
export function sharedUser(label: string, prepare?: (name: string) => Promise<void>): () => Promise<string> {
  let user: Promise<string> | undefined;
  return () =>
    (user ??= addOwnedUser(label).then(async (name) => {
      await prepare?.(name);
      return name;
    }));
}

/** Deletes every user the run created or tried to create (only on a server that keeps state). */
export async function deleteCreatedUsers(): Promise<void> {
  if (!target.stateful) return;
  for (const name of created) await call('deleteUser', { path: { userName: name } }).catch(() => undefined);
  created.clear();
}
