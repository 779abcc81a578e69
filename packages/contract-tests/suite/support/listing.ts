// Walking a listing operation's pages, each page checked against the spec.
import type { Schemas } from '@extender-users/api-types';
import { expectConforms, expectStatus, Inconclusive, parameterSchema } from './expectations.js';
import { call, type ListingId, type Reply } from './operations.js';

export type Page = Schemas['UserNamesPage'] | Schemas['UserBasicPage'] | Schemas['UserExtendedPage'];
export type ListedUser = Page['users'][number];

/** The largest page the spec allows (maxResults' maximum). */
export const largestPage = (operationId: ListingId): number =>
  parameterSchema(operationId, 'maxResults').maximum ?? 1000;

/** The page size a request without maxResults gets (maxResults' default). */
export const defaultPage = (operationId: ListingId): number =>
  Number(parameterSchema(operationId, 'maxResults').default ?? 50);

/** The detail levels of a listing, as query flags (names only, basic, extended). */
export const DETAIL_LEVELS = [
  { level: 'names', flags: {} },
  { level: 'basic', flags: { showBasicDetails: true } },
  { level: 'extended', flags: { showExtendedDetails: true } },
] as const;
export type DetailFlags = (typeof DETAIL_LEVELS)[number]['flags'];

/** One page, checked: a documented 200 that fits the spec. */
export async function getPage(
  operationId: ListingId,
  query: { startAt?: number; maxResults?: number } & DetailFlags,
): Promise<{ reply: Reply<ListingId>; page: Page }> {
  const reply = await call(operationId, { query });
  const page = expectStatus(reply, 200) as Page;
  expectConforms(reply);
  return { reply, page };
}

export interface Walk {
  /** The users in the order the pages gave them. */
  users: ListedUser[];
  /** Every page, with the startAt it was asked for. */
  pages: { startAt: number; page: Page; reply: Reply<ListingId> }[];
  /** Whether the walk reached an empty page (else it stopped at `maxPages`, or ran past `total`). */
  complete: boolean;
  /** Whether it stopped because the pages went on past what the first page's `total` allows. */
  overran: boolean;
}

/**
 * Walks the pages from `from`, `startAt` stepping by the users each page gave, until an empty
 * page (or `maxPages` pages: on a large instance a small page size is only walked for a while).
 * A server whose pages never end stops the walk two pages after the first page's `total`.
 */
export async function walk(
  operationId: ListingId,
  pageSize: number,
  options: { from?: number; maxPages?: number; flags?: DetailFlags } = {},
): Promise<Walk> {
  const result: Walk = { users: [], pages: [], complete: false, overran: false };
  const from = options.from ?? 0;
  let bound = options.maxPages ?? Infinity;
  for (let startAt = from; result.pages.length < bound;) {
    const { reply, page } = await getPage(operationId, { ...options.flags, startAt, maxResults: pageSize });
    if (result.pages.length === 0) bound = Math.min(bound, Math.ceil(Math.max(0, page.total - from) / pageSize) + 3);
    result.pages.push({ startAt, page, reply });
    if (page.users.length === 0) {
      result.complete = true;
      break;
    }
    result.users.push(...page.users);
    startAt += page.users.length;
  }
  result.overran = !result.complete && result.pages.length < (options.maxPages ?? Infinity);
  return result;
}

/** How many walks a check makes of a listing that others change, before it gives up (inconclusive). */
export const WALKS = 3;

/**
 * Whether nobody else's writes can have disturbed the walk: it reached the end, every page gave
 * the same total, the pages held that many users, and no name came twice. (An account added and
 * another deleted meanwhile keep the total, but shift the pages: a name twice, or one missing and
 * the count short.)
 */
export function isSteady(w: Walk): boolean {
  const totals = new Set(w.pages.map(({ page }) => page.total));
  const names = w.users.map((u) => u.name);
  return (
    w.complete && totals.size === 1 && w.users.length === w.pages[0]!.page.total && new Set(names).size === names.length
  );
}

const namesOf = (w: Walk) => w.users.map((u) => u.name).join('\n');

const changedEveryTime = (operationId: ListingId) =>
  new Inconclusive(
    `${operationId}: the instance changed during every walk (${WALKS} walks; total moved, or a user was listed twice or missing)`,
  );

/**
 * A walk of the whole listing with the largest page that others' writes did not disturb (isSteady),
 * or else the second of two walks in a row that listed the same names (a broken listing is broken
 * the same way every time); after WALKS walks without either, Inconclusive.
 */
export async function steadyWalk(operationId: ListingId, flags: DetailFlags = {}): Promise<Walk> {
  let before: string | undefined;
  for (let i = 0; i < WALKS; i++) {
    const w = await walk(operationId, largestPage(operationId), { flags });
    if (isSteady(w) || namesOf(w) === before) return w;
    before = namesOf(w);
  }
  throw changedEveryTime(operationId);
}

/**
 * The listed user of that name (compared without regard to case), at a detail level; undefined
 * when not listed. A user found is listed; "not listed" takes a walk others did not disturb (as
 * steadyWalk), so that a user missed by pages shifting under the walk is not taken for one left out.
 */
export async function findListed(
  operationId: ListingId,
  name: string,
  flags: DetailFlags = {},
): Promise<ListedUser | undefined> {
  const wanted = name.toLowerCase();
  let before: string | undefined;
  for (let i = 0; i < WALKS; i++) {
    const w = await walk(operationId, largestPage(operationId), { flags });
    const found = w.users.find((user) => user.name.toLowerCase() === wanted);
    if (found || isSteady(w) || namesOf(w) === before) return found;
    before = namesOf(w);
  }
  throw changedEveryTime(operationId);
}
