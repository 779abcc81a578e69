// Every method against the Prism mock of the bundled spec (started by test/support/prism-setup.ts).
import { readFileSync } from 'node:fs';
import { inject, describe, expect, it } from 'vitest';
import { bundledSpecJsonPath } from '@extender-users/spec';
import {
  BadRequestError,
  CaptchaRequiredError,
  ConflictError,
  createExtenderUsersClient,
  NotFoundError,
  UnauthorizedError,
} from '../src/index.js';
import { uploadAvatarFromFile } from '../src/node/index.js';

const baseUrl = inject('prismUrl');
const client = createExtenderUsersClient({ baseUrl, auth: { username: 'admin', password: 'admin' }, retry: false });
const spec = JSON.parse(readFileSync(bundledSpecJsonPath, 'utf8'));
const exampleOf = (name: string) => spec.components.examples[name].value;

describe('against the Prism mock', () => {
  it('users.list returns the documented page', async () => {
    await expect(client.users.list()).resolves.toEqual(exampleOf('UserNamesPage'));
  });

  it('users.get returns the documented details', async () => {
    await expect(client.users.get('admin', { dateFormat: 'dd.MM.yyyy' })).resolves.toEqual(
      exampleOf('UserDetailsAdmin'),
    );
  });

  it('users.listWithAccess returns the documented page, iterateWithAccess walks it', async () => {
    await expect(client.users.listWithAccess()).resolves.toEqual(exampleOf('UserNamesPage'));
    const names: string[] = [];
    for await (const u of client.users.iterateWithAccess({ pageSize: 50 })) names.push(u.name);
    expect(names).toEqual(exampleOf('UserNamesPage').users.map((u: { name: string }) => u.name));
  });

  it('a server without getUsersWithConfluenceAccess (the documented 404) is an UnsupportedOperationError', async () => {
    const old = createExtenderUsersClient({
      baseUrl,
      auth: { token: 't' },
      retry: false,
      fetch: (r) => {
        r.headers.set('Prefer', 'code=404');
        return fetch(r);
      },
    });
    await expect(old.users.listWithAccess()).rejects.toMatchObject({ kind: 'unsupported-operation', status: 404 });
  });

  it('iterate walks the mock page and ends', async () => {
    const names: string[] = [];
    for await (const u of client.users.iterate({ pageSize: 50, concurrency: 3 })) names.push(u.name);
    expect(names).toEqual(['new_user', 'admin']);
  });

  it('every write operation answers its documented message', async () => {
    await expect(
      client.users.add({ name: 'jdoe', fullName: 'John Doe', email: 'jdoe@acme.test', groups: ['developers'] }),
    ).resolves.toEqual({
      message: 'User jdoe (John Doe) was created',
    });
    await expect(client.users.rename('test_user', 'test_user_new_name')).resolves.toHaveProperty('message');
    await expect(client.users.changeDetails('test_user', { fullName: 'T U' })).resolves.toEqual({
      message: "User 'test_user' was changed",
    });
    await expect(client.users.deactivate('jdoe')).resolves.toHaveProperty('message');
    await expect(client.users.activate('jdoe')).resolves.toHaveProperty('message');
    await expect(client.users.delete('jdoe')).resolves.toHaveProperty('message');
    await expect(client.properties.set('admin', 'user.organisation.position.full.name', 'CIO')).resolves.toEqual({
      message: 'success',
    });
    await expect(client.properties.get('admin', 'user.organisation.position.full.name')).resolves.toBe(
      'Chief Information Officer',
    );
    await expect(client.avatars.setBase64('rick', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).resolves.toEqual({
      message: 'avatar changed',
    });
    await expect(
      client.avatars.upload('rick', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
    ).resolves.toEqual({ message: 'avatar changed' });
  });

  it('the Node helper uploads a file from disk', async () => {
    const path = new URL('./fixtures/avatar.png', import.meta.url);
    await expect(uploadAvatarFromFile(client, 'rick', path.pathname)).resolves.toEqual({ message: 'avatar changed' });
  });

  it('invalid input the spec forbids comes back as a BadRequestError', async () => {
    await expect(client.users.list({ startAt: -1 })).rejects.toBeInstanceOf(BadRequestError);
    await expect(client.users.add({ name: 'x', fullName: 'X', email: 'not-an-email' })).rejects.toBeInstanceOf(
      BadRequestError,
    );
  });

  it('no credentials is a 401: Prism sends the spec example of X-Seraph-LoginReason, and the error follows it', async () => {
    const anonymous = createExtenderUsersClient({
      baseUrl,
      auth: { token: 'x' },
      fetch: (r) => {
        r.headers.delete('authorization');
        return fetch(r);
      },
      retry: false,
    });
    const reason = spec.components.headers.XSeraphLoginReason.example;
    await expect(anonymous.users.list()).rejects.toBeInstanceOf(
      reason === 'AUTHENTICATION_DENIED' ? CaptchaRequiredError : UnauthorizedError,
    );
  });

  it('a documented error status chosen with Prefer comes back typed', async () => {
    const preferring = (code: number) =>
      createExtenderUsersClient({
        baseUrl,
        auth: { token: 't' },
        retry: false,
        fetch: (r) => {
          r.headers.set('Prefer', `code=${code}`);
          return fetch(r);
        },
      });
    await expect(preferring(404).users.get('ghost')).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      preferring(409).users.add({ name: 'admin', fullName: 'A', email: 'a@acme.test' }),
    ).rejects.toMatchObject({ kind: 'conflict', serverMessage: "User 'admin' already exists" });
    await expect(preferring(409).users.rename('a', 'admin')).rejects.toBeInstanceOf(ConflictError);
    await expect(preferring(429).users.list()).rejects.toMatchObject({ kind: 'rate-limited', retryAfterMs: 5000 });
  });
});
