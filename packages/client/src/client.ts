// createExtenderUsersClient: the operations (operations.ts) under their public names, the walks
// over every page of a listing (pagination.ts), and `raw`, openapi-fetch's typed client, all on one
// connection (connection.ts).
import { connect, type CallOptions, type ExtenderUsersClientOptions } from './connection.js';
import { operationMethods, type ListOptions } from './operations.js';
import { walkPages } from './pagination.js';
import type { Detail, UserFor } from './types.js';

export interface IterateOptions<D extends Detail> extends CallOptions {
  detail?: D;
  /** Users per request (default 100). */
  pageSize?: number;
  /** Pages fetched at once after the first (default 1). */
  concurrency?: number;
  dateFormat?: string;
}

export function createExtenderUsersClient(options: ExtenderUsersClientOptions) {
  const { call, raw } = connect(options);
  const methods = operationMethods(call);
  /** Every user of a listing, page by page, in order, each once (see pagination.ts). */
  const walk = <D extends Detail>(
    list: typeof methods.getUsers,
    opts: IterateOptions<D>,
  ): AsyncGenerator<UserFor<D>, void, undefined> =>
    walkPages<UserFor<D>>(
      (startAt, maxResults) =>
        list<D>({ detail: opts.detail, startAt, maxResults, dateFormat: opts.dateFormat, signal: opts.signal }),
      opts,
    );

  return {
    users: {
      /**
       * One page of users at a detail level (getUsers). Older Extender versions list only the users
       * with access to Confluence, newer ones every user (the spec's x-version-behaviour says which).
       */
      list: methods.getUsers,
      /** Every user of getUsers, page by page, in order, each once. */
      iterate: <D extends Detail = 'name'>(opts: IterateOptions<D> = {}) => walk(methods.getUsers, opts),
      /**
       * One page of the users with access to Confluence only (getUsersWithConfluenceAccess). A server
       * whose Extender version lacks it answers 404: an UnsupportedOperationError.
       */
      listWithAccess: methods.getUsersWithConfluenceAccess,
      /** Every user with access to Confluence, page by page, in order, each once. */
      iterateWithAccess: <D extends Detail = 'name'>(opts: IterateOptions<D> = {}) =>
        walk(methods.getUsersWithConfluenceAccess, opts),
      /** Everything about one user (getUserDetails). */
      get: methods.getUserDetails,
      /** Creates a user (addUser); ConflictError when the name is taken. */
      add: methods.addUser,
      /** Renames a user (renameUser). */
      rename: methods.renameUser,
      /** Changes the full name, e-mail and/or password (changeUserDetails); at least one is required. */
      changeDetails: methods.changeUserDetails,
      /** Deletes a user (deleteUser). */
      delete: methods.deleteUser,
      /** Gives a user access to Confluence again (activateUser). */
      activate: methods.activateUser,
      /** Takes a user's access to Confluence away (deactivateUser). */
      deactivate: methods.deactivateUser,
    },
    properties: {
      /** A user property's value (getUserProperty); NotFoundError when it was never set. */
      get: methods.getUserProperty,
      /** Creates or replaces a user property (setUserProperty). */
      set: methods.setUserProperty,
    },
    avatars: {
      /** Sets the avatar from base64 text, bytes or a Blob (setUserAvatarBase64). */
      setBase64: methods.setUserAvatarBase64,
      /** Uploads the avatar as multipart field `file` (setUserAvatarImage). */
      upload: methods.setUserAvatarImage,
    },
    /** The typed openapi-fetch client, with the same auth, retries, timeout and deadline (GET, PUT, POST, DELETE). */
    raw,
  };
}

export type ExtenderUsersClient = ReturnType<typeof createExtenderUsersClient>;
export type { CallOptions, ExtenderUsersClientOptions, ListOptions };
