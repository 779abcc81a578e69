// A few contract runs at a time per test file: each run (a CLI process, or one made in the test's
// process, which starts the suite's own vitest worker) and its sandbox and proxy are about one
// processor's worth, so starting them all at once only makes every one of them slow.
import { availableParallelism } from 'node:os';

const limit = Math.max(2, availableParallelism());
let running = 0;
const queue: (() => void)[] = [];

/** Runs `task` when a slot is free. */
export async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= limit) await new Promise<void>((resolve) => queue.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    queue.shift()?.();
  }
}
