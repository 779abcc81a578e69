// Faults of the paging algebra: each listing is re-paged with exactly one rule broken, every
// answer still fitting its schema. Each is caught by its check for every listing operation.
import { operationIds, operationTable } from '@extender-users/api-types';
import { relisting } from './listing.js';
import type { Catch, Fault } from './types.js';
import { CHECK, fullName, GROUP } from '../../../suite/support/sentences.js';

/** The listing operations (they take startAt). */
export const listings = operationIds.filter((id) => operationTable[id].parameters.some((p) => p.name === 'startAt'));

/** The same check of every listing operation, with its message. */
const inEveryListing = (check: string, message: RegExp): Catch[] =>
  listings.map((op) => ({
    check: fullName(GROUP.paging(op), check),
    message: new RegExp(`^${op} 200: ${message.source}`),
  }));

const JOIN = CHECK.paging.partition;
const ORDER = CHECK.paging.order;
const TOTAL = CHECK.paging.total;
const MAX_RESULTS = CHECK.paging.maxResults;
const PAST_END = CHECK.paging.pastEnd;
const LAST_PAGE = CHECK.paging.lastPage;

export const pagingFaults = {
  'paging-gap': {
    breaks: 'a page after the first starts one user late, so one user falls between every two pages',
    caughtBy: inEveryListing(JOIN, /pages of \d+ from startAt \d+: '[^']+' is missing at position \d+ \(a gap/),
    proxy: relisting({
      page: (users, { startAt, maxResults }) => ({
        users: users.slice(startAt === 0 ? 0 : startAt + 1, (startAt === 0 ? 0 : startAt + 1) + maxResults),
      }),
    }),
  },
  'paging-duplicate': {
    breaks: 'a page after the first starts one user early, so pages overlap by one user',
    caughtBy: inEveryListing(JOIN, /pages of \d+ from startAt \d+: '[^']+' comes twice/),
    proxy: relisting({
      page: (users, { startAt, maxResults }) => ({
        users: users.slice(Math.max(0, startAt - 1), Math.max(0, startAt - 1) + maxResults),
      }),
    }),
  },
  'paging-order': {
    breaks:
      'lists users in reverse name order (consistently across pages); the order is our assumption: judged with --strict (without, the healthy another-stable-order server passes)',
    caughtBy: inEveryListing(ORDER, /'[^']+' is listed after '[^']+' \(position \d+\): not in user-name order/),
    args: ['--strict'],
    proxy: relisting({ list: (users) => [...users].reverse() }),
  },
  'paging-total': {
    breaks: 'total counts one user more than the pages hold',
    caughtBy: inEveryListing(TOTAL, /the page at startAt 0 says total (\d+), the pages hold \d+ users/),
    proxy: relisting({
      page: (users, { startAt, maxResults }) => ({
        total: users.length + 1,
        users: users.slice(startAt, startAt + maxResults),
      }),
    }),
  },
  'paging-short-pages': {
    breaks: 'every page but the last holds one user fewer than the maxResults it reports',
    caughtBy: inEveryListing(MAX_RESULTS, /.* at startAt \d+: the page holds \d+ users, maxResults \d+, \d+ remain/),
    proxy: relisting({
      page: (users, { startAt, maxResults }) => ({
        users: users.slice(
          startAt,
          startAt + (startAt + maxResults < users.length && maxResults > 1 ? maxResults - 1 : maxResults),
        ),
      }),
    }),
  },
  'paging-max-results': {
    breaks: 'reports maxResults one above the size asked (the page itself is right)',
    caughtBy: inEveryListing(
      MAX_RESULTS,
      /(maxResults=\d+|without maxResults \(default \d+\)) was answered with maxResults \d+/,
    ),
    proxy: relisting({
      page: (users, { startAt, maxResults }) => ({
        maxResults: Math.min(1000, maxResults + 1),
        users: users.slice(startAt, startAt + maxResults),
      }),
    }),
  },
  'ignore-maxResults': {
    breaks: 'getUsers ignores maxResults (the default page size is applied)',
    caughtBy: [
      {
        check: fullName(GROUP.paging('getUsers'), MAX_RESULTS),
        message: /^getUsers 200: maxResults=1 was answered with maxResults 50/,
      },
    ],
    proxy: {
      request(exchange) {
        if (exchange.operationId === 'getUsers') exchange.url.searchParams.delete('maxResults');
        return undefined;
      },
    },
  },
  'paging-past-end': {
    breaks: 'a page past the end repeats the last users instead of being empty',
    caughtBy: inEveryListing(PAST_END, /the page at startAt \d+ \(total \d+\) holds [1-9]\d* users/),
    proxy: relisting({
      page: (users, { startAt, maxResults }) => ({
        users: startAt >= users.length ? users.slice(-maxResults) : users.slice(startAt, startAt + maxResults),
      }),
    }),
  },
  'paging-last-page': {
    breaks: 'the last partial page is filled up with users of the page before it',
    caughtBy: inEveryListing(
      LAST_PAGE,
      /the page at startAt \d+ of maxResults \d+ holds \[.*\], the users that remain are \[/,
    ),
    proxy: relisting({
      page: (users, { startAt, maxResults }) => {
        const from =
          startAt < users.length && startAt + maxResults > users.length
            ? Math.max(0, users.length - maxResults)
            : startAt;
        return { users: users.slice(from, from + maxResults) };
      },
    }),
  },
} satisfies Record<string, Fault>;
