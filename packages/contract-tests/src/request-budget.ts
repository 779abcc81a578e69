// How many requests a read-only run (--target url without --allow-writes) may send to an instance
// of N users. Most checks send a fixed number; the walks of the whole listing with the largest page
// (1000) grow with N, one page per 1000 users and the empty page after the last. Walks with small
// pages stop after 25 pages whatever N. The 429 bursts are counted apart (at most 4 bursts of
// twice the advertised limit and 64, per operation, only where a limit of at most 200 is
// advertised). Measured against sandboxes of 62, 1102 and 2502 users (nothing changing): 310, 381
// and 395 requests, that is about 350 plus 14 walks of the whole listing. A check that finds the
// instance changed walks again, up to 3 times (paging: 6 checks × 3 tries × 2 walks per listing,
// and 3 walks for the case twins), so the bound allows for every check repeating everything.

/** Requests besides the walks of the whole listing. */
export const FIXED_REQUESTS = 1000;
/** Walks of the whole listing with the largest page, at most (retries included). */
export const WHOLE_WALKS = 80;

/** Pages a walk of the whole listing of `users` users takes with pages of 1000: the last one empty. */
export const pagesOfWholeWalk = (users: number): number => Math.floor(Math.max(0, users) / 1000) + 1;

/** The most requests a read-only run sends to an instance of `users` users (429 bursts apart). */
export const readOnlyBudget = (users: number): number => FIXED_REQUESTS + WHOLE_WALKS * pagesOfWholeWalk(users);

/** The bound, in words, for --help and the README. */
export const BUDGET_IN_WORDS = `at most ${FIXED_REQUESTS} + ${WHOLE_WALKS} × (⌊N/1000⌋ + 1) requests for N users`;

/** What the suite tells the summary of its requests (each check's metadata, vitest's task meta). */
export interface RequestCount {
  /** Counted against the budget. */
  counted: number;
  /** In 429 bursts, bounded apart. */
  apart: number;
  /** The largest total a listing answered. */
  users: number;
}

declare module '@vitest/runner' {
  interface TaskMeta {
    requests?: RequestCount;
  }
}
