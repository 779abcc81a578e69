// createExtenderUsersClient: the API's operations as typed methods over openapi-fetch, each call
// run attempt by attempt (attempts.ts: retries, per-attempt timeout, overall deadline) and every
// failure mapped to the ExtenderApiError family.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '@extender-users/api-types';
import { runAttempts, type AttemptInit, type AttemptSettings, type RetryEvent } from './attempts.js';
import { authorizationHeader, secretsOf, type Auth } from './auth.js';
import { avatarForm, toBase64, type ImageInput, type UploadOptions } from './avatar.js';
import { errorFromResponse, notExtender } from './error-mapping.js';
import { walkPages } from './pagination.js';
import { resolveRetryOptions, type RetryOptions } from './retry-policy.js';
import type { AddUserRequest, ApiMessage, Detail, OperationId, UserChanges, UserDetails, UserFor, UserPage } from './types.js';

export interface ExtenderUsersClientOptions {
  /** The Confluence base URL: scheme, host and optional context path, without `/rest/...`. */
  baseUrl: string;
  /** `{ username, password }` (a password or an Extender API token) or `{ token }` (bearer). */
  auth: Auth;
  /** A fetch implementation (default: the global fetch). */
  fetch?: (request: Request) => Promise<Response>;
  /** Limit of each attempt in ms, the response body included (default 30 000; 0 for none). */
  timeoutMs?: number;
  /** Limit of a whole call in ms: every attempt and every wait between them (default: none). */
  deadlineMs?: number;
  /** Retry settings, or `false` to never retry. */
  retry?: RetryOptions | false;
  /** A User-Agent header to send (ignored by browsers). */
  userAgent?: string;
  /** Called before each retry (for logging or counting 429s); never given a secret. */
  onRetry?: (event: RetryEvent) => void;
}

export interface CallOptions {
  /** Cancels the call (and any retry wait); the call rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface ListOptions<D extends Detail> extends CallOptions {
  /** `name` (default), `basic` or `extended`: the shape of each listed user. */
  detail?: D;
  startAt?: number;
  maxResults?: number;
  /** A Java SimpleDateFormat pattern for the `...String` date fields (extended only). */
  dateFormat?: string;
}

export interface IterateOptions<D extends Detail> extends CallOptions {
  detail?: D;
  /** Users per request (default 100). */
  pageSize?: number;
  /** Pages fetched at once after the first (default 1). */
  concurrency?: number;
  dateFormat?: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Checks and normalizes the Confluence base URL (no trailing slash). */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    // Not repeated as given: a URL that does not parse may still hold a password before an `@`.
    throw new TypeError(`baseUrl must be an absolute http(s) URL such as https://confluence.acme.test/confluence, got '${baseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/@]*@/i, '$1…@')}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`baseUrl must use http or https, got ${url.protocol}`);
  if (url.username || url.password) throw new TypeError('baseUrl must not contain credentials; pass them as `auth`');
  if (url.search || url.hash) throw new TypeError('baseUrl must not have a query or fragment');
  if (/\/rest(\/|$)/.test(url.pathname)) {
    throw new TypeError(`baseUrl is the Confluence base URL without /rest/...: use '${url.origin}${url.pathname.replace(/\/rest(\/.*)?$/, '')}'`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

const detailQuery = (detail: Detail | undefined) =>
  detail === 'extended' ? { showExtendedDetails: true } : detail === 'basic' ? { showBasicDetails: true } : {};

export function createExtenderUsersClient(options: ExtenderUsersClientOptions) {
  const secrets = secretsOf(options.auth);
  const headers: Record<string, string> = { Authorization: authorizationHeader(options.auth), Accept: 'application/json' };
  if (options.userAgent) headers['User-Agent'] = options.userAgent;
  const inner: Client<paths> = createClient<paths>({ baseUrl: normalizeBaseUrl(options.baseUrl), headers });
  const settings: AttemptSettings = {
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    retry: resolveRetryOptions(options.retry),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deadlineMs: options.deadlineMs ?? 0,
    onRetry: options.onRetry,
    secrets,
  };

  /** Runs one operation's attempts with the caller's signal; returns its data or throws the typed error. */
  async function call<T>(
    operation: OperationId,
    callerSignal: AbortSignal | undefined,
    send: (init: AttemptInit) => Promise<{ data?: T; error?: unknown; response: Response }>,
  ): Promise<T> {
    const { data, error, response } = await runAttempts(settings, operation, callerSignal, send);
    if (!response.ok) throw errorFromResponse(operation, response, error, secrets);
    return data as T;
  }

  // The typed openapi-fetch client with the same attempts; HTTP errors come back as `{ error, response }`.
  const raw = { ...inner };
  for (const method of ['GET', 'PUT', 'POST', 'DELETE'] as const) {
    const send = inner[method] as (path: string, init?: { signal?: AbortSignal }) => Promise<{ response: Response }>;
    (raw as Record<string, unknown>)[method] = (path: string, init: { signal?: AbortSignal } = {}) =>
      runAttempts(settings, `${method} ${path}`, init.signal, (attempt) => send(path, { ...init, ...attempt }));
  }

  const userPath = (userName: string) => ({ path: { userName } });

  type Listing = 'getUsers' | 'getUsersWithConfluenceAccess';

  /** One page of a listing; JSON of another shape is refused (paging would have nothing to walk). */
  async function listPage<D extends Detail>(operation: Listing, opts: ListOptions<D>): Promise<UserPage<D>> {
    const query = { startAt: opts.startAt, maxResults: opts.maxResults, dateFormat: opts.dateFormat, ...detailQuery(opts.detail) };
    const page = await call(operation, opts.signal, (attempt) => inner.GET(`/rest/extender/1.0/user/${operation}`, { params: { query }, ...attempt }));
    if (!Array.isArray(page?.users)) throw notExtender(operation, 200, 'a page without a users list');
    return page as UserPage<D>;
  }

  /** Every user of a listing, page by page, in order, each once (see pagination.ts). */
  function walk<D extends Detail>(operation: Listing, opts: IterateOptions<D>): AsyncGenerator<UserFor<D>, void, undefined> {
    const fetchPage = (startAt: number, maxResults: number) =>
      listPage<D>(operation, { detail: opts.detail, startAt, maxResults, dateFormat: opts.dateFormat, signal: opts.signal });
    return walkPages<UserFor<D>>(fetchPage, { pageSize: opts.pageSize, concurrency: opts.concurrency });
  }

  const users = {
    /**
     * One page of users at a detail level (getUsers). Older Extender versions list only the users
     * with access to Confluence, newer ones every user (the spec's x-version-behaviour says which).
     */
    list<D extends Detail = 'name'>(opts: ListOptions<D> = {}): Promise<UserPage<D>> {
      return listPage('getUsers', opts);
    },

    /** Every user of getUsers, page by page, in order, each once. */
    iterate<D extends Detail = 'name'>(opts: IterateOptions<D> = {}): AsyncGenerator<UserFor<D>, void, undefined> {
      return walk('getUsers', opts);
    },

    /**
     * One page of the users with access to Confluence only (getUsersWithConfluenceAccess). A server
     * whose Extender version lacks it answers 404: an UnsupportedOperationError.
     */
    listWithAccess<D extends Detail = 'name'>(opts: ListOptions<D> = {}): Promise<UserPage<D>> {
      return listPage('getUsersWithConfluenceAccess', opts);
    },

    /** Every user with access to Confluence, page by page, in order, each once. */
    iterateWithAccess<D extends Detail = 'name'>(opts: IterateOptions<D> = {}): AsyncGenerator<UserFor<D>, void, undefined> {
      return walk('getUsersWithConfluenceAccess', opts);
    },

    /** Everything about one user (getUserDetails). */
    get(userName: string, opts: CallOptions & { dateFormat?: string } = {}): Promise<UserDetails> {
      return call('getUserDetails', opts.signal, (attempt) =>
        inner.GET('/rest/extender/1.0/user/getUserDetails/{userName}', {
          params: { ...userPath(userName), query: { dateFormat: opts.dateFormat } },
          ...attempt,
        }),
      );
    },

    /** Creates a user (addUser); ConflictError when the name is taken. */
    add(user: AddUserRequest, opts: CallOptions = {}): Promise<ApiMessage> {
      return call('addUser', opts.signal, (attempt) => inner.PUT('/rest/extender/1.0/user/add', { body: user, ...attempt }));
    },

    /** Renames a user (renameUser). */
    rename(userName: string, newName: string, opts: CallOptions = {}): Promise<ApiMessage> {
      return call('renameUser', opts.signal, (attempt) =>
        inner.POST('/rest/extender/1.0/user/rename/{userName}', { params: userPath(userName), body: { name: newName }, ...attempt }),
      );
    },

    /** Changes the full name, e-mail and/or password (changeUserDetails); at least one is required. */
    changeDetails(userName: string, changes: UserChanges, opts: CallOptions = {}): Promise<ApiMessage> {
      return call('changeUserDetails', opts.signal, (attempt) =>
        inner.POST('/rest/extender/1.0/user/changeDetails/{userName}', { params: userPath(userName), body: changes, ...attempt }),
      );
    },

    /** Deletes a user (deleteUser). */
    delete(userName: string, opts: CallOptions = {}): Promise<ApiMessage> {
      return call('deleteUser', opts.signal, (attempt) =>
        inner.DELETE('/rest/extender/1.0/user/delete/{userName}', { params: userPath(userName), ...attempt }),
      );
    },

    /** Gives a user access to Confluence again (activateUser). */
    activate(userName: string, opts: CallOptions = {}): Promise<ApiMessage> {
      return call('activateUser', opts.signal, (attempt) =>
        inner.POST('/rest/extender/1.0/user/activate/{userName}', { params: userPath(userName), ...attempt }),
      );
    },

    /** Takes a user's access to Confluence away (deactivateUser). */
    deactivate(userName: string, opts: CallOptions = {}): Promise<ApiMessage> {
      return call('deactivateUser', opts.signal, (attempt) =>
        inner.POST('/rest/extender/1.0/user/deactivate/{userName}', { params: userPath(userName), ...attempt }),
      );
    },
  };

  const propertyPath = (userName: string, propertyKey: string) => ({ path: { userName, propertyKey } });

  const properties = {
    /** A user property's value (getUserProperty); NotFoundError when it was never set. */
    async get(userName: string, propertyKey: string, opts: CallOptions = {}): Promise<string> {
      const body = await call('getUserProperty', opts.signal, (attempt) =>
        inner.GET('/rest/extender/1.0/user/property/{userName}/{propertyKey}', { params: propertyPath(userName, propertyKey), ...attempt }),
      );
      return body.value;
    },

    /** Creates or replaces a user property (setUserProperty). */
    set(userName: string, propertyKey: string, value: string, opts: CallOptions = {}): Promise<ApiMessage> {
      return call('setUserProperty', opts.signal, (attempt) =>
        inner.PUT('/rest/extender/1.0/user/property/{userName}/{propertyKey}', {
          params: propertyPath(userName, propertyKey),
          body: { value },
          ...attempt,
        }),
      );
    },
  };

  const avatars = {
    /** Sets the avatar from base64 text, bytes or a Blob (setUserAvatarBase64). */
    async setBase64(userName: string, image: string | ImageInput, opts: CallOptions = {}): Promise<ApiMessage> {
      const string = await toBase64(image);
      return call('setUserAvatarBase64', opts.signal, (attempt) =>
        inner.PUT('/rest/extender/1.0/user/avatar/base64/{userName}', { params: userPath(userName), body: { string }, ...attempt }),
      );
    },

    /** Uploads the avatar as multipart field `file` (setUserAvatarImage). */
    async upload(userName: string, image: ImageInput, opts: CallOptions & UploadOptions = {}): Promise<ApiMessage> {
      const form = await avatarForm(image, opts);
      return call('setUserAvatarImage', opts.signal, (attempt) =>
        inner.PUT('/rest/extender/1.0/user/avatar/image/{userName}', {
          // Confluence refuses multipart requests without it (XSRF protection).
          params: { ...userPath(userName), header: { 'X-Atlassian-Token': 'no-check' } },
          // The generated body type describes the form's fields; the FormData itself is sent as is.
          body: form as unknown as { file: string },
          bodySerializer: (body: unknown) => body,
          ...attempt,
        }),
      );
    },
  };

  return {
    users,
    properties,
    avatars,
    /** The typed openapi-fetch client, with the same auth, retries, timeout and deadline (GET, PUT, POST, DELETE). */
    raw: raw as Client<paths>,
  };
}

export type ExtenderUsersClient = ReturnType<typeof createExtenderUsersClient>;
