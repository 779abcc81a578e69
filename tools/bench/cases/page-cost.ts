// The sandbox's cost for a page of 1,000 extended users: latency as a client on loopback sees it
// (sequential requests, the body read but not parsed), and the server's CPU time per request,
// for the first page and for the last full page of the seeded users.
import { cpuDuring } from '../cpu.js';
import { median, round, type BenchRow } from '../harness.js';
import { loopbackName } from '../network/network.js';
import type { Scale } from '../scale.js';

const headers = { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` };
const PAGE = 1000;
const pageUrl = (baseUrl: string, startAt: number) =>
  `${baseUrl}/rest/extender/1.0/user/getUsers?showExtendedDetails=true&maxResults=${PAGE}&startAt=${startAt}`;

async function get(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.arrayBuffer();
}

/**
 * How many requests make one CPU reading of about `cpuMsPerReading`: /proc counts CPU time in
 * 10 ms ticks, so a reading of a few ticks would make the deep/first ratio noise.
 */
async function requestsPerReading(url: string, pid: number, scale: Scale): Promise<number> {
  const probe = await sample(url, scale.pageRequests, pid);
  const perRequest = Math.max(probe.cpuPerRequest, 10 / scale.pageRequests); // a reading of 0 is less than one tick
  return Math.round(Math.min(scale.cpuRequests.max, Math.max(scale.pageRequests, scale.cpuMsPerReading / perRequest)));
}

/** `n` sequential requests: each one's latency (ms) and the server's CPU per request (ms). */
async function sample(url: string, n: number, pid: number): Promise<{ latencies: number[]; cpuPerRequest: number }> {
  const latencies: number[] = [];
  const cpu = await cpuDuring(pid, async () => {
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      await get(url);
      latencies.push(performance.now() - started);
    }
  });
  return { latencies, cpuPerRequest: cpu / n };
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

export async function pageCost(sandbox: { baseUrl: string; pid: number }, scale: Scale): Promise<BenchRow[]> {
  const { total } = JSON.parse(
    Buffer.from(await get(`${sandbox.baseUrl}/rest/extender/1.0/user/getUsers?maxResults=1`)).toString(),
  ) as { total: number };
  const deepAt = Math.max(0, total - PAGE);
  const first = pageUrl(sandbox.baseUrl, 0);
  const deep = pageUrl(sandbox.baseUrl, deepAt);
  for (let i = 0; i < 10; i++) await Promise.all([get(first), get(deep)]); // warm-up
  const n = await requestsPerReading(first, sandbox.pid, scale);
  const runs = { first: [] as Awaited<ReturnType<typeof sample>>[], deep: [] as Awaited<ReturnType<typeof sample>>[] };
  for (let i = 0; i < scale.rounds; i++) {
    runs.first.push(await sample(first, n, sandbox.pid));
    runs.deep.push(await sample(deep, n, sandbox.pid));
  }
  const p = (which: 'first' | 'deep', q: number) => median(runs[which].map((r) => percentile(r.latencies, q)));
  const cpu = (which: 'first' | 'deep') => median(runs[which].map((r) => r.cpuPerRequest));
  const deepRatio = cpu('deep') / cpu('first');
  const per = `${n.toLocaleString('en')} sequential requests per round`;
  return [
    {
      id: 'page-latency',
      figure: `sandbox page of 1,000 extended users (startAt 0): p50 latency, ${per}`,
      network: loopbackName,
      baseline: '(absolute)',
      value: round(p('first', 50)),
      baselineValue: null,
      unit: 'ms',
      ratio: null,
      target: '≤ 4 ms p50',
      met: p('first', 50) <= 4,
      rounds: scale.rounds,
      note: `p99 ${round(p('first', 99))} ms; the sandbox's CPU per request ${round(cpu('first'))} ms`,
    },
    {
      id: 'deep-page',
      figure: `sandbox page of 1,000 extended users deep in ${total.toLocaleString('en')} (startAt ${deepAt.toLocaleString('en')}): server CPU per request, ${per}`,
      network: loopbackName,
      baseline: 'the first page (startAt 0)',
      value: round(cpu('deep')),
      baselineValue: round(cpu('first')),
      unit: 'ms CPU/request',
      ratio: round(deepRatio),
      target: '≤ 1.2×',
      met: deepRatio <= 1.2,
      rounds: scale.rounds,
      note: `p50 latency ${round(p('deep', 50))} ms deep against ${round(p('first', 50))} ms first`,
    },
  ];
}
