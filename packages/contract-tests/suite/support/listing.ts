// Walking a listing operation's pages, each page checked against the spec.
import type { Schemas } from '@extender-users/api-types';
import { expectConforms, expectStatus, expectThat, parameterSchema } from './check.js';
import { call, type ListingId } from './operations.js';

export type Page = Schemas['UserNamesPage'] | Schemas['UserBasicPage'] | Schemas['UserExtendedPage'];

/** The largest page the spec allows (maxResults' maximum). */
export const largestPage = (operationId: ListingId): number => parameterSchema(operationId, 'maxResults').maximum ?? 1000;

/** Every user name the listing gives, walking pages of `pageSize`; no name may appear twice. */
export async function listAllNames(operationId: ListingId, pageSize = largestPage(operationId)): Promise<string[]> {
  const names = new Set<string>();
  for (let startAt = 0, pages = 0; pages < 10_000; pages++) {
    const reply = await call(operationId, { query: { startAt, maxResults: pageSize } });
    const page = expectStatus(reply, 200) as Page;
    expectConforms(reply);
    if (page.users.length === 0) break;
    for (const user of page.users) {
      expectThat(reply, !names.has(user.name), `user '${user.name}' appears on two pages`);
      names.add(user.name);
    }
    startAt += page.users.length;
  }
  return [...names];
}
