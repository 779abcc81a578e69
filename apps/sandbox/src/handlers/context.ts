// What every handler needs: the store, the clock, the limits and the version served.
import type { ListScope, UserRow, UserStore } from '../db/user-store.js';
import { notFound } from '../http/api-error.js';

export interface HandlerContext {
  store: UserStore;
  now: () => number;
  /** The largest page a listing returns. */
  maxPageSize: number;
  /** The largest avatar image, in bytes. */
  maxAvatarBytes: number;
  /** Which users getUsers lists in the Extender version served. */
  getUsersLists: ListScope;
}

export function requireUser(ctx: HandlerContext, userName: string): UserRow {
  const user = ctx.store.findByName(userName);
  if (!user) throw notFound(userName);
  return user;
}
