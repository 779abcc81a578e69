// createExtenderUsersClient: the API's operations as typed methods, one per operationId in one
// table the compiler checks against the spec (operationMethods), each call sent to its operation's
// method and path from the generated operationRoutes (request.ts), run attempt by attempt
// (attempts.ts: retries, per-attempt timeout, overall deadline) and every failure mapped to the
// ExtenderApiError family. `raw` is openapi-fetch's typed client with the same attempts.
import createClient, { type Client } from 'openapi-fetch';
import type { paths, ResponseBodyOf } from '@extender-users/api-types';
import { runAttempts, type AttemptSettings, type RetryEvent } from './attempts.js';
import { authorizationHeader, secretsOf, type Auth } from './auth.js';
import { avatarForm, toBase64, type ImageInput, type UploadOptions } from './avatar.js';
import { errorFromResponse, notExtender } from './error-mapping.js';
import { walkPages } from './pagination.js';
import { requestLine, sendOnce, type RequestParts } from './request.js';
import { resolveRetryOptions, type RetryOptions } from './retry-policy.js';
import type {
  AddUserRequest,
  ApiMessage,
  Detail,
  OperationId,
  UserChanges,
  UserDetails,
  UserFor,
  UserPage,
} from './types.js';

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
    throw new TypeError(
      `baseUrl must be an absolute http(s) URL such as https://confluence.acme.test/confluence, got '${baseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/@]*@/i, '$1…@')}'`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`baseUrl must use http or https, got ${url.protocol}`);
  if (url.username || url.password) throw new TypeError('baseUrl must not contain credentials; pass them as `auth`');
  if (url.search || url.hash) throw new TypeError('baseUrl must not have a query or fragment');
  if (/\/rest(\/|$)/.test(url.pathname)) {
    throw new TypeError(
      `baseUrl is the Confluence base URL without /rest/...: use '${url.origin}${url.pathname.replace(/\/rest(\/.*)?$/, '')}'`,
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

const detailQuery = (detail: Detail | undefined) =>
  detail === 'extended' ? { showExtendedDetails: true } : detail === 'basic' ? { showBasicDetails: true } : {};

/** Runs one operation's attempts and returns its data, or throws the typed error. */
export type Call = <K extends OperationId>(
  operation: K,
  opts: CallOptions,
  parts?: RequestParts<K>,
) => Promise<ResponseBodyOf<K>>;

/** What operationMethods must have: a method for each operationId of the spec, and nothing else. */
type EveryOperation = { [K in OperationId]: (...args: never[]) => Promise<unknown> };

/**
 * One method per operation of the spec, keyed by its operationId: an operation without a method
 * ("Property 'x' is missing ... but required in type 'EveryOperation'"), or a method for no
 * operation ("Object literal may only specify known properties, and 'x' does not exist in type
 * 'EveryOperation'"), fails the type check.
 */
export function operationMethods(call: Call) {
  /** One page of a listing; JSON of another shape is refused (paging would have nothing to walk). */
  const list =
    (operation: 'getUsers' | 'getUsersWithConfluenceAccess') =>
    async <D extends Detail = 'name'>(opts: ListOptions<D> = {}): Promise<UserPage<D>> => {
      const query = {
        startAt: opts.startAt,
        maxResults: opts.maxResults,
        dateFormat: opts.dateFormat,
        ...detailQuery(opts.detail),
      };
      const page = await call(operation, opts, { query });
      if (!Array.isArray(page?.users)) throw notExtender(operation, 200, 'a page without a users list');
      return page as UserPage<D>;
    };

  return {
    getUsers: list('getUsers'),
    getUsersWithConfluenceAccess: list('getUsersWithConfluenceAccess'),
    getUserDetails: (userName: string, opts: CallOptions & { dateFormat?: string } = {}): Promise<UserDetails> =>
      call('getUserDetails', opts, { path: { userName }, query: { dateFormat: opts.dateFormat } }),
    addUser: (user: AddUserRequest, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('addUser', opts, { body: user }),
    renameUser: (userName: string, newName: string, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('renameUser', opts, { path: { userName }, body: { name: newName } }),
    changeUserDetails: (userName: string, changes: UserChanges, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('changeUserDetails', opts, { path: { userName }, body: changes }),
    deleteUser: (userName: string, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('deleteUser', opts, { path: { userName } }),
    activateUser: (userName: string, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('activateUser', opts, { path: { userName } }),
    deactivateUser: (userName: string, opts: CallOptions = {}): Promise<ApiMessage> =>
      call('deactivateUser', opts, { path: { userName } }),
    getUserProperty: async (userName: string, propertyKey: string, opts: CallOptions = {}): Promise<string> => {
      const answer = await call('getUserProperty', opts, { path: { userName, propertyKey } });
      if (typeof answer?.value !== 'string') throw notExtender('getUserProperty', 200, 'an answer without a value');
      return answer.value;
    },
    setUserProperty: (
      userName: string,
      propertyKey: string,
      value: string,
      opts: CallOptions = {},
    ): Promise<ApiMessage> => call('setUserProperty', opts, { path: { userName, propertyKey }, body: { value } }),
    setUserAvatarBase64: async (
      userName: string,
      image: string | ImageInput,
      opts: CallOptions = {},
    ): Promise<ApiMessage> =>
      call('setUserAvatarBase64', opts, { path: { userName }, body: { string: await toBase64(image) } }),
    setUserAvatarImage: async (
      userName: string,
      image: ImageInput,
      opts: CallOptions & UploadOptions = {},
    ): Promise<ApiMessage> =>
      // Confluence refuses multipart requests without X-Atlassian-Token (XSRF protection).
      call('setUserAvatarImage', opts, {
        path: { userName },
        header: { 'X-Atlassian-Token': 'no-check' },
        body: await avatarForm(image, opts),
      }),
  } satisfies EveryOperation;
}

/** The client's connection: its fixed headers (built once), attempts settings, `call` and `raw`. */
export function connect(options: ExtenderUsersClientOptions) {
  const secrets = secretsOf(options.auth);
  const baseUrl = normalizeBaseUrl(options.baseUrl);
  const headers: Record<string, string> = {
    Authorization: authorizationHeader(options.auth),
    Accept: 'application/json',
  };
  // Checked here, once: a value fetch refuses would otherwise fail every attempt as a network error,
  // and a token with a space or a letter such as 'ö' would go out as Latin-1 bytes and be refused as
  // wrong. (Basic credentials are base64, always sendable.)
  if ('token' in options.auth && !/^[\x21-\x7e]+$/.test(options.auth.token)) {
    throw new TypeError(
      'auth cannot be sent in an HTTP header: the token is empty or holds a space or a character outside ASCII (tokens are ASCII: check that it was copied whole)',
    );
  }
  if (options.userAgent) {
    try {
      new Headers({ 'User-Agent': options.userAgent });
    } catch {
      throw new TypeError(
        'userAgent cannot be sent in an HTTP header: it holds a line break or a character outside Latin-1',
      );
    }
    headers['User-Agent'] = options.userAgent;
  }
  const jsonHeaders = { ...headers, 'Content-Type': 'application/json' };
  const given = options.fetch;
  const settings: AttemptSettings = {
    // A fetch from the options always gets a Request; the global fetch builds its own from (url, init).
    fetch: given ? (request) => given(request as Request) : (input, init) => globalThis.fetch(input, init),
    takesRequest: given !== undefined,
    retry: resolveRetryOptions(options.retry),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deadlineMs: options.deadlineMs ?? 0,
    onRetry: options.onRetry,
    secrets,
  };

  const call: Call = async (operation, { signal }, parts = {}) => {
    const line = requestLine(baseUrl, operation, parts); // a TypeError for a missing user name, before any attempt
    const { data, error, response } = await runAttempts(settings, operation, signal, (attempt) =>
      sendOnce(line, headers, jsonHeaders, parts, attempt),
    );
    if (!response.ok) throw errorFromResponse(operation, response, error, secrets);
    return data as never;
  };

  // The typed openapi-fetch client with the same attempts; HTTP errors come back as `{ error, response }`.
  const inner: Client<paths> = createClient<paths>({ baseUrl, headers });
  const raw = { ...inner };
  for (const method of ['GET', 'PUT', 'POST', 'DELETE'] as const) {
    const send = inner[method] as (path: string, init?: { signal?: AbortSignal }) => Promise<{ response: Response }>;
    (raw as Record<string, unknown>)[method] = (path: string, init: { signal?: AbortSignal } = {}) =>
      runAttempts(settings, `${method} ${path}`, init.signal, (attempt) => send(path, { ...init, ...attempt }));
  }
  return { call, raw: raw as Client<paths> };
}

export function createExtenderUsersClient(options: ExtenderUsersClientOptions) {
  const { call, raw } = connect(options);
  const m = operationMethods(call);
  /** Every user of a listing, page by page, in order, each once (see pagination.ts). */
  const walk = <D extends Detail>(
    list: typeof m.getUsers,
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
      list: m.getUsers,
      /** Every user of getUsers, page by page, in order, each once. */
      iterate: <D extends Detail = 'name'>(opts: IterateOptions<D> = {}) => walk(m.getUsers, opts),
      /**
       * One page of the users with access to Confluence only (getUsersWithConfluenceAccess). A server
       * whose Extender version lacks it answers 404: an UnsupportedOperationError.
       */
      listWithAccess: m.getUsersWithConfluenceAccess,
      /** Every user with access to Confluence, page by page, in order, each once. */
      iterateWithAccess: <D extends Detail = 'name'>(opts: IterateOptions<D> = {}) =>
        walk(m.getUsersWithConfluenceAccess, opts),
      /** Everything about one user (getUserDetails). */
      get: m.getUserDetails,
      /** Creates a user (addUser); ConflictError when the name is taken. */
      add: m.addUser,
      /** Renames a user (renameUser). */
      rename: m.renameUser,
      /** Changes the full name, e-mail and/or password (changeUserDetails); at least one is required. */
      changeDetails: m.changeUserDetails,
      /** Deletes a user (deleteUser). */
      delete: m.deleteUser,
      /** Gives a user access to Confluence again (activateUser). */
      activate: m.activateUser,
      /** Takes a user's access to Confluence away (deactivateUser). */
      deactivate: m.deactivateUser,
    },
    properties: {
      /** A user property's value (getUserProperty); NotFoundError when it was never set. */
      get: m.getUserProperty,
      /** Creates or replaces a user property (setUserProperty). */
      set: m.setUserProperty,
    },
    avatars: {
      /** Sets the avatar from base64 text, bytes or a Blob (setUserAvatarBase64). */
      setBase64: m.setUserAvatarBase64,
      /** Uploads the avatar as multipart field `file` (setUserAvatarImage). */
      upload: m.setUserAvatarImage,
    },
    /** The typed openapi-fetch client, with the same auth, retries, timeout and deadline (GET, PUT, POST, DELETE). */
    raw,
  };
}

export type ExtenderUsersClient = ReturnType<typeof createExtenderUsersClient>;
