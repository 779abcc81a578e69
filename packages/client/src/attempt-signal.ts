// The signal of one attempt: it aborts when the caller's signal does, or when a plain timer reaches
// the attempt's limit. Not `AbortSignal.any([signal, AbortSignal.timeout(ms)])`: Node 20 holds the
// sources of `any` weakly and the timeout's timer holds its signal weakly, so a garbage collection
// during a silent request can drop the timeout and the attempt then waits forever.
// The link to the caller's signal is removed as soon as the attempt ends: fetch's Request follows
// the signal it gets with a listener removed only when the Request is garbage-collected, and counts
// that signal's listeners on each new Request, so a long-lived signal shared by thousands of calls (a
// CLI's Ctrl+C signal) must never be given to fetch itself.

export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Whether the timer, not the caller, aborted the attempt. */
  readonly expired: boolean;
  /** Stops the timer and unlinks the caller's signal. */
  end(): void;
}

/** A signal for one attempt: the caller's abort, or `limitMs` elapsed (Infinity: no limit). */
export function attemptSignal(caller: AbortSignal | undefined, limitMs: number): AttemptSignal {
  const controller = new AbortController();
  const follow = () => controller.abort(caller!.reason);
  if (caller?.aborted) follow();
  else caller?.addEventListener('abort', follow);
  let expired = false;
  const timer =
    limitMs < Infinity
      ? setTimeout(() => {
          expired = true;
          controller.abort(new DOMException(`no answer within ${limitMs} ms`, 'TimeoutError'));
        }, limitMs)
      : undefined;
  return {
    signal: controller.signal,
    get expired() {
      return expired;
    },
    end() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', follow);
    },
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
