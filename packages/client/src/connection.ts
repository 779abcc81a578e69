// A client's connection to one server: its fixed headers (built once), its attempt settings, and
// its one request path, openapi-fetch's client. Every typed method (`call`) and `client.raw` send
// through it, each openapi-fetch call run attempt by attempt (attempts.ts) with the attempt's signal
// and fetch; an HTTP error of a typed method becomes its ExtenderApiError (error-mapping.ts).
import createClient, { type Client } from 'openapi-fetch';
import {
  operationRoutes,
  type OperationId,
  type operations,
  type PathParamsOf,
  type paths,
  type QueryOf,
  type RequestBodyOf,
  type ResponseBodyOf,
} from '@extender-users/api-types';
import { runAttempts, type AttemptInit, type AttemptSettings, type RetryEvent } from './attempts.js';
import { authorizationHeader, secretsOf, type Auth } from './auth.js';
import { normalizeBaseUrl } from './base-url.js';
import { errorFromResponse } from './error-mapping.js';
import { checkPathParams } from './path-params.js';
import { resolveRetryOptions, type RetryOptions } from './retry-policy.js';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface ExtenderUsersClientOptions {
  /** The Confluence base URL: scheme, host and optional context path, without `/rest/...`. */
  baseUrl: string;
  /** `{ username, password }` (a password or an Extender API token) or `{ token }` (bearer). */
  auth: Auth;
  /** A fetch implementation (default: the global fetch). It gets openapi-fetch's Request of each attempt. */
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

/** What a call gives its operation: path and query parameters, headers and a body, as the spec types them. */
export interface RequestParts<K extends OperationId> {
  path?: PathParamsOf<K>;
  query?: QueryOf<K>;
  header?: operations[K]['parameters']['header'];
  body?: RequestBodyOf<K> | FormData;
}

/** Runs one operation's attempts and returns its data, or throws the typed error. */
export type Call = <K extends OperationId>(
  operation: K,
  opts: CallOptions,
  parts?: RequestParts<K>,
) => Promise<ResponseBodyOf<K>>;

/** openapi-fetch's `request`, for an operation's method and path taken from the generated table. */
type SendOperation = (
  method: string,
  path: string,
  init: AttemptInit & { params: object; body?: unknown },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** openapi-fetch's methods of `raw`, wrapped: each call run attempt by attempt. */
type RawMethod = (path: string, init?: { signal?: AbortSignal }) => Promise<{ response: Response }>;

/** The fixed headers of every request (auth, accept, user agent), checked once. */
function fixedHeaders(auth: Auth, userAgent: string | undefined): Record<string, string> {
  // A value fetch refuses would otherwise fail every attempt as a network error, and a token with a
  // space or a letter such as 'ö' would go out as Latin-1 bytes and be refused as wrong. (Basic
  // credentials are base64, always sendable.)
  if ('token' in auth && !/^[\x21-\x7e]+$/.test(auth.token)) {
    throw new TypeError(
      'auth cannot be sent in an HTTP header: the token is empty or holds a space or a character outside ASCII (tokens are ASCII: check that it was copied whole)',
    );
  }
  const headers: Record<string, string> = { Authorization: authorizationHeader(auth), Accept: 'application/json' };
  if (userAgent) {
    try {
      new Headers({ 'User-Agent': userAgent });
    } catch {
      throw new TypeError(
        'userAgent cannot be sent in an HTTP header: it holds a line break or a character outside Latin-1',
      );
    }
    headers['User-Agent'] = userAgent;
  }
  return headers;
}

/** The connection of a client: `call` for the typed methods, `raw` for openapi-fetch's typed client. */
export function connect(options: ExtenderUsersClientOptions): { call: Call; raw: Client<paths> } {
  const secrets = secretsOf(options.auth);
  const api = createClient<paths>({
    baseUrl: normalizeBaseUrl(options.baseUrl),
    headers: fixedHeaders(options.auth, options.userAgent),
  });
  const settings: AttemptSettings = {
    fetch: options.fetch ?? ((request: Request) => globalThis.fetch(request)),
    retry: resolveRetryOptions(options.retry),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    deadlineMs: options.deadlineMs ?? 0,
    onRetry: options.onRetry,
    secrets,
  };

  const send = api.request as unknown as SendOperation;
  const call: Call = async (operation, { signal }, parts = {}) => {
    const { method, path } = operationRoutes[operation];
    checkPathParams(operation, path, parts.path); // a TypeError before any attempt
    const params = { path: parts.path, query: parts.query, header: parts.header };
    const { data, error, response } = await runAttempts(settings, operation, signal, (attempt) =>
      send(method, path, { params, body: parts.body, ...attempt }),
    );
    if (!response.ok) throw errorFromResponse(operation, response, error, secrets);
    return data as never;
  };

  // HTTP errors come back as openapi-fetch's `{ error, response }`; no answer as an ExtenderApiError.
  const raw = { ...api };
  for (const method of ['GET', 'PUT', 'POST', 'DELETE'] as const) {
    const plain = api[method] as unknown as RawMethod;
    (raw as Record<string, unknown>)[method] = (path: string, init: { signal?: AbortSignal } = {}) =>
      runAttempts(settings, `${method} ${path}`, init.signal, (attempt) => plain(path, { ...init, ...attempt }));
  }
  return { call, raw: raw as Client<paths> };
}
