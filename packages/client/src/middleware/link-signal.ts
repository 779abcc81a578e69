// A per-call signal that follows the caller's. fetch's Request follows the signal it is given
// with a listener that is only removed when the Request is garbage-collected, and it counts that
// signal's listeners on every new Request: a long-lived signal shared by thousands of calls (a
// CLI's Ctrl+C signal) would make each call slower than the last. The link is removed as soon as
// the call ends, so the caller's signal never holds more listeners than there are calls in flight.

export interface LinkedSignal {
  signal: AbortSignal | undefined;
  dispose(): void;
}

export function linkSignal(caller: AbortSignal | undefined): LinkedSignal {
  if (!caller) return { signal: undefined, dispose: () => undefined };
  const controller = new AbortController();
  if (caller.aborted) {
    controller.abort(caller.reason);
    return { signal: controller.signal, dispose: () => undefined };
  }
  const follow = () => controller.abort(caller.reason);
  caller.addEventListener('abort', follow, { once: true });
  return { signal: controller.signal, dispose: () => caller.removeEventListener('abort', follow) };
}
