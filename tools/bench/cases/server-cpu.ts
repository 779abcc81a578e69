// Server cost as CPU time. What users meet: the sandbox's CPU per page over a walk of every
// distinct page of 50 basic users (as users.iterate and the CLI's export ask for them), cold (after
// a write, nothing kept) and the same walk again. For comparison, one page asked again and again
// (autocannon, in alternating rounds): the sandbox (its kept page, answered before routing), Prism
// as `npm run mock` runs it (default logging), Prism `-v silent`, and a minimal node:http server
// answering the same bytes from memory (the floor of any HTTP server here).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startPrism, type RunningPrism } from '@extender-users/spec';
import { cpuDuring } from '../cpu.js';
import { INFORMATIONAL, median, round, type BenchRow } from '../harness.js';
import { startHelper } from '../processes.js';
import { loopbackName } from '../network/network.js';
import type { Scale } from '../scale.js';
import { auth, cpuPerPage, dropKeptPages, listed, pageUrl } from './walk.js';

export const PAGE_OF_50 = '/rest/extender/1.0/user/getUsers?showBasicDetails=true&maxResults=50';
const WALK_PAGE = 50;
/** Target of the cold walk, ms of the sandbox's CPU per page of 50 basic users (see docs/benchmarks.md). */
const COLD_WALK_TARGET_MS = 2.5;
const CONNECTIONS = 10;

interface Server {
  name: string;
  url: string;
  pid: number;
}

async function cannon(url: string, amount: number): Promise<void> {
  // sampleInt: autocannon otherwise ends a fixed amount only on its next 1 s sample.
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    amount,
    headers: { authorization: auth },
    sampleInt: 100,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load`);
}

/**
 * Median µs of CPU per request of each server over `scale.rounds` alternating rounds. /proc counts
 * CPU time in 10 ms ticks, so each reading should take about `scale.cpuMsPerReading` of the
 * server's CPU: the first round's number of requests is judged from a probe after the warm-up,
 * each later one from the reading before it.
 */
async function measure(servers: Server[], scale: Scale): Promise<Map<string, { us: number; requests: number }>> {
  const sized = (usPerRequest: number) =>
    Math.round(
      Math.min(scale.cpuRequests.max, Math.max(scale.cpuRequests.min, (scale.cpuMsPerReading * 1000) / usPerRequest)),
    );
  const amounts = new Map<string, number>();
  for (const s of servers) {
    await cannon(`${s.url}${PAGE_OF_50}`, scale.cpuWarmup); // JIT warm-up
    const probeMs = await cpuDuring(s.pid, () => cannon(`${s.url}${PAGE_OF_50}`, scale.cpuWarmup));
    amounts.set(s.name, sized((Math.max(probeMs, 10) * 1000) / scale.cpuWarmup)); // a reading of 0 is less than one tick
  }
  const samples = new Map<string, number[]>(servers.map((s) => [s.name, []]));
  for (let i = 0; i < scale.rounds; i++) {
    for (const s of servers) {
      const n = amounts.get(s.name)!;
      const ms = await cpuDuring(s.pid, () => cannon(`${s.url}${PAGE_OF_50}`, n));
      samples.get(s.name)!.push((ms * 1000) / n);
      amounts.set(s.name, sized((Math.max(ms, 10) * 1000) / n));
    }
  }
  return new Map([...samples].map(([name, xs]) => [name, { us: median(xs), requests: amounts.get(name)! }]));
}

/**
 * The sandbox's CPU per page over walks of every page of 50 basic users, 4 at a time: cold (a
 * write first) and the same walk again, alternating, `scale.rounds` times; medians. A walk of the
 * full scale's 2,001 pages is a few seconds of the server's CPU: one reading is hundreds of ticks.
 */
async function walks(sandbox: { baseUrl: string; pid: number }, scale: Scale) {
  const total = await listed(sandbox.baseUrl);
  const urls = Array.from({ length: Math.ceil(total / WALK_PAGE) }, (_, i) =>
    pageUrl(sandbox.baseUrl, 'basic', WALK_PAGE, i * WALK_PAGE),
  );
  const options = { concurrency: scale.walkConcurrency, repeats: 1 };
  const cold: number[] = [];
  const again: number[] = [];
  for (let i = 0; i < scale.rounds; i++) {
    cold.push((await cpuPerPage(sandbox.pid, urls, { ...options, before: () => dropKeptPages(sandbox.baseUrl) })).ms);
    again.push((await cpuPerPage(sandbox.pid, urls, options)).ms);
  }
  return { total, pages: urls.length, cold: median(cold), again: median(again) };
}

export interface Rivals {
  prism: RunningPrism;
  prismSilent: RunningPrism;
  stop(): Promise<void>;
}

const alive = (p: RunningPrism) => p.process.exitCode === null && p.process.signalCode === null;

/**
 * A Prism process exited: startPrism gives Prism a port found free beforehand and judges it ready
 * when that port answers, so on a busy machine another program can take the port first; Prism
 * then exits (code 1) a few seconds later, and what answered was that other program.
 */
export class PrismGone extends Error {}

/** Starts both Prisms (a few seconds each, so the run starts them while the sandbox seeds). */
export async function startRivals(): Promise<Rivals> {
  const [prism, prismSilent] = await Promise.allSettled([
    startPrism({ args: ['--errors'] }), // as tools/mock/start-mock.ts (npm run mock) starts it
    startPrism({ args: ['--errors', '-v', 'silent'] }),
  ]);
  const started = [prism, prismSilent].flatMap((p) => (p.status === 'fulfilled' ? [p.value] : []));
  const stop = async () => void (await Promise.all(started.map((p) => p.stop())));
  if (prism.status === 'rejected' || prismSilent.status === 'rejected') {
    await stop();
    throw (prism.status === 'rejected' ? prism.reason : (prismSilent as PromiseRejectedResult).reason) as Error;
  }
  return { prism: prism.value, prismSilent: prismSilent.value, stop };
}

export async function serverCpu(
  sandbox: { baseUrl: string; pid: number },
  rivals: Rivals,
  scale: Scale,
): Promise<BenchRow[]> {
  const { prism, prismSilent } = rivals;
  const dir = mkdtempSync(join(tmpdir(), 'bench-page-'));
  // The baseline serves exactly the bytes the sandbox answers.
  const response = await fetch(`${sandbox.baseUrl}${PAGE_OF_50}`, { headers: { authorization: auth } });
  if (!response.ok) throw new Error(`the sandbox answered the page of 50 with ${response.status}`);
  writeFileSync(join(dir, 'page.json'), Buffer.from(await response.arrayBuffer()));
  const baseline = await startHelper('baseline/page-server.ts', ['--body', join(dir, 'page.json')]);
  try {
    const servers: Server[] = [
      { name: 'sandbox', url: sandbox.baseUrl, pid: sandbox.pid },
      { name: 'prism', url: prism.url, pid: prism.process.pid! },
      { name: 'prism-silent', url: prismSilent.url, pid: prismSilent.process.pid! },
      { name: 'node-http', url: baseline.url, pid: baseline.process.pid! },
    ];
    const check = () => {
      if (!alive(prism) || !alive(prismSilent))
        throw new PrismGone(
          'a Prism process exited while its CPU time was measured (its port was taken by another program)',
        );
    };
    check();
    const measured = await measure(servers, scale).catch((error: unknown) => {
      check(); // a failed reading of a Prism that exited says why
      throw error;
    });
    check();
    const us = new Map([...measured].map(([name, m]) => [name, m.us]));
    const base = us.get('node-http')!;
    const walked = await walks(sandbox, scale);
    const requests = (name: string) =>
      `about ${measured.get(name)!.requests.toLocaleString('en')} requests per round, the baseline ${measured.get('node-http')!.requests.toLocaleString('en')}`;
    const samePage = (id: string, name: string, figure: string, target: number | null, note?: string): BenchRow => {
      const value = us.get(name)!;
      return {
        id,
        figure,
        network: loopbackName,
        baseline: 'minimal node:http server answering the same bytes from memory',
        value: round(value, 1),
        baselineValue: round(base, 1),
        unit: 'µs CPU/request',
        ratio: round(value / base),
        target: target === null ? INFORMATIONAL : `≤ ${target}×`,
        met: target === null ? null : value / base <= target,
        rounds: scale.rounds,
        note: [requests(name), ...(note ? [note] : [])].join('; '),
      };
    };
    const sandboxUs = us.get('sandbox')!;
    const walkFigure = `walk of every page of ${WALK_PAGE} basic users of ${walked.total.toLocaleString('en')} (${walked.pages.toLocaleString('en')} distinct pages, ${scale.walkConcurrency} at a time)`;
    return [
      {
        id: 'sandbox-cpu',
        figure: `sandbox CPU per page, a first ${walkFigure} after a write: nothing kept`,
        network: loopbackName,
        baseline: 'minimal node:http server answering one page from memory (per request)',
        value: round(walked.cold, 3),
        baselineValue: round(base / 1000, 3),
        unit: 'ms CPU/page',
        ratio: round(walked.cold / (base / 1000), 1),
        target: `≤ ${COLD_WALK_TARGET_MS} ms CPU/page`,
        met: walked.cold <= COLD_WALK_TARGET_MS,
        rounds: scale.rounds,
        note: `what users.iterate and an export meet: ${round(walked.cold * walked.pages)} ms of the sandbox's CPU for the whole walk`,
      },
      {
        id: 'sandbox-walk-again',
        figure: `sandbox CPU per page, the same ${walkFigure} again`,
        network: loopbackName,
        baseline: 'the first walk (cold)',
        value: round(walked.again, 3),
        baselineValue: round(walked.cold, 3),
        unit: 'ms CPU/page',
        ratio: walked.cold > 0 ? round(walked.again / walked.cold) : null,
        target: INFORMATIONAL,
        met: null,
        rounds: scale.rounds,
        note: "pages are kept only until the next write, and the caller's last login is recorded (a write) at most once a second, so a walk longer than a second meets mostly pages built again",
      },
      samePage(
        'sandbox-same-page-cpu',
        'sandbox',
        `sandbox CPU per request, one getUsers page of 50 basic users asked again and again (its kept page, answered before routing; autocannon, ${CONNECTIONS} connections)`,
        null,
        'what a cache costs, not what a walk meets: for comparison with Prism, which answers every page alike',
      ),
      samePage(
        'prism-cpu',
        'prism',
        'Prism CPU per request, as npm run mock runs it (default logging), same page',
        null,
        `${round(us.get('prism')! / sandboxUs, 1)}× the sandbox's CPU per request for the same page asked again`,
      ),
      samePage(
        'prism-silent-cpu',
        'prism-silent',
        'Prism -v silent CPU per request, same page',
        null,
        `${round(us.get('prism-silent')! / sandboxUs, 1)}× the sandbox's CPU per request for the same page asked again`,
      ),
    ];
  } finally {
    await baseline.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
