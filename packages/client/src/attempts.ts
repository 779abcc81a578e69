// One call, attempt after attempt. Each attempt is one request, body read included,
// under its own signal: the per-attempt timeout and the call's deadline are plain timers (see
// attempt-signal.ts), and the exchange races that signal (bounded-exchange.ts), so an attempt ends at
// its limit whatever the server does (never answers, stalls the body, trickles it) and whatever the
// fetch does with the signal. Between attempts retry-policy.ts decides, and the wait is cut short by the
// caller's signal. This wraps each openapi-fetch call (typed methods and `client.raw` alike) rather
// than being its middleware, because openapi-fetch reads the body after its middleware has run and
// the body must be part of the attempt: each call gets the attempt's signal and fetch (AttemptInit).
import { abortableSleep, attemptSignal } from './attempt-signal.js';
import { boundedExchange } from './bounded-exchange.js';
import { errorFromFailure, isBlockedPort, notExtender } from './error-mapping.js';
import { TimeoutError, type Operation } from './errors.js';
import { decideRetry, type AttemptResult, type ResolvedRetryOptions } from './retry-policy.js';

export interface RetryEvent {
  type: 'retry';
  method: string;
  url: string;
  /** The attempt that failed (1-based). */
  attempt: number;
  delayMs: number;
  reason: string;
}

/** What sends a Request: the fetch given in the options, or the global fetch. */
export type Fetch = (request: Request) => Promise<Response>;

export interface AttemptSettings {
  fetch: Fetch;
  retry: ResolvedRetryOptions;
  /** Limit of each attempt in ms; 0 for none. */
  timeoutMs: number;
  /** Limit of the whole call (attempts and waits) in ms; 0 for none. */
  deadlineMs: number;
  onRetry?: ((event: RetryEvent) => void) | undefined;
  secrets: readonly string[];
}

/** What an attempt gives openapi-fetch for its request: the attempt's signal, and the fetch that sends it. */
export interface AttemptInit {
  signal: AbortSignal;
  fetch: Fetch;
}

/**
 * Sends until the retry policy stops, and returns the last result (an HTTP error status included).
 * Throws the caller's abort reason, or a TimeoutError / NetworkError when no answer came.
 */
export async function runAttempts<R extends { response: Response }>(
  settings: AttemptSettings,
  operation: Operation,
  caller: AbortSignal | undefined,
  send: (init: AttemptInit) => Promise<R>,
): Promise<R> {
  const { timeoutMs, deadlineMs } = settings;
  const deadline = deadlineMs > 0 ? Date.now() + deadlineMs : Infinity;
  const deadlineError = (attempts: number, last?: unknown) =>
    new TimeoutError({
      operation,
      detail: `not done within the deadline of ${deadlineMs} ms (deadlineMs; ${attempts} attempt${attempts === 1 ? '' : 's'})`,
      cause: last,
    });

  for (let attempt = 1; ; attempt++) {
    const left = deadline - Date.now();
    if (left <= 0) throw deadlineError(attempt - 1);
    const byDeadline = !(timeoutMs > 0 && timeoutMs < left);
    const limit = attemptSignal(caller, byDeadline ? left : timeoutMs);
    let request: Request | undefined;
    let response: Response | undefined;
    const fetch: Fetch = async (sent) => {
      request = sent;
      // Headers and body within the attempt's signal, whatever this fetch does with it.
      return (response = await boundedExchange(settings.fetch(sent), limit.signal, sent));
    };

    let result: R | undefined;
    let failure: unknown;
    let happened: AttemptResult;
    try {
      result = await send({ signal: limit.signal, fetch });
      happened = result.response;
    } catch (error) {
      if (caller?.aborted) throw caller.reason ?? error;
      if (limit.expired && byDeadline) throw deadlineError(attempt);
      // A success body that does not parse as JSON: an HTML page, most likely.
      if (error instanceof SyntaxError && response) {
        throw notExtender(
          operation,
          response.status,
          `${response.headers.get('content-type') ?? 'a body'} where the API answers JSON`,
        );
      }
      failure = limit.expired
        ? new TimeoutError({ operation, detail: `no answer within ${timeoutMs} ms (timeoutMs; attempt ${attempt})` })
        : errorFromFailure(operation, error, settings.secrets);
      if (isBlockedPort(error)) throw failure;
      happened = { failure: limit.expired ? 'timeout' : 'network' };
    } finally {
      limit.end();
    }

    if (result?.response.ok) return result; // the usual case: nothing to decide
    // A request that never reached fetch (its body could not be built) is not retried.
    const decision = decideRetry(request?.method ?? '', happened, attempt, settings.retry);
    if (!decision.retry) {
      if (result) return result;
      throw failure;
    }
    // A retry that could not start before the deadline: an answer is still the best error to give.
    if (Date.now() + decision.delayMs >= deadline) {
      if (result) return result;
      throw deadlineError(attempt, failure);
    }
    settings.onRetry?.({
      type: 'retry',
      method: request!.method,
      url: request!.url,
      attempt,
      delayMs: decision.delayMs,
      reason: decision.reason,
    });
    await abortableSleep(decision.delayMs, caller);
  }
}
