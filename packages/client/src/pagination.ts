// Walks every page of getUsers. The first page tells `total` and the page size the server really
// applies; after that up to `concurrency` pages are fetched at once and yielded in order.
// Termination does not trust the server: the walk ends on an empty page or once `startAt` passes
// `total`, every step advances by at least one user, names already yielded are never yielded
// again, and a page that brings nothing new ends the walk.

export interface PageLike<U> {
  total: number;
  maxResults: number;
  startAt: number;
  users: U[];
}

export interface WalkOptions {
  /** Users per request (default 100). */
  pageSize?: number;
  /** Pages in flight at once after the first (default 1). */
  concurrency?: number;
  /** Where to start (default 0). */
  startAt?: number;
}

export type FetchPage<U> = (startAt: number, maxResults: number) => Promise<PageLike<U>>;

export async function* walkPages<U extends { name: string }>(
  fetchPage: FetchPage<U>,
  options: WalkOptions = {},
): AsyncGenerator<U, void, undefined> {
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 100));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const seen = new Set<string>();

  /** Yields the users of a page not yielded before; returns how many were new. */
  function* fresh(page: PageLike<U>): Generator<U, number> {
    let added = 0;
    for (const user of page.users) {
      if (seen.has(user.name)) continue;
      seen.add(user.name);
      added++;
      yield user;
    }
    return added;
  }

  let next = Math.max(0, Math.floor(options.startAt ?? 0));
  let total = Infinity;
  let step = pageSize;

  for (;;) {
    if (next >= total) return;
    // The page at `next` is fetched alone; it tells the real page size and the total.
    const page = await fetchPage(next, pageSize);
    total = page.total;
    if (page.users.length === 0) return;
    const added = yield* fresh(page);
    if (added === 0) return; // the server ignores startAt: nothing new will come
    // A page shorter than asked that is not the last one shows the server's real page size (a cap,
    // said in `maxResults` or not); the end itself is caught by `total` or an empty page.
    step = Math.min(pageSize, page.users.length);
    next += page.users.length;
    if (concurrency === 1) continue;

    // A window of pages in flight, yielded in order. Any short page falls back to the loop above.
    const window: { startAt: number; page: Promise<PageLike<U>> }[] = [];
    const schedule = () => {
      while (window.length < concurrency) {
        const at = next + window.length * step;
        if (at >= total) break;
        const promise = fetchPage(at, pageSize);
        promise.catch(() => undefined); // rejections are handled when awaited in order
        window.push({ startAt: at, page: promise });
      }
    };
    schedule();
    while (window.length > 0) {
      const { page: pending } = window.shift()!;
      const current = await pending;
      total = current.total;
      if (current.users.length === 0) return;
      const gotNew = yield* fresh(current);
      if (gotNew === 0) return;
      next += current.users.length;
      if (current.users.length < step) {
        // Short page: later pages in flight assumed full steps and may have gaps; drop them.
        window.length = 0;
        break;
      }
      schedule();
    }
  }
}
