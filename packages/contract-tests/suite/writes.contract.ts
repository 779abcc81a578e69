// Write checks: the lifecycle of a disposable user and the refusals of the write operations.
// Only users the suite creates are touched (`contract-` names, enforced in http.ts), and every
// user it may have created is deleted afterwards, even when a check fails.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectConforms, expectRefused, expectStatus, expectThat } from './support/check.js';
import { ownName, PREFIX, send, type Reply } from './support/http.js';
import { target, when } from './support/target.js';

// A 1×1 PNG, and one padded past the documented 1 MiB limit.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const BIG_PNG = Buffer.concat([PNG, Buffer.alloc(1024 * 1024 + 1024)]);

const created = new Set<string>();
const userPath = (op: string, name: string) => `${PREFIX}/${op}/${encodeURIComponent(name)}`;
const newUser = (name: string) => ({ name, fullName: 'Contract Test User', email: `${name}@example.org`, password: `Pw-${Math.random().toString(36).slice(2)}-9` });

async function add(name: string, body: unknown = newUser(name)): Promise<Reply> {
  created.add(name);
  return send('PUT', `${PREFIX}/add`, { json: body });
}

afterAll(async () => {
  if (!target.stateful) return;
  for (const name of created) await send('DELETE', userPath('delete', name)).catch(() => undefined);
});

const statefulDescribe = when(target.stateful && target.writes, describe);
const statelessDescribe = when(!target.stateful && target.writes, describe);

statefulDescribe('lifecycle of a disposable user', () => {
  const name = ownName('life');
  const renamed = `${name}-renamed`;
  const sent = newUser(name);
  let key = '';

  it('addUser creates it', async () => {
    const r = await add(name, sent);
    expectStatus('addUser', r, 200);
    expectConforms('addUser', r);
  });

  it('getUserDetails reads it back as sent', async () => {
    const r = await send('GET', userPath('getUserDetails', name));
    expectStatus('getUserDetails', r, 200);
    const u = r.body as { name: string; fullName: string; email: string; key: string; hasAccessToUseConfluence: boolean };
    key = u.key;
    expectConforms('getUserDetails', r, 'UserDetails');
    expectThat('getUserDetails', r, u.name === name && u.fullName === sent.fullName && u.email === sent.email, `read back ${JSON.stringify({ name: u.name, fullName: u.fullName, email: u.email })}`);
    expectThat('getUserDetails', r, u.hasAccessToUseConfluence, 'a new user has no access');
  });

  it('addUser with the same name is a 409', async () => {
    expectRefused('addUser', await add(name), [409]);
  });

  it('renameUser renames it, keeping its key', async () => {
    created.add(renamed);
    const r = await send('POST', userPath('rename', name), { json: { name: renamed } });
    expectStatus('renameUser', r, 200);
    expectConforms('renameUser', r);
    const after = await send('GET', userPath('getUserDetails', renamed));
    expectStatus('getUserDetails', after, 200);
    expectThat('renameUser', r, (after.body as { key: string }).key === key, 'the key changed on rename');
    expectRefused('getUserDetails', await send('GET', userPath('getUserDetails', name)), [404]);
  });

  it('changeUserDetails changes one field and keeps the others', async () => {
    const r = await send('POST', userPath('changeDetails', renamed), { json: { fullName: 'Contract Test User Changed' } });
    expectStatus('changeUserDetails', r, 200);
    expectConforms('changeUserDetails', r);
    const after = (await send('GET', userPath('getUserDetails', renamed))).body as { fullName: string; email: string };
    expectThat('changeUserDetails', r, after.fullName === 'Contract Test User Changed' && after.email === sent.email, `after the change: ${JSON.stringify(after)}`);
  });

  it('setUserProperty and getUserProperty round-trip a value', async () => {
    const path = `${PREFIX}/property/${encodeURIComponent(renamed)}/contract.test.key`;
    const set = await send('PUT', path, { json: { value: 'contract value ✓' } });
    expectStatus('setUserProperty', set, 200);
    expectConforms('setUserProperty', set);
    const get = await send('GET', path);
    expectStatus('getUserProperty', get, 200);
    expectConforms('getUserProperty', get);
    expectThat('getUserProperty', get, (get.body as { value: string }).value === 'contract value ✓', `read back ${JSON.stringify(get.body)}`);
  });

  it('setUserAvatarBase64 and setUserAvatarImage accept a PNG', async () => {
    const b64 = await send('PUT', userPath('avatar/base64', renamed), { json: { string: PNG.toString('base64') } });
    expectStatus('setUserAvatarBase64', b64, 200);
    expectConforms('setUserAvatarBase64', b64);
    const img = await send('PUT', userPath('avatar/image', renamed), { multipart: { field: 'file', bytes: PNG, fileName: 'avatar.png', contentType: 'image/png' } });
    expectStatus('setUserAvatarImage', img, 200);
    expectConforms('setUserAvatarImage', img);
  });

  it('deactivateUser takes access away; activateUser gives it back', async () => {
    const off = await send('POST', userPath('deactivate', renamed));
    expectStatus('deactivateUser', off, 200);
    expectConforms('deactivateUser', off);
    const during = await send('GET', userPath('getUserDetails', renamed));
    expectThat('deactivateUser', off, (during.body as { hasAccessToUseConfluence: boolean }).hasAccessToUseConfluence === false, 'still has access after deactivation');
    const on = await send('POST', userPath('activate', renamed));
    expectStatus('activateUser', on, 200);
    expectConforms('activateUser', on);
    const after = await send('GET', userPath('getUserDetails', renamed));
    expectThat('activateUser', on, (after.body as { hasAccessToUseConfluence: boolean }).hasAccessToUseConfluence === true, 'no access after activation');
  });

  it('deleteUser deletes it; it is then a 404', async () => {
    const r = await send('DELETE', userPath('delete', renamed));
    expectStatus('deleteUser', r, 200);
    expectConforms('deleteUser', r);
    expectRefused('getUserDetails', await send('GET', userPath('getUserDetails', renamed)), [404]);
  });
});

statelessDescribe('every write operation on the mock', () => {
  it('answers a valid request with its documented success', async () => {
    const name = ownName('mock');
    const calls: [string, Promise<Reply>][] = [
      ['addUser', add(name)],
      ['renameUser', send('POST', userPath('rename', name), { json: { name: `${name}-2` } })],
      ['changeUserDetails', send('POST', userPath('changeDetails', name), { json: { email: `${name}@example.org` } })],
      ['deleteUser', send('DELETE', userPath('delete', name))],
      ['activateUser', send('POST', userPath('activate', name))],
      ['deactivateUser', send('POST', userPath('deactivate', name))],
      ['setUserProperty', send('PUT', `${PREFIX}/property/${name}/contract.key`, { json: { value: 'v' } })],
      ['setUserAvatarBase64', send('PUT', userPath('avatar/base64', name), { json: { string: PNG.toString('base64') } })],
      ['setUserAvatarImage', send('PUT', userPath('avatar/image', name), { multipart: { field: 'file', bytes: PNG, fileName: 'a.png', contentType: 'image/png' } })],
    ];
    for (const [op, call] of calls) {
      const r = await call;
      expectStatus(op, r, 200);
      expectConforms(op, r);
    }
  });
});

when(target.writes, describe)('refusals of the write operations', () => {
  const victim = ownName('neg');
  beforeAll(async () => {
    if (target.stateful) expectStatus('addUser', await add(victim), 200);
  });

  it('addUser refuses a missing field, an unknown field and a wrong type with 400', async () => {
    const base = newUser(ownName('bad'));
    const { email: _email, ...missing } = base;
    for (const body of [missing, { ...base, name: ownName('bad'), isAdmin: true }, { ...base, name: ownName('bad'), groups: 'developers' }, { ...base, name: ownName('bad'), sendMail: 'yes' }]) {
      expectRefused('addUser', await add((body as { name: string }).name, body), [400]);
    }
  });

  it('renameUser, changeUserDetails and setUserProperty refuse invalid bodies with 400', async () => {
    expectRefused('renameUser', await send('POST', userPath('rename', victim), { json: {} }), [400]);
    expectRefused('renameUser', await send('POST', userPath('rename', victim), { json: { name: 42 } }), [400]);
    expectRefused('changeUserDetails', await send('POST', userPath('changeDetails', victim), { json: {} }), [400]);
    expectRefused('changeUserDetails', await send('POST', userPath('changeDetails', victim), { json: { email: 'not-an-email' } }), [400]);
    expectRefused('setUserProperty', await send('PUT', `${PREFIX}/property/${victim}/contract.key`, { json: { value: 5 } }), [400]);
    expectRefused('setUserProperty', await send('PUT', `${PREFIX}/property/${victim}/contract.key`, { json: {} }), [400]);
  });

  it('no credentials is a 401 on every write', async () => {
    const auth = null;
    const anon = ownName('anon');
    created.add(anon);
    expectRefused('addUser', await send('PUT', `${PREFIX}/add`, { auth, json: newUser(anon) }), [401]);
    expectRefused('renameUser', await send('POST', userPath('rename', victim), { auth, json: { name: `${victim}-x` } }), [401]);
    expectRefused('changeUserDetails', await send('POST', userPath('changeDetails', victim), { auth, json: { fullName: 'X' } }), [401]);
    expectRefused('deleteUser', await send('DELETE', userPath('delete', victim), { auth }), [401]);
    expectRefused('activateUser', await send('POST', userPath('activate', victim), { auth }), [401]);
    expectRefused('deactivateUser', await send('POST', userPath('deactivate', victim), { auth }), [401]);
    expectRefused('setUserProperty', await send('PUT', `${PREFIX}/property/${victim}/contract.key`, { auth, json: { value: 'v' } }), [401]);
    expectRefused('setUserAvatarBase64', await send('PUT', userPath('avatar/base64', victim), { auth, json: { string: PNG.toString('base64') } }), [401]);
    expectRefused('setUserAvatarImage', await send('PUT', userPath('avatar/image', victim), { auth, multipart: { field: 'file', bytes: PNG, fileName: 'a.png', contentType: 'image/png' } }), [401]);
  });

  when(target.stateful, it)('a write to an unknown user is a 404', async () => {
    const ghost = `${ownName('ghost')}`;
    expectRefused('renameUser', await send('POST', userPath('rename', ghost), { json: { name: `${ghost}-x` } }), [404]);
    expectRefused('changeUserDetails', await send('POST', userPath('changeDetails', ghost), { json: { fullName: 'X' } }), [404]);
    expectRefused('deleteUser', await send('DELETE', userPath('delete', ghost)), [404]);
    expectRefused('activateUser', await send('POST', userPath('activate', ghost)), [404]);
    expectRefused('deactivateUser', await send('POST', userPath('deactivate', ghost)), [404]);
    expectRefused('setUserProperty', await send('PUT', `${PREFIX}/property/${ghost}/contract.key`, { json: { value: 'v' } }), [404]);
    expectRefused('setUserAvatarBase64', await send('PUT', userPath('avatar/base64', ghost), { json: { string: PNG.toString('base64') } }), [404]);
  });

  when(target.stateful, it)('avatars that are not images are a 415, and too large ones a 413', async () => {
    const text = Buffer.from('this is not an image at all');
    expectRefused('setUserAvatarBase64', await send('PUT', userPath('avatar/base64', victim), { json: { string: text.toString('base64') } }), [415]);
    expectRefused('setUserAvatarImage', await send('PUT', userPath('avatar/image', victim), { multipart: { field: 'file', bytes: text, fileName: 'a.png', contentType: 'image/png' } }), [415]);
    expectRefused('setUserAvatarImage', await send('PUT', userPath('avatar/image', victim), { multipart: { field: 'file', bytes: BIG_PNG, fileName: 'big.png', contentType: 'image/png' } }), [413]);
  });

  when(target.nonAdmin !== undefined, it)('a non-administrator is refused with 403 on writes', async () => {
    const auth = target.nonAdmin!;
    const nonAdminName = ownName('nonadmin');
    created.add(nonAdminName);
    expectRefused('addUser', await send('PUT', `${PREFIX}/add`, { auth, json: newUser(nonAdminName) }), [403]);
    expectRefused('deactivateUser', await send('POST', userPath('deactivate', victim), { auth }), [403]);
    expectRefused('setUserProperty', await send('PUT', `${PREFIX}/property/${victim}/contract.key`, { auth, json: { value: 'v' } }), [403]);
  });
});
