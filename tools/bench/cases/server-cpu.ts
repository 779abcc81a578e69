// Server cost as CPU time per request, for the page of 50 basic users: the sandbox, Prism as
// `npm run mock` runs it (default logging), Prism `-v silent`, and a minimal node:http server
// answering the same bytes from memory, all loaded alike by autocannon in alternating rounds.
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

const auth = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
export const PAGE_OF_50 = '/rest/extender/1.0/user/getUsers?showBasicDetails=true&maxResults=50';
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
    const row = (id: string, name: string, figure: string, target: number | null, note?: string): BenchRow => {
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
        note: [
          `about ${measured.get(name)!.requests.toLocaleString('en')} requests per round, the baseline ${measured.get('node-http')!.requests.toLocaleString('en')}`,
          ...(note ? [note] : []),
        ].join('; '),
      };
    };
    const sandboxUs = us.get('sandbox')!;
    return [
      row(
        'sandbox-cpu',
        'sandbox',
        `sandbox CPU per request, getUsers page of 50 basic users (autocannon, ${CONNECTIONS} connections)`,
        1.5,
      ),
      row(
        'prism-cpu',
        'prism',
        'Prism CPU per request, as npm run mock runs it (default logging), same page',
        null,
        `${round(us.get('prism')! / sandboxUs, 1)}× the sandbox's CPU per request`,
      ),
      row(
        'prism-silent-cpu',
        'prism-silent',
        'Prism -v silent CPU per request, same page',
        null,
        `${round(us.get('prism-silent')! / sandboxUs, 1)}× the sandbox's CPU per request (the issue expects ≥ 4×, which the sandbox's ≤ 1.5× target implies)`,
      ),
    ];
  } finally {
    await baseline.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
