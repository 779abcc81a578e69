// Elastic's Confluence connector reads users for document-level security like this: basic auth,
// getUsersWithConfluenceAccess?showExtendedDetails=true&startAt=N&maxResults=1000, N stepping by
// 1000 until a page's users array is empty; from each user it reads key (or name), fullName, email.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, Harness, PREFIX } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ seedUsers: 2600 });
});
afterAll(() => h.close());

interface ConnectorUser {
  key?: string;
  name?: string;
  fullName?: string;
  email?: string;
}

/** The connector's loop, as it is written: plain fetch, no client. */
async function readLikeTheConnector(
  baseUrl: string,
  user: string,
  password: string,
): Promise<{ id: string; fullName?: string; email?: string }[]> {
  const found: { id: string; fullName?: string; email?: string }[] = [];
  for (let startAt = 0; ; startAt += 1000) {
    const response = await fetch(
      `${baseUrl}${PREFIX}/getUsersWithConfluenceAccess?showExtendedDetails=true&startAt=${startAt}&maxResults=1000`,
      {
        headers: {
          authorization: basic(user, password),
          accept: 'application/json',
          'content-type': 'application/json',
        },
      },
    );
    expect(response.status).toBe(200);
    const page = (await response.json()) as { users: ConnectorUser[] };
    if (page.users.length === 0) return found;
    for (const u of page.users) found.push({ id: u.key ?? u.name ?? '', fullName: u.fullName, email: u.email });
  }
}

describe("the Elastic connector's way of reading users", () => {
  it('gets every user with access, each once, with key, full name and e-mail, and no one without access', async () => {
    // Some users lose access, on different pages.
    const names = h.sandbox.db
      .prepare<[], string>('SELECT name FROM users WHERE active = 1 ORDER BY name COLLATE NOCASE')
      .pluck()
      .all();
    for (const name of [names[5]!, names[1500]!, names[2400]!])
      await h.call('deactivateUser', 'POST', `${PREFIX}/deactivate/${name}`);

    const read = await readLikeTheConnector(h.baseUrl, 'admin', 'admin');

    const expected = h.sandbox.db
      .prepare<[], { user_key: string; full_name: string; email: string }>(
        'SELECT user_key, full_name, email FROM users WHERE active = 1',
      )
      .all();
    expect(expected.length).toBeGreaterThan(2000);
    expect(read).toHaveLength(expected.length);
    expect(new Set(read.map((u) => u.id)).size).toBe(read.length);
    const byKey = new Map(read.map((u) => [u.id, u]));
    for (const u of expected)
      expect(byKey.get(u.user_key)).toEqual({ id: u.user_key, fullName: u.full_name, email: u.email });
    const inactive = h.sandbox.db.prepare<[], string>('SELECT user_key FROM users WHERE active = 0').pluck().all();
    expect(inactive.length).toBeGreaterThanOrEqual(3);
    for (const key of inactive) expect(byKey.has(key)).toBe(false);
  });
});
