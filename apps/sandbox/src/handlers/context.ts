// What every handler needs: the store, the clock and the limits.
import type { UserRow, UserStore } from '../db/user-store.js';
import { notFound } from '../http/api-error.js';

export interface HandlerContext {
  store: UserStore;
  now: () => number;
  /** The largest page getUsers returns. */
  maxPageSize: number;
  /** The largest avatar image, in bytes. */
  maxAvatarBytes: number;
}

export function requireUser(ctx: HandlerContext, userName: string): UserRow {
  const user = ctx.store.findByName(userName);
  if (!user) throw notFound(userName);
  return user;
}
