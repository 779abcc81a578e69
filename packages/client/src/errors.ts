// The client's one error family. Every failure of a call becomes an ExtenderApiError subclass
// that carries the HTTP status, the operation and the server's message (never a secret).
import type { OperationId } from '@extender-users/api-types';

/** What failed: the operationId, or for a call through `client.raw` its method and path. */
export type Operation = OperationId | `${'GET' | 'PUT' | 'POST' | 'DELETE'} ${string}`;

export type ErrorKind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'server'
  | 'http'
  | 'network'
  | 'timeout'
  | 'not-extender'
  | 'captcha-required'
  | 'unsupported-operation';

export interface ExtenderApiErrorInit {
  operation: Operation;
  status?: number;
  serverMessage?: string;
  /** What the client adds to the message: what happened when there is no answer, or what to do. */
  detail?: string;
  cause?: unknown;
}

// Every class names itself with a string: `new.target.name` or `constructor.name` would be whatever
// a minifier renamed the class to ('L' in an esbuild --minify bundle).

/** Base class: `kind` discriminates, `status` is the HTTP status (absent for network/timeout). */
export class ExtenderApiError extends Error {
  override readonly name: string = 'ExtenderApiError';
  readonly kind: ErrorKind = 'http';
  readonly operation: Operation;
  readonly status: number | undefined;
  /** The server's own message (JSON `message`, text, or an HTML page's title/text), trimmed. */
  readonly serverMessage: string | undefined;

  constructor(init: ExtenderApiErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.operation = init.operation;
    this.status = init.status;
    this.serverMessage = init.serverMessage;
  }

  /** Every field (a subclass's too, such as `retryAfterMs`) and the message. */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), message: this.message };
  }
}

function describe({ operation, status, serverMessage, detail }: ExtenderApiErrorInit): string {
  const head = status === undefined ? operation : `${operation} failed with HTTP ${status}`;
  const body = [serverMessage, detail].filter(Boolean).join(' — ');
  return body ? `${head}: ${body}` : head;
}

export class BadRequestError extends ExtenderApiError {
  override readonly name = 'BadRequestError';
  override readonly kind = 'bad-request' as const;
}
export class UnauthorizedError extends ExtenderApiError {
  override readonly name = 'UnauthorizedError';
  override readonly kind = 'unauthorized' as const;
}
/**
 * 401 with `X-Seraph-LoginReason: AUTHENTICATION_DENIED`: after too many failed logins Confluence
 * refuses this account's password (even the right one) until a web login with a CAPTCHA, or an
 * administrator, clears it.
 */
export class CaptchaRequiredError extends ExtenderApiError {
  override readonly name = 'CaptchaRequiredError';
  override readonly kind = 'captcha-required' as const;
}
export class ForbiddenError extends ExtenderApiError {
  override readonly name = 'ForbiddenError';
  override readonly kind = 'forbidden' as const;
}
export class NotFoundError extends ExtenderApiError {
  override readonly name = 'NotFoundError';
  override readonly kind = 'not-found' as const;
}
export class ConflictError extends ExtenderApiError {
  override readonly name = 'ConflictError';
  override readonly kind = 'conflict' as const;
}
export class PayloadTooLargeError extends ExtenderApiError {
  override readonly name = 'PayloadTooLargeError';
  override readonly kind = 'payload-too-large' as const;
}
export class UnsupportedMediaTypeError extends ExtenderApiError {
  override readonly name = 'UnsupportedMediaTypeError';
  override readonly kind = 'unsupported-media-type' as const;
}
export class ServerError extends ExtenderApiError {
  override readonly name = 'ServerError';
  override readonly kind = 'server' as const;
}

/** 429: `retryAfterMs` is the wait the server asked for (Retry-After or X-RateLimit-*), if any. */
export class RateLimitError extends ExtenderApiError {
  override readonly name = 'RateLimitError';
  override readonly kind = 'rate-limited' as const;
  readonly retryAfterMs: number | undefined;
  constructor(init: ExtenderApiErrorInit & { retryAfterMs?: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** The server could not be reached, or the connection broke. */
export class NetworkError extends ExtenderApiError {
  override readonly name = 'NetworkError';
  override readonly kind = 'network' as const;
}
/** No answer within `timeoutMs` (one attempt) or `deadlineMs` (the whole call). */
export class TimeoutError extends ExtenderApiError {
  override readonly name = 'TimeoutError';
  override readonly kind = 'timeout' as const;
}

/**
 * The answer is not the Users API's (an HTML page, or a status the operation never answers with):
 * the base URL does not look like Confluence with Extender, or Extender is not installed.
 */
export class NotExtenderError extends ExtenderApiError {
  override readonly name = 'NotExtenderError';
  override readonly kind = 'not-extender' as const;
}

/** 404 from an operation newer than the server's Extender version (the message says which versions lack it). */
export class UnsupportedOperationError extends ExtenderApiError {
  override readonly name = 'UnsupportedOperationError';
  override readonly kind = 'unsupported-operation' as const;
}
