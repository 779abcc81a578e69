// Write checks: the lifecycle of a disposable user, every write operation's success and refusals,
// and the version-dependent listing of deactivated users. Only users the suite creates are touched
// (`contract-` names, enforced in http.ts), and every user it may have created is deleted
// afterwards, even when a check fails. Without writes allowed, each check is left out and nothing
// is sent.
import { afterAll, describe } from 'vitest';
import { expectConforms, expectRefused, expectShape, expectStatus, expectThat } from '../support/check.js';
import { check, type Needs } from '../support/checks.js';
import { ownName } from '../support/http.js';
import { listAllNames } from '../support/listing.js';
import { call, callUnchecked, writeOperations, type UncheckedArgs } from '../support/operations.js';
import { newUser, samples } from '../support/samples.js';
import { target } from '../support/settings.js';
import { addOwnedUser, deleteCreatedUsers, remember, sharedUser } from '../support/users.js';
import { behaviourOf } from '../support/version.js';

afterAll(deleteCreatedUsers);

const writes = (needs: Omit<Needs, 'writes'> = {}): Needs => ({ writes: true, ...needs });

describe('lifecycle of a disposable user', () => {
  const name = ownName('life');
  const renamed = `${name}-renamed`;
  const sent = newUser(name);
  let key = '';

  check('addUser creates it', writes({ state: true }), async () => {
    remember(name);
    const r = await call('addUser', { json: sent });
    expectStatus(r, 200);
    expectConforms(r);
  });

  check('getUserDetails reads it back as sent', writes({ state: true, operations: ['getUserDetails'] }), async () => {
    const r = await call('getUserDetails', { path: { userName: name } });
    expectStatus(r, 200);
    const u = expectShape(r, 'UserDetails');
    key = u.key;
    expectThat(r, u.name === name && u.fullName === sent.fullName && u.email === sent.email, `read back ${JSON.stringify({ name: u.name, fullName: u.fullName, email: u.email })}`);
  });

  check('addUser with the same name is a 409', writes({ state: true }), async () => {
    expectRefused(await call('addUser', { json: newUser(name) }), [409]);
  });

  check('renameUser renames it, keeping its key; the old name is a 404', writes({ state: true, operations: ['getUserDetails'] }), async () => {
    remember(renamed);
    const r = await call('renameUser', { path: { userName: name }, json: { name: renamed } });
    expectStatus(r, 200);
    expectConforms(r);
    const after = await call('getUserDetails', { path: { userName: renamed } });
    expectThat(r, expectStatus(after, 200).key === key, 'the key changed on rename');
    expectRefused(await call('getUserDetails', { path: { userName: name } }), [404]);
  });

  check('changeUserDetails changes one field and keeps the others', writes({ state: true, operations: ['getUserDetails'] }), async () => {
    const r = await call('changeUserDetails', { path: { userName: renamed }, json: { fullName: 'Contract Test User Changed' } });
    expectStatus(r, 200);
    expectConforms(r);
    const after = expectStatus(await call('getUserDetails', { path: { userName: renamed } }), 200);
    expectThat(r, after.fullName === 'Contract Test User Changed' && after.email === sent.email, `after the change: ${JSON.stringify({ fullName: after.fullName, email: after.email })}`);
  });

  check('setUserProperty and getUserProperty round-trip a value', writes({ state: true, operations: ['setUserProperty', 'getUserProperty'] }), async () => {
    const path = { userName: renamed, propertyKey: 'contract.test.key' };
    const set = await call('setUserProperty', { path, json: { value: 'contract value ✓' } });
    expectStatus(set, 200);
    expectConforms(set);
    const get = await call('getUserProperty', { path });
    const value = expectStatus(get, 200);
    expectConforms(get);
    expectThat(get, value.value === 'contract value ✓', `read back ${JSON.stringify(get.body)}`);
  });

  check('deactivateUser takes access away; activateUser gives it back', writes({ state: true, operations: ['getUserDetails'], fields: [['UserDetails', 'hasAccessToUseConfluence']] }), async () => {
    const off = await call('deactivateUser', { path: { userName: renamed } });
    expectStatus(off, 200);
    expectConforms(off);
    const during = expectStatus(await call('getUserDetails', { path: { userName: renamed } }), 200);
    expectThat(off, during.hasAccessToUseConfluence === false, 'still has access after deactivation');
    const on = await call('activateUser', { path: { userName: renamed } });
    expectStatus(on, 200);
    expectConforms(on);
    const after = expectStatus(await call('getUserDetails', { path: { userName: renamed } }), 200);
    expectThat(on, after.hasAccessToUseConfluence === true, 'no access after activation');
  });

  check('deleteUser deletes it; it is then a 404', writes({ state: true, operations: ['getUserDetails'] }), async () => {
    const r = await call('deleteUser', { path: { userName: renamed } });
    expectStatus(r, 200);
    expectConforms(r);
    expectRefused(await call('getUserDetails', { path: { userName: renamed } }), [404]);
  });
});

describe('every write operation', () => {
  for (const op of writeOperations) {
    check(`${op}: a valid request succeeds with its documented answer`, writes({ operations: [op] }), async () => {
      // Each on a fresh user of its own (addUser makes one); a rename's new name is remembered too.
      const user = op === 'addUser' ? remember(ownName('ok')) : await addOwnedUser('ok');
      remember(`${user}-renamed`);
      const r = await callUnchecked(op, samples[op](user) as UncheckedArgs);
      expectStatus(r, 200);
      expectConforms(r);
    });
  }

});

describe('who the listings show: a deactivated user', () => {
  const deactivated = sharedUser('off', async (name) => {
    expectStatus(await call('deactivateUser', { path: { userName: name } }), 200);
  });

  check('getUsers lists it or not, as the version says (listedUsers)', writes({ state: true, behaviour: ['getUsers', 'listedUsers'] }), async () => {
    const name = await deactivated();
    const listsAll = behaviourOf('getUsers', 'listedUsers') === 'all';
    const listed = (await listAllNames('getUsers')).includes(name);
    const r = await call('getUsers', { query: { maxResults: 1 } });
    expectThat(r, listed === listsAll, `getUsers ${listed ? 'lists' : 'does not list'} the deactivated user ${name}, but on ${target.version} it lists ${listsAll ? 'all users, deactivated ones too' : 'only users with access'}`);
  });

  check('getUsersWithConfluenceAccess never lists it', writes({ state: true, operations: ['getUsersWithConfluenceAccess'] }), async () => {
    const name = await deactivated();
    const r = await call('getUsersWithConfluenceAccess', { query: { maxResults: 1 } });
    expectThat(r, !(await listAllNames('getUsersWithConfluenceAccess')).includes(name), `getUsersWithConfluenceAccess lists the deactivated user ${name}`);
  });
});
