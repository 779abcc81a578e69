// A deadline for each attempt of a request, combined with the caller's own signal.
import type { Middleware } from 'openapi-fetch';

/** The same request with a signal that fires after `timeoutMs` or when its own signal does. */
export function withTimeout(request: Request, timeoutMs: number | undefined): Request {
  if (!timeoutMs || timeoutMs <= 0) return request;
  return new Request(request, { signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]) });
}

export function createTimeoutMiddleware(timeoutMs: number | undefined): Middleware {
  return {
    onRequest({ request }) {
      return withTimeout(request, timeoutMs);
    },
  };
}
