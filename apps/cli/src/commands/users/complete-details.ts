// Listings that lack the fields a command needs. Before the detail flags came (Extender 2.8.0)
// getUsers ignores showBasicDetails and showExtendedDetails and lists names only. A command that
// needs more completes each such user from getUserDetails: one request per user, a bounded number
// at once, in listing order, with progress on stderr. Where getUserDetails lacks the fields too
// (its dates came later than it did, hasAccessToUseConfluence later still) the command stops and
// says so: a column is never filled, nor a user judged, from data that is not there.
import { operationTable } from '@extender-users/api-types';
import { NotFoundError, type Detail, type ExtenderUsersClient, type UserDetails } from '@extender-users/client';
import { CliFailure } from '../../errors.js';
import { EXIT } from '../../exit-codes.js';
import { createProgress, type Progress } from '../../progress.js';

/** The fields a listing at each detail level must hold for its columns. */
export const FIELDS_OF: Record<Detail, readonly string[]> = {
  name: ['name'],
  basic: ['name', 'fullName', 'email', 'key'],
  extended: [
    'name',
    'fullName',
    'email',
    'key',
    'hasAccessToUseConfluence',
    'createdDate',
    'updatedDate',
    'lastSuccessfulLoginDate',
    'lastFailedLoginDate',
    'business',
    'personal',
  ],
};

/** What to ask for instead when this version cannot give a detail level. */
export const insteadOf = (detail: Detail) => (detail === 'extended' ? 'use --detail basic' : 'use --detail name');

/** The version the listings took the detail flags in, from the operation table. */
const DETAIL_FLAGS_SINCE = operationTable.getUsers.parameters.find((p) => p.name === 'showExtendedDetails')?.since;

export const lacking = (user: object, fields: readonly string[]) => fields.filter((field) => !(field in user));

export interface CompleteOptions {
  /** The fields the command needs of each user. */
  fields: readonly string[];
  /** Lookups at once. */
  concurrency: number;
  signal: AbortSignal;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** How many users the listing holds, for the progress; asked only when a lookup is needed. */
  total(): Promise<number>;
  /** What to do instead, when not even getUserDetails has the fields. */
  instead: string;
}

/**
 * The users of `users`, in order, each with every field of `options.fields`: as listed when the
 * listing has them, else as getUserDetails answers. Throws a CliFailure (exit 1) when getUserDetails
 * lacks them too, answers 404 for a listed user, or answers for another user.
 */
export async function* completeDetails<U extends { name: string }>(
  users: AsyncIterable<U>,
  client: ExtenderUsersClient,
  options: CompleteOptions,
): AsyncGenerator<U | UserDetails, void, undefined> {
  const { fields, signal } = options;
  let progress: Progress | undefined;
  const lookUp = async (user: U): Promise<UserDetails> => {
    let details: UserDetails;
    try {
      details = await client.users.get(user.name, { signal });
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw new CliFailure(
          `'${user.name}' is listed, but getUserDetails answers 404 for it: renamed or deleted meanwhile (run again), or this Extender version has no getUserDetails: ${options.instead}`,
          EXIT.apiError,
        );
      }
      throw error;
    }
    // Names are compared without regard to case, as Confluence does. Another user's details (the
    // Prism mock answers its one example for every name) would be written as this user's row.
    if (details.name.toLowerCase() !== user.name.toLowerCase())
      throw new CliFailure(
        `getUserDetails answered the user '${details.name}' when asked for '${user.name}': this server does not answer for the user asked (a mock answering its example?)`,
        EXIT.apiError,
      );
    const missing = lacking(details, fields);
    if (missing.length > 0) {
      const them = missing.length === 1 ? 'it' : 'them';
      throw new CliFailure(
        `this Extender version does not report ${missing.join(', ')} (neither its listing nor getUserDetails has ${them}): ${options.instead}`,
        EXIT.apiError,
      );
    }
    progress?.tick();
    return details;
  };

  // A window of at most `concurrency` users, yielded in order as each is ready.
  const window: Promise<U | UserDetails>[] = [];
  for await (const user of users) {
    const missing = lacking(user, fields);
    if (missing.length === 0 && window.length === 0) {
      yield user; // nothing waits before it: written as it comes
      continue;
    }
    if (missing.length === 0) window.push(Promise.resolve(user));
    else {
      if (progress === undefined) {
        const total = await options.total();
        options.stderr.write(
          `the listing has no ${missing.join(', ')} (Extender versions before ${DETAIL_FLAGS_SINCE ?? 'the detail flags'} list names only): looking each user up with getUserDetails, ${options.concurrency} at once\n`,
        );
        progress = createProgress(options.stderr, 'look up', total);
      }
      const next = lookUp(user);
      next.catch(() => undefined); // awaited in turn below; not an unhandled rejection meanwhile
      window.push(next);
    }
    if (window.length >= options.concurrency) yield await window.shift()!;
  }
  while (window.length > 0) yield await window.shift()!;
  progress?.stop();
}

/** An async iterable over an array, for completing one page. */
export async function* each<T>(items: readonly T[]): AsyncGenerator<T, void, undefined> {
  yield* items;
}
