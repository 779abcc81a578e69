// Retries as openapi-fetch middleware. onRequest keeps an untouched clone of each request (body
// included), so every retry re-sends the same JSON or multipart body; onResponse and onError
// decide with retry-policy.ts and re-send through the client's own fetch.
import type { Middleware } from 'openapi-fetch';
import { decideRetry, type Outcome, type ResolvedRetryOptions } from '../retry-policy.js';
import { withTimeout } from './timeout.js';

export interface RetryEvent {
  type: 'retry';
  method: string;
  url: string;
  attempt: number;
  delayMs: number;
  reason: string;
}

export interface RetryMiddlewareOptions {
  options: ResolvedRetryOptions;
  timeoutMs: number | undefined;
  onRetry?: (event: RetryEvent) => void;
  /** For tests: a deterministic source of jitter and a fake clock. */
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

interface Pending {
  original: Request;
  attempts: number;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function outcomeOf(result: Response | unknown): Outcome {
  if (result instanceof Response) return { status: result.status, headers: result.headers };
  return { failure: (result as { name?: string } | null)?.name === 'TimeoutError' ? 'timeout' : 'network' };
}

export function createRetryMiddleware({ options, timeoutMs, onRetry, random, sleep = abortableSleep }: RetryMiddlewareOptions): Middleware {
  const pending = new Map<string, Pending>();

  /** Re-sends until the policy stops; returns the last response, or throws the last failure. */
  async function retryLoop(id: string, fetchImpl: (r: Request) => Promise<Response>, first: Response | unknown): Promise<Response | undefined> {
    const state = pending.get(id);
    if (!state) return undefined; // already handled (a response recovered by onError passes onResponse too)
    pending.delete(id);
    let last: Response | unknown = first;
    for (;;) {
      const decision = decideRetry(state.original.method, outcomeOf(last), state.attempts, options, random);
      if (!decision.retry || state.original.signal.aborted) {
        if (last instanceof Response) return last;
        throw last;
      }
      // Free the connection without waiting: cancelling one branch of a tee()d body (a clone
      // made by a caller's fetch wrapper) only settles once the other branch is cancelled too.
      if (last instanceof Response) void last.body?.cancel().catch(() => undefined);
      onRetry?.({ type: 'retry', method: state.original.method, url: state.original.url, attempt: state.attempts, delayMs: decision.delayMs, reason: decision.reason });
      await sleep(decision.delayMs, state.original.signal);
      state.attempts++;
      try {
        last = await fetchImpl(withTimeout(state.original.clone(), timeoutMs));
      } catch (failure) {
        if (state.original.signal.aborted) throw state.original.signal.reason ?? failure;
        last = failure;
      }
    }
  }

  return {
    onRequest({ request, id }) {
      if (options.maxAttempts > 1) pending.set(id, { original: request.clone(), attempts: 1 });
      return undefined;
    },
    async onResponse({ response, id, options: client }) {
      const result = await retryLoop(id, client.fetch, response);
      return result === response ? undefined : result;
    },
    async onError({ error, id, options: client }) {
      try {
        return await retryLoop(id, client.fetch, error);
      } catch (failure) {
        return failure instanceof Error ? failure : new Error(String(failure));
      }
    },
  };
}
