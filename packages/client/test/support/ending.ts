// How a call ended, with a full garbage collection every 50 ms while it runs: what was only held
// weakly (a timeout's timer, a Request's abort link) is then gone at once, so a call that depends on
// it never ends instead of ending by luck.
import { expect } from 'vitest';

/**
 * The call's rejection (or value), collecting garbage meanwhile. Fails if the call has not ended
 * after `guardMs`: a limit far above what any call here takes on the busiest machine, there only
 * so that a call that never ends fails the test instead of hanging it.
 */
export async function ending(call: Promise<unknown>, guardMs = 15_000): Promise<unknown> {
  const gc = (globalThis as { gc?: () => void }).gc;
  expect(gc, 'run with --expose-gc (vitest.config.ts)').toBeTypeOf('function');
  // Full collections: minor ones alone leave a dropped Request alive (it was promoted, or a WeakRef
  // kept it for the turn). Each takes 20-80 ms here, so they are not run back to back.
  const collecting = setInterval(gc!, 50);
  let guard: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      call.then(
        (value) => value,
        (error: unknown) => error,
      ),
      new Promise(
        (_, reject) =>
          (guard = setTimeout(() => reject(new Error(`the call was still running after ${guardMs} ms`)), guardMs)),
      ),
    ]);
  } finally {
    clearInterval(collecting);
    clearTimeout(guard);
  }
}
