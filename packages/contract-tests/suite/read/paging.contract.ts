// Paging algebra, for every listing operation of the spec (those that take startAt): the pages
// walked with startAt, whatever their size, join into one list in the documented order (by user
// name, compared without regard to case), with no gap and no duplicate; `total` is what the pages
// hold; the `maxResults` a page reports is the size applied (at most the one asked, the default
// without one) and every page but the last is full; past the end a page is empty, and the last
// partial page holds exactly the users that remain. Read-only. A production instance changes
// while it is read (sign-ups, other administrators): when a check fails and the listing read again
// is not the one it started from, the instance changed meanwhile, and the check starts over on a
// new walk; after a few tries it is inconclusive (left out, saying so), never failed.
import { describe } from 'vitest';
import { ContractViolation, expectThat } from '../support/expectations.js';
import { check } from '../support/declare-check.js';
import type { TestContext } from 'vitest';
import { defaultPage, getPage, largestPage, walk, type ListedUser, type Walk } from '../support/listing.js';
import { listingOperations, type ListingId } from '../support/operations.js';
import { promiseOf } from '../support/promises.js';
import { CHECK, GROUP } from '../support/sentences.js';
import { expectAs } from '../support/verdicts.js';

/** How many pages a walk with a small page size goes through (a prefix of a large instance's list). */
const MAX_PAGES = 25;

/** The order the spec documents: by user name, compared without regard to case. */
const nameKey = (name: string): string => name.toLowerCase();

/** Where two walks part: a gap, a duplicate or another user; undefined when `walked` is a prefix of `expected`. */
function firstDifference(walked: ListedUser[], expected: ListedUser[]): string | undefined {
  const seen = new Set<string>();
  for (const [i, user] of walked.entries()) {
    if (seen.has(user.name)) return `'${user.name}' comes twice (again at position ${i})`;
    seen.add(user.name);
    const wanted = expected[i];
    if (wanted === undefined)
      return `'${user.name}' at position ${i} is past the end of the list (${expected.length} users)`;
    if (wanted.name === user.name) continue;
    return walked.some((u) => u.name === wanted.name)
      ? `'${user.name}' at position ${i} comes before its place`
      : `'${wanted.name}' is missing at position ${i} (a gap: '${user.name}' comes instead)`;
  }
  return undefined;
}

/** How many times a check starts over on an instance that changed while it read. */
const TRIES = 3;

/** Whether two walks saw the same listing: the same users in the same order, and the same total on every page. */
function sameListing(a: Walk, b: Walk): boolean {
  const totals = new Set([...a.pages, ...b.pages].map(({ page }) => page.total));
  return totals.size === 1 && a.users.map((u) => u.name).join('\n') === b.users.map((u) => u.name).join('\n');
}

/**
 * Runs `body` on a walk of the whole listing with the largest page. When it fails and the listing
 * read again differs (total moved, another page), the instance changed meanwhile: it starts over,
 * and after TRIES such tries the check is left out as inconclusive. A failure on a listing that
 * stayed the same stands.
 */
async function onSteadyListing(
  op: ListingId,
  context: TestContext,
  body: (reference: Walk) => Promise<void>,
): Promise<void> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const reference = await walk(op, largestPage(op));
    try {
      await body(reference);
      return;
    } catch (error) {
      if (!(error instanceof ContractViolation)) throw error;
      if (sameListing(reference, await walk(op, largestPage(op)))) throw error;
    }
  }
  context.skip(
    `inconclusive: the instance changed during every walk (${TRIES} tries; total moved or a page differed on re-read)`,
  );
}

for (const op of listingOperations) {
  describe(GROUP.paging(op), () => {
    const needs = { state: true, operations: [op] };
    // Each check on the list walked with the largest page: what every other walk must agree with.
    const steadyCheck = (name: string, body: (reference: Walk, context: TestContext) => Promise<void>) =>
      check(name, needs, (context) => onSteadyListing(op, context, (reference) => body(reference, context)));

    steadyCheck(CHECK.paging.partition, async (ref) => {
      const total = ref.users.length;
      const sizes = [...new Set([1, 2, 7, Math.ceil(total / 3)])].filter(
        (size) => size >= 1 && size <= largestPage(op),
      );
      const walks: [size: number, from: number][] = [
        ...sizes.map((size): [number, number] => [size, 0]),
        [5, Math.min(3, total)],
      ];
      for (const [size, from] of walks) {
        const w = await walk(op, size, { from, maxPages: MAX_PAGES });
        for (const { startAt, page, reply } of w.pages)
          expectThat(reply, page.startAt === startAt, `startAt ${startAt} was answered as startAt ${page.startAt}`);
        const reply = w.pages[0]!.reply;
        const expected = ref.users.slice(from);
        const difference = firstDifference(w.users, expected);
        expectThat(reply, difference === undefined, `pages of ${size} from startAt ${from}: ${difference}`);
        if (w.complete)
          expectThat(
            reply,
            w.users.length === expected.length,
            `pages of ${size} from startAt ${from} hold ${w.users.length} users, pages of ${largestPage(op)} hold ${expected.length}`,
          );
      }
    });

    // Our assumption (the vendor names no order): another stable order differs, it breaks nothing.
    steadyCheck(CHECK.paging.order, async (ref, context) => {
      const { users } = ref;
      const i = users.findIndex((user, at) => at > 0 && nameKey(users[at - 1]!.name) > nameKey(user.name));
      await expectAs(
        context,
        promiseOf(op, 'listing-order').source,
        ref.pages[0]!.reply,
        i < 0,
        i < 0
          ? ''
          : `'${users[i]!.name}' is listed after '${users[i - 1]!.name}' (position ${i}): not in user-name order without regard to case`,
      );
    });

    steadyCheck(CHECK.paging.total, async (ref) => {
      expectThat(ref.pages[0]!.reply, ref.complete, 'the walk never reached an empty page');
      for (const { page, reply, startAt } of ref.pages) {
        expectThat(
          reply,
          page.total === ref.users.length,
          `the page at startAt ${startAt} says total ${page.total}, the pages hold ${ref.users.length} users`,
        );
      }
      const { page, reply } = await getPage(op, { startAt: 1, maxResults: 1 });
      expectThat(
        reply,
        page.total === ref.users.length,
        `a page of 1 at startAt 1 says total ${page.total}, the pages hold ${ref.users.length} users`,
      );
    });

    steadyCheck(CHECK.paging.maxResults, async (ref) => {
      const total = ref.users.length;
      const asked: [startAt: number, maxResults: number | undefined][] = [
        [0, undefined],
        [0, 1],
        [0, 3],
        [1, 3],
        [2, largestPage(op)],
      ];
      for (const [startAt, maxResults] of asked) {
        const { page, reply } = await getPage(op, { startAt, ...(maxResults === undefined ? {} : { maxResults }) });
        const limit = maxResults ?? defaultPage(op);
        const what = maxResults === undefined ? `without maxResults (default ${limit})` : `maxResults=${maxResults}`;
        expectThat(reply, page.maxResults <= limit, `${what} was answered with maxResults ${page.maxResults}`);
        const remaining = Math.max(0, total - startAt);
        expectThat(
          reply,
          page.users.length === Math.min(page.maxResults, remaining),
          `${what} at startAt ${startAt}: the page holds ${page.users.length} users, maxResults ${page.maxResults}, ${remaining} remain`,
        );
      }
    });

    steadyCheck(CHECK.paging.pastEnd, async (ref) => {
      const total = ref.users.length;
      for (const startAt of [total, total + 1, total + 100]) {
        const { page, reply } = await getPage(op, { startAt, maxResults: 5 });
        expectThat(
          reply,
          page.users.length === 0,
          `the page at startAt ${startAt} (total ${total}) holds ${page.users.length} users`,
        );
        expectThat(
          reply,
          page.total === total && page.startAt === startAt,
          `the page at startAt ${startAt} says total ${page.total} and startAt ${page.startAt}`,
        );
      }
    });

    steadyCheck(CHECK.paging.lastPage, async (ref, context) => {
      const total = ref.users.length;
      if (total < 2) context.skip(`${op} lists fewer than 2 users: there is no partial page`);
      const size = [3, 4, 5, 6, 7, 8, 9, 10, 11].find((s) => total % s !== 0 && s <= largestPage(op)) ?? 2;
      for (const [startAt, maxResults] of [
        [total - (total % size || size), size],
        [total - 1, 2],
      ] as const) {
        const { page, reply } = await getPage(op, { startAt, maxResults });
        const names = page.users.map((u) => u.name);
        const rest = ref.users.slice(startAt).map((u) => u.name);
        expectThat(
          reply,
          names.join('\n') === rest.join('\n'),
          `the page at startAt ${startAt} of maxResults ${maxResults} holds [${names.join(', ')}], the users that remain are [${rest.join(', ')}]`,
        );
      }
    });
  });
}
