// What real instances answered (@extender-users/test-support/field-evidence), parsed by the client
// without complaint: a field beside the page (`status`), keys in another order than documented,
// `business`/`personal` as one-element arrays, date strings as the capture has them.
import { describe, expect, it } from 'vitest';
import { capturedAnswers } from '@extender-users/test-support/field-evidence';
import { userDates } from '../src/dates/index.js';
import { createExtenderUsersClient, type UserExtended } from '../src/index.js';
import { scriptedFetch } from './support/fake-fetch.js';

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
