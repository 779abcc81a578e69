// Effects the docs promise that the model (suite/model/) does not judge: a new user is read back
// and listed at every detail level; a new password logs in; deactivation and activation change
// the listings (as the version says) and whether the user can log in; a name added again is a new
// user; logging in leaves the last-login dates. (A rename's key, a change of details, a property's
// value, the access flag and a deleted user gone are the model's: same promise ids, and their
// faults in test/support/faults/effects.ts prove the model.) Each check works on users of its own,
// so one broken effect does not break the others. Only what the checked version has is checked.
import { afterAll, describe } from 'vitest';
import type { Schemas } from '@extender-users/api-types';
import { expectStatus, expectThat } from '../support/expectations.js';
import { check, type Needs } from '../support/declare-check.js';
import { ownName } from '../support/http.js';
import { DETAIL_LEVELS, findListed, type DetailFlags, type ListedUser } from '../support/listing.js';
import { call, callUnchecked, listingOperations, type ListingId, type Reply } from '../support/operations.js';
import { newUser } from '../support/samples.js';
import { CHECK, GROUP } from '../support/sentences.js';
import { target } from '../support/settings.js';
import { addOwnedUser, credentialsOf, deleteCreatedUsers, remember, rememberPassword } from '../support/users.js';
import { behaviourOf, fieldMissing, operationMissing, parameterMissing } from '../support/version.js';

afterAll(deleteCreatedUsers);

const effects = (needs: Needs = {}): Needs => ({
  writes: true,
  state: true,
  ...needs,
  operations: ['getUserDetails', ...(needs.operations ?? [])],
});
const has = (field: string) => fieldMissing('UserDetails', field) === undefined;

const details = async (name: string) => expectStatus(await call('getUserDetails', { path: { userName: name } }), 200);

/** Every listing operation and detail level the version has. */
async function listingsOfVersion(): Promise<{ op: ListingId; level: string; flags: DetailFlags }[]> {
  const found: { op: ListingId; level: string; flags: DetailFlags }[] = [];
  for (const op of listingOperations) {
    if (await operationMissing(op)) continue;
    for (const { level, flags } of DETAIL_LEVELS) {
      const [flag] = Object.keys(flags) as ('showBasicDetails' | 'showExtendedDetails')[];
      if (flag === undefined || parameterMissing([op, flag]) === undefined) found.push({ op, level, flags });
    }
  }
  return found;
}

/** Whether a listing shows a deactivated user, in the checked version (undefined: not known). */
function listsDeactivated(op: ListingId): boolean | undefined {
  if (op === 'getUsersWithConfluenceAccess') return false;
  const listed = behaviourOf(op, 'listedUsers');
  return listed === undefined ? undefined : listed === 'all';
}

/** How the server answers a user's own credentials: 403 when they log in (not an administrator), 401 when refused. */
async function logIn(credentials: { user: string; password: string }): Promise<Reply<'getUsers'>> {
  return callUnchecked('getUsers', { query: { maxResults: 1 }, auth: credentials });
}

async function expectLogIn(
  credentials: { user: string; password: string },
  expected: 401 | 403,
  what: string,
): Promise<void> {
  const reply = await logIn(credentials);
  expectThat(
    reply,
    reply.status === expected,
    `${what}: ${credentials.user}'s own credentials get ${reply.status}, expected ${expected} (${expected === 403 ? 'logged in, not an administrator' : 'refused'})`,
  );
}

/** The fields a listed user shares with getUserDetails. */
const SHARED = ['name', 'key', 'fullName', 'email'] as const;

/** A listed user at any detail level: the fields of the basic one, where the level has them. */
type Listed = Partial<Schemas['UserBasic']> & Pick<ListedUser, 'name'>;
const listedAs = async (op: ListingId, name: string, flags: DetailFlags) =>
  (await findListed(op, name, flags)) as Listed | undefined;

describe(GROUP.effects, () => {
  check(CHECK.effects.addReadBack, effects(), async () => {
    const sent = newUser(ownName('added'));
    remember(sent.name);
    expectStatus(await call('addUser', { json: sent }), 200);
    const reply = await call('getUserDetails', { path: { userName: sent.name } });
    const user = expectStatus(reply, 200);
    const seen = { name: user.name, fullName: user.fullName, email: user.email };
    expectThat(
      reply,
      user.name.toLowerCase() === sent.name.toLowerCase() &&
        user.fullName === sent.fullName &&
        user.email === sent.email,
      `sent ${JSON.stringify({ name: sent.name, fullName: sent.fullName, email: sent.email })}, read back ${JSON.stringify(seen)}`,
    );
    if (has('hasAccessToUseConfluence'))
      expectThat(reply, user.hasAccessToUseConfluence === true, 'a new user has no access to use Confluence');
    if (has('lastSuccessfulLoginDate'))
      expectThat(
        reply,
        user.lastSuccessfulLoginDate === null && user.lastFailedLoginDate === null,
        `a new user has login dates: ${user.lastSuccessfulLoginDate}, ${user.lastFailedLoginDate}`,
      );
  });

  check(CHECK.effects.addListed, effects(), async () => {
    const name = await addOwnedUser('listed');
    const user = await details(name);
    for (const { op, level, flags } of await listingsOfVersion()) {
      const listed = await listedAs(op, name, flags);
      const reply = await call(op, { query: { maxResults: 1 } });
      expectThat(reply, listed !== undefined, `${op} (${level}) does not list the new user ${name}`);
      for (const field of SHARED) {
        if (field in listed)
          expectThat(
            reply,
            listed[field] === user[field],
            `${op} (${level}) lists ${name} with ${field} ${JSON.stringify(listed[field])}, getUserDetails says ${JSON.stringify(user[field])}`,
          );
      }
    }
  });

  check(CHECK.effects.changePassword, effects(), async () => {
    const name = await addOwnedUser('password', { login: true });
    const old = credentialsOf(name);
    await expectLogIn(old, 403, 'before the change');
    const password = `Pw-${Math.random().toString(36).slice(2)}-new`;
    expectStatus(await call('changeUserDetails', { path: { userName: name }, json: { password } }), 200);
    rememberPassword(name, password);
    await expectLogIn({ user: name, password }, 403, 'with the new password');
    await expectLogIn(old, 401, 'with the old password');
  });

  check(CHECK.effects.getUsersListed, effects({ behaviour: ['getUsers', 'listedUsers'] }), async () => {
    const name = await addOwnedUser('off');
    expectStatus(await call('deactivateUser', { path: { userName: name } }), 200);
    const listsAll = listsDeactivated('getUsers');
    const listed = (await findListed('getUsers', name)) !== undefined;
    const r = await call('getUsers', { query: { maxResults: 1 } });
    expectThat(
      r,
      listed === listsAll,
      `getUsers ${listed ? 'lists' : 'does not list'} the deactivated user ${name}, but on ${target.version} it lists ${listsAll ? 'all users, deactivated ones too' : 'only users with access'}`,
    );
  });

  check(CHECK.effects.accessListing, effects({ operations: ['getUsersWithConfluenceAccess'] }), async () => {
    const name = await addOwnedUser('off');
    for (const [op, listed] of [
      ['deactivateUser', false],
      ['activateUser', true],
    ] as const) {
      expectStatus(await call(op, { path: { userName: name } }), 200);
      const found = (await findListed('getUsersWithConfluenceAccess', name)) !== undefined;
      const r = await call('getUsersWithConfluenceAccess', { query: { maxResults: 1 } });
      expectThat(
        r,
        found === listed,
        `after ${op} getUsersWithConfluenceAccess ${found ? 'lists' : 'does not list'} ${name}`,
      );
    }
  });

  check(CHECK.effects.deactivatedLogin, effects(), async () => {
    const name = await addOwnedUser('login', { login: true });
    const credentials = credentialsOf(name);
    await expectLogIn(credentials, 403, 'while active');
    expectStatus(await call('deactivateUser', { path: { userName: name } }), 200);
    await expectLogIn(credentials, 401, 'once deactivated');
    expectStatus(await call('activateUser', { path: { userName: name } }), 200);
    await expectLogIn(credentials, 403, 'once activated again');
  });

  check(CHECK.effects.addAgain, effects({ operations: ['getUserProperty', 'setUserProperty'] }), async () => {
    const name = await addOwnedUser('again');
    const path = { userName: name, propertyKey: 'contract.again' };
    expectStatus(await call('setUserProperty', { path, json: { value: 'the old user' } }), 200);
    const old = await details(name);
    expectStatus(await call('deleteUser', { path: { userName: name } }), 200);
    await addOwnedUser('again', { name });
    const reply = await call('getUserDetails', { path: { userName: name } });
    const again = expectStatus(reply, 200);
    expectThat(
      reply,
      again.key !== old.key,
      `the user added again under ${name} has the deleted user's key ${old.key}`,
    );
    if (has('hasAccessToUseConfluence'))
      expectThat(reply, again.hasAccessToUseConfluence === true, 'the user added again has no access');
    const property = await call('getUserProperty', { path });
    expectThat(
      property,
      property.status === 404,
      `the user added again reads the deleted user's property: ${property.status} ${JSON.stringify(property.body)}`,
    );
  });

  check(CHECK.effects.loginTraces, effects({ fields: [['UserDetails', 'lastSuccessfulLoginDate']] }), async () => {
    const name = await addOwnedUser('trace', { login: true });
    const fresh = await details(name);
    const reply = await call('getUserDetails', { path: { userName: name } });
    expectThat(
      reply,
      fresh.lastSuccessfulLoginDate === null &&
        fresh.lastSuccessfulLoginDateString === null &&
        fresh.lastFailedLoginDate === null &&
        fresh.lastFailedLoginDateString === null,
      `a new user has login dates: ${JSON.stringify({ ok: fresh.lastSuccessfulLoginDate, failed: fresh.lastFailedLoginDate })}`,
    );
    const credentials = credentialsOf(name);
    await expectLogIn(credentials, 403, 'a login');
    const afterLogin = await details(name);
    expectThat(
      reply,
      afterLogin.lastSuccessfulLoginDate !== null &&
        afterLogin.lastSuccessfulLoginDateString !== null &&
        afterLogin.lastSuccessfulLoginDate! >= fresh.createdDate,
      `after a login lastSuccessfulLoginDate is ${afterLogin.lastSuccessfulLoginDate} (${JSON.stringify(afterLogin.lastSuccessfulLoginDateString)}), created ${fresh.createdDate}`,
    );
    await expectLogIn({ ...credentials, password: `${credentials.password}-wrong` }, 401, 'a wrong password');
    const afterFailure = await details(name);
    expectThat(
      reply,
      afterFailure.lastFailedLoginDate !== null && afterFailure.lastFailedLoginDateString !== null,
      `after a failed login lastFailedLoginDate is ${afterFailure.lastFailedLoginDate} (${JSON.stringify(afterFailure.lastFailedLoginDateString)})`,
    );
  });
});
