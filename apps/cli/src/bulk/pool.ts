// Runs work over items with a bounded number at once; Ctrl+C stops taking new items and lets the
// ones in flight finish.

/** Runs `work` over `items` with at most `limit` at once; stops taking new items once `signal` aborts. */
export async function pool<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal.aborted) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
