// What every handler needs: the store, the clock, the limits, the version served and the listing pages.
import type { PasswordHashing } from '../auth/passwords.js';
import type { Store } from '../db/store.js';
import type { ListScope } from '../db/user-listings.js';
import type { UserRow } from '../db/users-table.js';
import type { ListingPages } from '../listing/listing-pages.js';
import { notFound } from '../http/api-error.js';

export interface HandlerContext {
  store: Store;
  now: () => number;
  /** The largest page a listing returns. */
  maxPageSize: number;
  /** The largest avatar image, in bytes. */
  maxAvatarBytes: number;
  /** Which users getUsers lists in the Extender version served. */
  getUsersLists: ListScope;
  /** Listing pages as JSON built by SQLite, kept until the next write. */
  pages: ListingPages;
  /** The cost of the password hashes written. */
  passwordHashing: PasswordHashing;
}

export function requireUser(ctx: HandlerContext, userName: string): UserRow {
  const user = ctx.store.users.findByName(userName);
  if (!user) throw notFound(userName);
  return user;
}
