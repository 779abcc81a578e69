// Walks of the sandbox's listing as users meet them: every distinct page in turn, a few at a time,
// as users.iterate and the CLI's export ask for them; each walk either cold (after a write, which
// drops every page the sandbox keeps) or again (straight after another walk of the same pages).
import { cpuDuring } from '../cpu.js';

export const API = '/rest/extender/1.0/user';
export const auth = `Basic ${Buffer.from('admin:admin').toString('base64')}`;

export type Detail = 'basic' | 'extended';

/** The URL of one page, as the client builds it. */
export const pageUrl = (baseUrl: string, detail: Detail, pageSize: number, startAt: number) =>
  `${baseUrl}${API}/getUsers?${detail === 'basic' ? 'showBasicDetails' : 'showExtendedDetails'}=true&maxResults=${pageSize}&startAt=${startAt}`;

export async function get(url: string): Promise<Buffer> {
  const response = await fetch(url, { headers: { authorization: auth } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** How many users the sandbox lists (getUsers). */
export async function listed(baseUrl: string): Promise<number> {
  return (JSON.parse((await get(`${baseUrl}${API}/getUsers?maxResults=1`)).toString()) as { total: number }).total;
}

let writes = 0;
/** A write (a property of admin): the sandbox drops every page it keeps, so the next walk is cold. */
export async function dropKeptPages(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}${API}/property/admin/bench.cold`, {
    method: 'PUT',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ value: String(++writes) }),
  });
  if (!response.ok) throw new Error(`the write before a cold walk answered ${response.status}`);
  await response.arrayBuffer();
}

export interface Walked {
  /** Each request's latency, ms, in the order they ended. */
  latencies: number[];
  pages: number;
}

/** Asks for every URL once, `concurrency` at a time, reading each body whole. */
export async function walk(urls: readonly string[], concurrency: number): Promise<Walked> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const started = performance.now();
      await get(url);
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, urls.length) }, worker));
  return { latencies, pages: urls.length };
}

/** The server's CPU (ms) per page over `repeats` walks of `urls`, each after `before` (untimed work included in the reading is the server's only). */
export async function cpuPerPage(
  pid: number,
  urls: readonly string[],
  options: { concurrency: number; repeats: number; before?: () => Promise<void> },
): Promise<{ ms: number; walks: Walked[] }> {
  const walks: Walked[] = [];
  let cpu = 0;
  for (let i = 0; i < options.repeats; i++) {
    await options.before?.();
    cpu += await cpuDuring(pid, async () => void walks.push(await walk(urls, options.concurrency)));
  }
  return { ms: cpu / (urls.length * options.repeats), walks };
}

export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
