// The client's one error family. Every failure of a call becomes an ExtenderApiError subclass
// that carries the HTTP status, the operation and the server's message (never a secret).
import { redact } from './redact.js';
import { retryAfterMs } from './retry-policy.js';

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
  | 'timeout';

export interface ExtenderApiErrorInit {
  operation: string;
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
  readonly operation: string;
  readonly status: number | undefined;
  /** The server's own message (JSON `message`, text, or an HTML page's title/text), trimmed. */
  readonly serverMessage: string | undefined;

  constructor(init: ExtenderApiErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.operation = init.operation;
    this.status = init.status;
    this.serverMessage = init.serverMessage;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, kind: this.kind, operation: this.operation, status: this.status, message: this.message, serverMessage: this.serverMessage };
  }
}

function describe({ operation, status, serverMessage, detail }: ExtenderApiErrorInit): string {
  const head = status === undefined ? operation : `${operation} failed with HTTP ${status}`;
  const body = [serverMessage, detail].filter(Boolean).join(' — ');
  return body ? `${head}: ${body}` : head;
}

export class BadRequestError extends ExtenderApiError { override readonly name = 'BadRequestError'; override readonly kind = 'bad-request' as const; }
export class UnauthorizedError extends ExtenderApiError { override readonly name = 'UnauthorizedError'; override readonly kind = 'unauthorized' as const; }
export class ForbiddenError extends ExtenderApiError { override readonly name = 'ForbiddenError'; override readonly kind = 'forbidden' as const; }
export class NotFoundError extends ExtenderApiError { override readonly name = 'NotFoundError'; override readonly kind = 'not-found' as const; }
export class ConflictError extends ExtenderApiError { override readonly name = 'ConflictError'; override readonly kind = 'conflict' as const; }
export class PayloadTooLargeError extends ExtenderApiError { override readonly name = 'PayloadTooLargeError'; override readonly kind = 'payload-too-large' as const; }
export class UnsupportedMediaTypeError extends ExtenderApiError { override readonly name = 'UnsupportedMediaTypeError'; override readonly kind = 'unsupported-media-type' as const; }
export class ServerError extends ExtenderApiError { override readonly name = 'ServerError'; override readonly kind = 'server' as const; }

/** 429: `retryAfterMs` is the wait the server asked for (Retry-After or X-RateLimit-*), if any. */
export class RateLimitError extends ExtenderApiError {
  override readonly name = 'RateLimitError';
  override readonly kind = 'rate-limited' as const;
  readonly retryAfterMs: number | undefined;
  constructor(init: ExtenderApiErrorInit & { retryAfterMs?: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}

/** The server could not be reached, or the connection broke. */
export class NetworkError extends ExtenderApiError { override readonly name = 'NetworkError'; override readonly kind = 'network' as const; }
/** No answer within `timeoutMs` (one attempt) or `deadlineMs` (the whole call). */
export class TimeoutError extends ExtenderApiError { override readonly name = 'TimeoutError'; override readonly kind = 'timeout' as const; }

const byStatus: Record<number, new (init: ExtenderApiErrorInit) => ExtenderApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  415: UnsupportedMediaTypeError,
};

const MAX_MESSAGE = 300;

/** The message inside an error body: JSON `message`, an HTML page's title or text, or plain text. */
export function messageFromBody(body: unknown): string | undefined {
  let text: string | undefined;
  if (body && typeof body === 'object') {
    const candidate = (body as Record<string, unknown>).message ?? (body as Record<string, unknown>).errorMessage;
    text = typeof candidate === 'string' ? candidate : JSON.stringify(body);
  } else if (typeof body === 'string') {
    text = /<\/?[a-z][\s\S]*>/i.test(body) ? textOfHtml(body) : body;
  }
  text = text?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

function textOfHtml(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const strip = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const parts = [title, heading].filter((s): s is string => !!s).map((s) => strip(s).trim());
  if (parts.length > 0) return [...new Set(parts)].join(' — ');
  return strip(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' '));
}

/** The typed error for an HTTP error response whose body openapi-fetch has already read. */
export function errorFromResponse(operation: string, response: Response, body: unknown, secrets: readonly string[]): ExtenderApiError {
  const message = messageFromBody(body);
  const init = { operation, status: response.status, serverMessage: message === undefined ? undefined : redact(message, secrets) };
  if (response.status === 429) return new RateLimitError({ ...init, retryAfterMs: retryAfterMs(response.headers) });
  if (response.status >= 500) return new ServerError(init);
  const ErrorClass = byStatus[response.status] ?? ExtenderApiError;
  return new ErrorClass(init);
}

/** The typed error for a request that got no answer (a caller's abort is handled before). */
export function errorFromFailure(operation: string, failure: unknown, secrets: readonly string[]): ExtenderApiError {
  if (failure instanceof ExtenderApiError) return failure;
  const detail = redact(String((failure as { cause?: { message?: string } })?.cause?.message ?? (failure as Error)?.message ?? failure), secrets);
  return new NetworkError({ operation, detail: `request failed: ${detail}` });
}
