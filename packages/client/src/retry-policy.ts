// When to retry a request and how long to wait: pure functions, no I/O.

export interface RetryOptions {
  /** Attempts in all, the first included (default 4; 1 disables retrying). */
  maxAttempts?: number;
  /** Base of the exponential backoff in ms (default 250). */
  baseDelayMs?: number;
  /** Cap of one backoff wait in ms (default 10 000). */
  maxDelayMs?: number;
  /** A server asking for a longer wait than this (ms) is not retried; the 429/503 is returned (default 60 000). */
  maxRetryAfterMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

/** The defaults, frozen: each client gets its own copy with the caller's options over them. */
export const DEFAULT_RETRY: Readonly<ResolvedRetryOptions> = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 60_000,
});

/** A client's own retry settings: the defaults with `options` over them (`false`: one attempt). */
export function resolveRetryOptions(options: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (options === false) return { ...DEFAULT_RETRY, maxAttempts: 1 };
  return { ...DEFAULT_RETRY, ...options };
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);

/**
 * The wait a response asks for, in ms: `Retry-After` (seconds, or an HTTP date), else when the
 * rate-limit bucket is empty (`X-RateLimit-Remaining: 0`) one refill interval. Undefined when none.
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  if (headers.get('x-ratelimit-remaining')?.trim() === '0') {
    const interval = Number(headers.get('x-ratelimit-interval-seconds'));
    if (Number.isFinite(interval) && interval > 0) return interval * 1000;
  }
  return undefined;
}

/** How an attempt ended: with an answer (its status and headers), or without one. */
export type AttemptResult = { status: number; headers: Headers } | { failure: 'network' | 'timeout' };

export type RetryDecision = { retry: false; reason: string } | { retry: true; delayMs: number; reason: string };

/**
 * Decides whether attempt number `attempt` (1-based) is followed by another. GET/PUT/DELETE are
 * retried on 429, 502, 503, 504, network errors and timeouts; POST only on 429/503 that carry a
 * wait (`Retry-After`), because then the server did not process it.
 */
export function decideRetry(
  method: string,
  happened: AttemptResult,
  attempt: number,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): RetryDecision {
  if (attempt >= options.maxAttempts) return { retry: false, reason: 'attempts exhausted' };
  const idempotent = IDEMPOTENT.has(method.toUpperCase());
  if ('failure' in happened) {
    return idempotent
      ? { retry: true, delayMs: backoffMs(attempt, options, random), reason: happened.failure }
      : { retry: false, reason: `${happened.failure} on a non-idempotent request` };
  }
  if (!RETRYABLE_STATUS.has(happened.status)) return { retry: false, reason: `status ${happened.status} is final` };
  const asked = retryAfterMs(happened.headers);
  const hasRetryAfter = happened.headers.has('retry-after');
  if (!idempotent && !((happened.status === 429 || happened.status === 503) && hasRetryAfter)) {
    return { retry: false, reason: `status ${happened.status} on a non-idempotent request without Retry-After` };
  }
  if (asked !== undefined) {
    if (asked > options.maxRetryAfterMs)
      return { retry: false, reason: `server asks to wait ${asked} ms, more than maxRetryAfterMs` };
    return { retry: true, delayMs: asked, reason: `status ${happened.status}, server asks to wait ${asked} ms` };
  }
  return { retry: true, delayMs: backoffMs(attempt, options, random), reason: `status ${happened.status}` };
}

/** Exponential backoff with full jitter: a random wait in [0, min(cap, base · 2^(attempt-1))). */
export function backoffMs(attempt: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}
