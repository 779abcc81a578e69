// What real instances answered (@extender-users/test-support/field-evidence), parsed by the client
// without complaint: a field beside the page (`status`), keys in another order than documented,
// `business`/`personal` as one-element arrays, date strings as the capture has them.
import { describe, expect, it } from 'vitest';
import { capturedAnswers, clientRequests, isOfKind } from '@extender-users/test-support/field-evidence';
import { userDates } from '../src/dates/index.js';
import { createExtenderUsersClient, type UserExtended } from '../src/index.js';
import { json, scriptedFetch } from './support/fake-fetch.js';

describe.each(capturedAnswers.map((a) => [a.id, a] as const))('the captured answer %s', (_, captured) => {
  const answer = () =>
    new Response(captured.body, { status: captured.status, headers: { 'content-type': 'application/json' } });
  const recorded = JSON.parse(captured.body) as { total: number; users: UserExtended[] };

  it('is one page of users.list, every user as recorded', async () => {
    const { fetch } = scriptedFetch(answer);
    const client = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' }, fetch, retry: false });
    const page = await client.users.list({ detail: 'extended' });
    expect(page.total).toBe(recorded.total);
    expect(page.users).toEqual(recorded.users);
    const [user] = page.users;
    expect(user!.lastSuccessfulLoginDateString).toBe(recorded.users[0]!.lastSuccessfulLoginDateString);
    expect(userDates(user!).lastSuccessfulLoginDate?.getTime()).toBe(recorded.users[0]!.lastSuccessfulLoginDate);
  });

  it('is walked by users.iterate to its end, each user once', async () => {
    const { fetch, sent } = scriptedFetch(answer);
    const client = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' }, fetch, retry: false });
    const names: string[] = [];
    for await (const user of client.users.iterate({ detail: 'extended', pageSize: 50 })) names.push(user.name);
    expect(names).toEqual(recorded.users.map((u) => u.name));
    expect(sent.length).toBeLessThanOrEqual(2);
  });
});

// A captured user is the shape getUserDetails answers too (UserExtended is UserDetails), so every
// client habit that reads users is replayed on it: through users.get and through a listing.
describe.each(clientRequests.filter((r) => r.reads).map((r) => [r.id, r] as const))(
  "what the client of '%s' reads",
  (_, habit) => {
    it.each(capturedAnswers.map((a) => [a.id, a] as const))(
      'is in the captured answer %s, of the JSON type it decodes, and the client hands it on so',
      async (__, captured) => {
        const [recorded] = (JSON.parse(captured.body) as { users: Record<string, unknown>[] }).users;
        const { fetch } = scriptedFetch(
          json(200, recorded),
          () => new Response(captured.body, { status: 200, headers: { 'content-type': 'application/json' } }),
        );
        const client = createExtenderUsersClient({ baseUrl: 'http://h', auth: { token: 't' }, fetch, retry: false });
        const details = (await client.users.get(String(recorded!.name))) as unknown as Record<string, unknown>;
        const listed = (await client.users.listWithAccess({ detail: 'extended' })).users[0] as unknown as Record<
          string,
          unknown
        >;
        for (const [field, kind] of Object.entries(habit.reads!)) {
          expect(isOfKind(recorded![field], kind), `captured ${field}`).toBe(true);
          expect(details[field], `users.get ${field}`).toEqual(recorded![field]);
          expect(listed[field], `users.listWithAccess ${field}`).toEqual(recorded![field]);
        }
      },
    );
  },
);
