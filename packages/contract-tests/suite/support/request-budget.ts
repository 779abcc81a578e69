// Counts the requests of the run and holds a read-only run to its budget (src/request-budget.ts):
// the request that would exceed it is not sent, and its check is inconclusive, saying why. The
// number of users the budget allows for is the largest `total` a listing answered.
import { BUDGET_IN_WORDS, readOnlyBudget } from '../../src/request-budget.js';
import { Inconclusive } from './expectations.js';
import { target } from './settings.js';

let sent = 0;
let outside = 0;
let users = 0;
let apart = false;

/** Requests sent so far: counted against the budget, and apart from it (429 bursts). */
export const requestsSent = (): { counted: number; apart: number; users: number } => ({
  counted: sent,
  apart: outside,
  users,
});

/** A listing said it holds `total` users. */
export function listingTotal(total: unknown): void {
  if (typeof total === 'number' && Number.isFinite(total)) users = Math.max(users, total);
}

/** Counts one request about to be sent; refuses it when a read-only run would exceed its budget. */
export function spendRequest(): void {
  if (apart) {
    outside++;
    return;
  }
  const budget = readOnlyBudget(users);
  if (!target.writes && sent >= budget)
    throw new Inconclusive(
      `the read-only request budget is spent: ${budget} requests for ${users} users (${BUDGET_IN_WORDS}); the rest of this check was not sent`,
    );
  sent++;
}

/** Runs `task` with its requests counted apart from the budget (the 429 bursts, bounded on their own). */
export async function apartFromBudget<T>(task: () => Promise<T>): Promise<T> {
  apart = true;
  try {
    return await task();
  } finally {
    apart = false;
  }
}
