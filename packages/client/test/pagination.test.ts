import { describe, expect, it } from 'vitest';
import { walkPages, type PageLike } from '../src/pagination.js';

type U = { name: string };
const names = (n: number, prefix = 'u') =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}${String(i).padStart(5, '0')}` }));

/** A well-behaved server over `data`, with an optional cap; records each request. */
function server(data: U[], cap = Infinity, delay?: () => number) {
  const requests: [number, number][] = [];
  const fetchPage = async (startAt: number, maxResults: number): Promise<PageLike<U>> => {
    requests.push([startAt, maxResults]);
    if (delay) await new Promise((r) => setTimeout(r, delay()));
    const size = Math.min(maxResults, cap);
    return { total: data.length, maxResults: size, startAt, users: data.slice(startAt, startAt + size) };
  };
  return { fetchPage, requests };
}

async function collect(iterable: AsyncIterable<U>, limit = 1_000_000): Promise<string[]> {
  const out: string[] = [];
  for await (const u of iterable) {
    out.push(u.name);
    if (out.length > limit) throw new Error('runaway iteration');
  }
  return out;
}

describe('walkPages', () => {
  it('yields every user once, in order, sequentially', async () => {
    const data = names(257);
    const s = server(data);
    expect(await collect(walkPages(s.fetchPage, { pageSize: 50 }))).toEqual(data.map((u) => u.name));
    expect(s.requests.map(([at]) => at)).toEqual([0, 50, 100, 150, 200, 250]);
  });

  it('with concurrency, still yields in order, every user once, and keeps pages in flight', async () => {
    const data = names(1000);
    let inFlight = 0;
    let maxInFlight = 0;
    const base = server(data, Infinity);
    const fetchPage = async (startAt: number, maxResults: number) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, Math.random() * 10)); // pages finish out of order
      const page = await base.fetchPage(startAt, maxResults);
      inFlight--;
      return page;
    };
    expect(await collect(walkPages(fetchPage, { pageSize: 30, concurrency: 4 }))).toEqual(data.map((u) => u.name));
    expect(maxInFlight).toBe(4);
    expect(base.requests).toHaveLength(Math.ceil(1000 / 30));
  });

  it('copes with a server that caps maxResults below the page size (said or silent)', async () => {
    const data = names(120);
    const said = server(data, 25);
    expect(await collect(walkPages(said.fetchPage, { pageSize: 100, concurrency: 3 }))).toEqual(
      data.map((u) => u.name),
    );
    expect(said.requests.map(([at]) => at)).toEqual([0, 25, 50, 75, 100]);

    const silentRequests: number[] = [];
    const silent = async (startAt: number, maxResults: number) => {
      silentRequests.push(startAt);
      return { total: data.length, maxResults, startAt, users: data.slice(startAt, startAt + 25) }; // echoes 100, sends 25
    };
    expect(await collect(walkPages(silent, { pageSize: 100, concurrency: 2 }))).toEqual(data.map((u) => u.name));
    expect(silentRequests).toEqual([0, 25, 50, 75, 100]);
  });

  it('ends on an empty page even when total promises more', async () => {
    const data = names(10);
    const liar = async (startAt: number, maxResults: number) => ({
      total: 1000,
      maxResults,
      startAt,
      users: data.slice(startAt, startAt + maxResults),
    });
    expect(await collect(walkPages(liar, { pageSize: 4 }))).toHaveLength(10);
    expect(await collect(walkPages(liar, { pageSize: 4, concurrency: 5 }))).toHaveLength(10);
  });

  it('ends when startAt passes total, without asking for a page past it', async () => {
    const s = server(names(100));
    await collect(walkPages(s.fetchPage, { pageSize: 50, concurrency: 3 }));
    expect(s.requests.map(([at]) => at)).toEqual([0, 50]);
  });

  it('ends on an empty first page', async () => {
    const s = server([]);
    expect(await collect(walkPages(s.fetchPage, { pageSize: 50 }))).toEqual([]);
    expect(s.requests).toHaveLength(1);
  });

  it('never loops forever on a server that ignores startAt', async () => {
    const data = names(5);
    let calls = 0;
    const stuck = async (startAt: number, maxResults: number) => {
      calls++;
      return { total: 500, maxResults, startAt, users: data };
    };
    expect(await collect(walkPages(stuck, { pageSize: 5, concurrency: 3 }))).toEqual(data.map((u) => u.name));
    expect(calls).toBeLessThan(10);
  });

  it('copes with a server that ignores maxResults and returns everything', async () => {
    const data = names(300);
    const s = async (startAt: number) => ({ total: 300, maxResults: 300, startAt, users: data.slice(startAt) });
    expect(await collect(walkPages(s, { pageSize: 50, concurrency: 4 }))).toHaveLength(300);
  });

  it('when total grows mid-walk, goes on to the new end; no user twice', async () => {
    const data = names(100);
    let calls = 0;
    const growing = async (startAt: number, maxResults: number) => {
      if (++calls === 2) data.push(...names(30, 'new'));
      return { total: data.length, maxResults, startAt, users: data.slice(startAt, startAt + maxResults) };
    };
    const got = await collect(walkPages(growing, { pageSize: 40, concurrency: 2 }));
    expect(got).toHaveLength(130);
    expect(new Set(got).size).toBe(130);
  });

  it('when users are deleted mid-walk (shifting pages), never yields one twice', async () => {
    const data = names(100);
    let calls = 0;
    const shrinking = async (startAt: number, maxResults: number) => {
      if (++calls === 2) data.splice(0, 10);
      return { total: data.length, maxResults, startAt, users: data.slice(startAt, startAt + maxResults) };
    };
    const got = await collect(walkPages(shrinking, { pageSize: 20, concurrency: 3 }));
    expect(new Set(got).size).toBe(got.length);
    expect(got.length).toBeGreaterThanOrEqual(80);
  });

  it('when users are added before the cursor (pages shift forward), never yields one twice', async () => {
    const data = names(60);
    let calls = 0;
    const shifting = async (startAt: number, maxResults: number) => {
      if (++calls === 2) data.unshift(...names(7, 'aaa'));
      return { total: data.length, maxResults, startAt, users: data.slice(startAt, startAt + maxResults) };
    };
    const got = await collect(walkPages(shifting, { pageSize: 20, concurrency: 2 }));
    expect(new Set(got).size).toBe(got.length);
    expect(got).toEqual(expect.arrayContaining(names(60).map((u) => u.name)));
  });

  it('propagates a failing page as an error', async () => {
    const failing = async (startAt: number, maxResults: number) => {
      if (startAt > 0) throw new Error('boom');
      return { total: 100, maxResults, startAt, users: names(10) };
    };
    await expect(collect(walkPages(failing, { pageSize: 10, concurrency: 3 }))).rejects.toThrow('boom');
  });
});
