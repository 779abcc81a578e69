// The sandbox's cost for pages of 1,000 extended users (the page Elastic's connector asks for), as
// users meet them: distinct pages, each built fresh (a write first drops what the sandbox keeps).
// The server's CPU per page for the first pages, the same pages again, and the last pages of the
// listing against the first, so that depth (OFFSET over the name index) shows; latency as a client
// on loopback sees it (sequential requests, the body read but not parsed) in the notes: on a
// shared machine wall time is mostly the other work's, CPU time much less.
import { median, round, type BenchRow } from '../harness.js';
import { loopbackName } from '../network/network.js';
import type { Scale } from '../scale.js';
import { cpuPerPage, dropKeptPages, listed, pageUrl, percentile, walk, type Walked } from './walk.js';

const PAGE = 1000;
/** Target of a fresh page's server CPU, ms (see docs/benchmarks.md). */
const FRESH_TARGET_MS = 15;
/** Target of a deep page's CPU against a first page's. */
const DEPTH_TARGET = 1.2;

export async function pageCost(sandbox: { baseUrl: string; pid: number }, scale: Scale): Promise<BenchRow[]> {
  const total = await listed(sandbox.baseUrl);
  const count = Math.max(1, Math.min(scale.extendedPages, Math.floor(total / PAGE)));
  const first = Array.from({ length: count }, (_, i) => pageUrl(sandbox.baseUrl, 'extended', PAGE, i * PAGE));
  const deepAt = (i: number) => Math.max(0, total - PAGE * (i + 1));
  const deep = Array.from({ length: count }, (_, i) => pageUrl(sandbox.baseUrl, 'extended', PAGE, deepAt(i)));
  const cold = { before: () => dropKeptPages(sandbox.baseUrl), concurrency: 1 };
  // Warm-up (JIT), then a probe sizes each reading to about cpuMsPerReading of the server's CPU.
  await walk(first, 1);
  const probe = await cpuPerPage(sandbox.pid, first, { ...cold, repeats: 1 });
  const repeats = Math.max(1, Math.ceil(scale.cpuMsPerReading / (Math.max(probe.ms, 10 / count) * count)));
  const firstCpu: number[] = [];
  const deepCpu: number[] = [];
  const againCpu: number[] = [];
  const fresh: Walked[] = [];
  const again: Walked[] = [];
  for (let i = 0; i < scale.rounds; i++) {
    const f = await cpuPerPage(sandbox.pid, first, { ...cold, repeats });
    firstCpu.push(f.ms);
    fresh.push(...f.walks);
    // Straight after: the pages the last walk kept, while no write came between.
    const a = await cpuPerPage(sandbox.pid, first, { concurrency: 1, repeats });
    againCpu.push(a.ms);
    again.push(...a.walks);
    deepCpu.push((await cpuPerPage(sandbox.pid, deep, { ...cold, repeats })).ms);
  }
  const latencies = (walks: Walked[], p: number) =>
    percentile(
      walks.flatMap((w) => w.latencies),
      p,
    );
  const p50 = latencies(fresh, 50);
  // Tiny sizes (the smoke scale) can read no tick at all: then there is no depth to show.
  const depth = median(firstCpu) > 0 ? median(deepCpu) / median(firstCpu) : 1;
  const per = `${count} distinct pages × ${repeats} walks per round, each after a write`;
  const freshMs = median(firstCpu);
  const againMs = median(againCpu);
  return [
    {
      id: 'page-fresh-cpu',
      figure: `sandbox page of 1,000 extended users, built fresh (the first ${count} pages): server CPU per page, ${per}`,
      network: loopbackName,
      baseline: '(absolute)',
      value: round(freshMs),
      baselineValue: null,
      unit: 'ms CPU/page',
      ratio: null,
      target: `≤ ${FRESH_TARGET_MS} ms CPU/page`,
      met: freshMs <= FRESH_TARGET_MS,
      rounds: scale.rounds,
      note: `latency p50 ${round(p50)} ms, p99 ${round(latencies(fresh, 99))} ms (sequential)`,
    },
    {
      id: 'page-again',
      figure: `sandbox page of 1,000 extended users, the same ${count} pages asked again straight after: server CPU per page`,
      network: loopbackName,
      baseline: 'the same pages built fresh',
      value: round(againMs),
      baselineValue: round(freshMs),
      unit: 'ms CPU/page',
      ratio: freshMs > 0 ? round(againMs / freshMs) : null,
      target: '(informational)',
      met: null,
      rounds: scale.rounds,
      note: `latency p50 ${round(latencies(again, 50))} ms; pages are kept until the next write, and the last login, recorded at most once a second, is one`,
    },
    {
      id: 'deep-page',
      figure: `sandbox page of 1,000 extended users deep in ${total.toLocaleString('en')} (the last ${count} pages, startAt down from ${deepAt(0).toLocaleString('en')}), built fresh: server CPU per page, ${per}`,
      network: loopbackName,
      baseline: `the first ${count} pages, built fresh`,
      value: round(median(deepCpu)),
      baselineValue: round(median(firstCpu)),
      unit: 'ms CPU/page',
      ratio: round(depth),
      target: `≤ ${DEPTH_TARGET}×`,
      met: depth <= DEPTH_TARGET,
      rounds: scale.rounds,
    },
  ];
}
