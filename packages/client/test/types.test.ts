// Type tests: checked by `tsc --noEmit` (npm run lint) and run as ordinary tests by vitest.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createExtenderUsersClient,
  type UserBasic,
  type UserDetails,
  type UserExtended,
  type UserNameOnly,
  type UserPage,
} from '../src/index.js';

// The fetch answers an empty page that also holds a message and a property value, so the calls made
// here only for their types succeed at run time.
const client = createExtenderUsersClient({
  baseUrl: 'http://127.0.0.1:1',
  auth: { token: 't' },
  fetch: async () => Response.json({ total: 0, maxResults: 50, startAt: 0, users: [], message: 'ok', value: 'v' }),
});

describe('types', () => {
  it('the detail level narrows the listed user type', () => {
    expectTypeOf(client.users.list()).resolves.toEqualTypeOf<UserPage<'name'>>();
    expectTypeOf(client.users.list({ detail: 'name' }))
      .resolves.toHaveProperty('users')
      .items.toEqualTypeOf<UserNameOnly>();
    expectTypeOf(client.users.list({ detail: 'basic' }))
      .resolves.toHaveProperty('users')
      .items.toEqualTypeOf<UserBasic>();
    expectTypeOf(client.users.list({ detail: 'extended' }))
      .resolves.toHaveProperty('users')
      .items.toEqualTypeOf<UserExtended>();
    expectTypeOf(client.users.iterate({ detail: 'basic' })).toEqualTypeOf<AsyncGenerator<UserBasic, void, undefined>>();
    expectTypeOf(client.users.listWithAccess({ detail: 'extended' }))
      .resolves.toHaveProperty('users')
      .items.toEqualTypeOf<UserExtended>();
    expectTypeOf(client.users.iterateWithAccess({ detail: 'basic' })).toEqualTypeOf<
      AsyncGenerator<UserBasic, void, undefined>
    >();
    expectTypeOf(client.users.iterateWithAccess()).toEqualTypeOf<AsyncGenerator<UserNameOnly, void, undefined>>();
    expectTypeOf<UserNameOnly>().not.toHaveProperty('email');
    expectTypeOf<UserBasic>().toHaveProperty('email').toEqualTypeOf<string>();
    expectTypeOf<UserBasic>().not.toHaveProperty('business');
    expectTypeOf<UserExtended>().toHaveProperty('lastSuccessfulLoginDate').toEqualTypeOf<number | null>();
  });

  it('results are typed', () => {
    expectTypeOf(client.users.get('admin')).resolves.toEqualTypeOf<UserDetails>();
    expectTypeOf(client.properties.get('admin', 'k')).resolves.toEqualTypeOf<string>();
    expectTypeOf(client.users.delete('x')).resolves.toEqualTypeOf<{ message: string }>();
  });

  it('wrong paths, params and bodies do not compile', () => {
    const compileOnly = () => {
      // @ts-expect-error an unknown detail level
      void client.users.list({ detail: 'full' });
      // @ts-expect-error startAt is a number
      void client.users.list({ startAt: '0' });
      // @ts-expect-error email is required to add a user
      void client.users.add({ name: 'a', fullName: 'A' });
      // @ts-expect-error unknown fields are refused
      void client.users.add({ name: 'a', fullName: 'A', email: 'a@b.c', admin: true });
      // @ts-expect-error groups is a list of names
      void client.users.add({ name: 'a', fullName: 'A', email: 'a@b.c', groups: 'g' });
      // @ts-expect-error changeDetails needs at least one field
      void client.users.changeDetails('a', {});
      // @ts-expect-error the user name is required
      void client.users.rename('a');
      // @ts-expect-error a path that is not in the spec
      void client.raw.GET('/rest/extender/1.0/user/nothing');
      // @ts-expect-error getUsers has no such query parameter (showDetails was removed in 2.8.0)
      void client.raw.GET('/rest/extender/1.0/user/getUsers', { params: { query: { showDetails: true } } });
      const propertyPath = '/rest/extender/1.0/user/property/{userName}/{propertyKey}';
      // @ts-expect-error the property path needs both parameters
      void client.raw.GET(propertyPath, { params: { path: { userName: 'a' } } });
    };
    expectTypeOf(compileOnly).toBeFunction();
    expectTypeOf(client.users.changeDetails).toBeCallableWith('a', { password: 'p' });
    expectTypeOf(client.users.changeDetails).toBeCallableWith('a', { fullName: 'F', email: 'e@x.test' });
  });
});
