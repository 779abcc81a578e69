// Which listing a command reads: getUsers (every user on newer Extender versions, only users with
// access up to 2.13.0), or with --with-access getUsersWithConfluenceAccess (only users with access;
// versions after 2.13.0).
import { Option } from 'commander';
import type {
  Detail,
  ExtenderUsersClient,
  IterateOptions,
  ListOptions,
  UserFor,
  UserPage,
} from '@extender-users/client';

export const withAccessOption = () =>
  new Option(
    '--with-access',
    'only users with access to Confluence (getUsersWithConfluenceAccess, in Extender versions after 2.13.0; up to 2.13.0 every listing holds only them)',
  );

export interface Listing {
  list<D extends Detail>(opts: ListOptions<D>): Promise<UserPage<D>>;
  iterate<D extends Detail>(opts: IterateOptions<D>): AsyncGenerator<UserFor<D>, void, undefined>;
  /** How many users it holds (one small page). */
  total(signal: AbortSignal): Promise<number>;
}

export function listing(client: ExtenderUsersClient, withAccess: boolean | undefined): Listing {
  const chosen: Omit<Listing, 'total'> = withAccess
    ? { list: (opts) => client.users.listWithAccess(opts), iterate: (opts) => client.users.iterateWithAccess(opts) }
    : { list: (opts) => client.users.list(opts), iterate: (opts) => client.users.iterate(opts) };
  return { ...chosen, total: async (signal) => (await chosen.list({ detail: 'name', maxResults: 1, signal })).total };
}
