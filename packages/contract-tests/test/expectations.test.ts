// Every assertion of the suite can fail: each helper is given an answer that breaks its rule
// (and one that keeps it). The answers are made here; nothing is sent.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OperationId, Schemas } from '@extender-users/api-types';
import {
  ContractViolation,
  expectConforms,
  expectDocumented,
  expectNoSecrets,
  expectRefused,
  expectShape,
  expectStatus,
  expectThat,
} from '../suite/support/expectations.js';
import { assertOwned } from '../suite/support/http.js';
import {
  call,
  listingOperations,
  oneUserOperations,
  readOperations,
  writeOperations,
  type Reply,
} from '../suite/support/operations.js';
import { samples } from '../suite/support/samples.js';

const json = 'application/json';
const page = { total: 1, maxResults: 50, startAt: 0, users: [{ name: 'admin' }] };
const reply = <K extends OperationId>(
  operationId: K,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Reply<K> => ({ operationId, status, body, headers, contentType: json });

describe('the assertion helpers fail when their rule is broken', () => {
  it('expectThat', () => {
    expect(() => expectThat(reply('getUsers', 200, page), false, 'it broke')).toThrow(
      new ContractViolation('getUsers 200: it broke'),
    );
    expect(() => expectThat(reply('getUsers', 200, page), true, 'it broke')).not.toThrow();
  });

  it('expectStatus', () => {
    expect(() => expectStatus(reply('getUsers', 400, { message: 'bad startAt' }), 200)).toThrow(
      'getUsers 400: expected 200 but got 400 (bad startAt)',
    );
    expect(expectStatus(reply('getUsers', 200, page), 200)).toEqual(page);
  });

  it('expectStatus says when an operation the version has answers 404', () => {
    expect(() => expectStatus(reply('getUserDetails', 404, { message: 'No such resource' }), 200)).toThrow(
      'getUserDetails 404: expected 200 but got 404 (No such resource) — getUserDetails is in 2.13.0 (since 2.0.1) but the server answers 404: is it really 2.13.0?',
    );
  });

  it('expectDocumented', () => {
    expect(() => expectDocumented(reply('getUsers', 418, {}))).toThrow(
      'getUsers 418: status 418 is not documented for getUsers',
    );
    expect(() => expectDocumented(reply('getUsers', 200, page))).not.toThrow();
  });

  it('expectConforms: the body, the content type and the required headers', () => {
    expect(() => expectConforms(reply('getUsers', 200, { ...page, total: '1' }))).toThrow(
      /getUsers 200: #\/components\/schemas\/User\w*Page\/properties\/total\/type: \/total must be integer/,
    );
    expect(() => expectConforms({ ...reply('getUsers', 200, page), contentType: 'text/html' })).toThrow(
      /content type 'text\/html' is not documented/,
    );
    expect(() => expectConforms(reply('getUsers', 429, { message: 'slow down' }))).toThrow(
      'getUsers 429: header Retry-After is required for 429 but missing',
    );
    expect(() =>
      expectConforms(reply('getUsers', 429, { message: 'slow down' }, { 'retry-after': '1' })),
    ).not.toThrow();
    expect(() => expectConforms(reply('getUsers', 200, page))).not.toThrow();
  });

  it('expectShape', () => {
    expect(() => expectShape(reply('getUsers', 200, page), 'UserBasicPage')).toThrow(
      /getUsers 200: #\/components\/schemas\/UserBasic\/required: \/users\/0 must have required property/,
    );
    expectTypeOf(expectShape(reply('getUsers', 200, page), 'UserNamesPage')).toEqualTypeOf<Schemas['UserNamesPage']>();
  });

  it('expectRefused', () => {
    expect(() => expectRefused(reply('getUsers', 200, page), [400])).toThrow('getUsers 200: expected 400 but got 200');
    expect(() => expectRefused(reply('getUsers', 500, { message: 'oops' }), [400])).toThrow(
      'getUsers 500: expected 400 but got 500 (oops)',
    );
    expect(() => expectRefused(reply('getUsers', 400, { message: 'bad' }), [400])).not.toThrow();
  });

  it('expectNoSecrets', () => {
    expect(() => expectNoSecrets(reply('getUserDetails', 200, { name: 'a', password: 'x' }))).toThrow(
      'getUserDetails 200: the response carries a password field',
    );
    expect(() =>
      expectNoSecrets(reply('getUserDetails', 200, { name: 'a', note: '$2b$10$abcdefghijklmnopqrstuv' })),
    ).toThrow('getUserDetails 200: the response carries a password hash');
    expect(() => expectNoSecrets(reply('getUserDetails', 200, { name: 'a' }))).not.toThrow();
  });
});

describe('the write guard', () => {
  it('refuses a write that names a user the suite did not create, or names none', () => {
    expect(() => assertOwned({ method: 'DELETE', path: '/x', userNames: ['admin'] })).toThrow(
      "Refusing DELETE /x: the suite only changes users it created (contract-*), not 'admin'",
    );
    expect(() => assertOwned({ method: 'POST', path: '/x', userNames: ['contract-a', 'jsmith'] })).toThrow(
      /not 'jsmith'/,
    );
    expect(() => assertOwned({ method: 'PUT', path: '/x', userNames: [] })).toThrow(
      /the suite only changes users it created/,
    );
    expect(() =>
      assertOwned({ method: 'POST', path: '/x', userNames: ['contract-a', 'contract-a-renamed'] }),
    ).not.toThrow();
    expect(() => assertOwned({ method: 'GET', path: '/x', userNames: ['admin'] })).not.toThrow();
  });

  it('is applied to typed calls before anything is sent: the path user and the body name', async () => {
    await expect(call('deleteUser', { path: { userName: 'admin' } })).rejects.toThrow(
      /Refusing DELETE \/rest\/extender\/1\.0\/user\/delete\/admin/,
    );
    await expect(call('addUser', samples.addUser('jsmith'))).rejects.toThrow(/not 'jsmith'/);
    await expect(call('renameUser', { path: { userName: 'contract-a' }, json: { name: 'jsmith' } })).rejects.toThrow(
      /not 'jsmith'/,
    );
  });
});

describe('operations come from the operation table', () => {
  it('splits every operation into reads and writes, and finds the listings and the one-user operations', () => {
    expect([...readOperations, ...writeOperations].sort()).toEqual(Object.keys(samples).sort());
    expect(listingOperations.length).toBeGreaterThan(0);
    expect(oneUserOperations).not.toContain('addUser');
  });

  it('types every call by operationId: a misspelled operation, parameter or field does not compile', () => {
    // Only compiled (by `npm run lint`), never called.
    const misspelled = () => [
      // @ts-expect-error no operation getUser
      call('getUser', {}),
      // @ts-expect-error getUsers has no query parameter maxResult
      call('getUsers', { query: { maxResult: 5 } }),
      // @ts-expect-error getUserDetails needs its path parameter
      call('getUserDetails', {}),
      // @ts-expect-error renameUser's body is { name }
      call('renameUser', { path: { userName: 'contract-a' }, json: { newName: 'contract-b' } }),
    ];
    expectTypeOf(misspelled).toBeFunction();
    expectTypeOf(expectStatus<'getUserDetails', 200>).returns.toEqualTypeOf<Schemas['UserDetails']>();
  });
});
