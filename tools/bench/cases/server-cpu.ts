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
  const result = await autocannon({ url, connections: CONNECTIONS, amount, headers: { authorization: auth } });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load`);
}

/** Median µs of CPU per request of each server, over `scale.rounds` alternating rounds. */
async function measure(servers: Server[], scale: Scale): Promise<Map<string, number>> {
  for (const s of servers) await cannon(`${s.url}${PAGE_OF_50}`, scale.cpuWarmup); // JIT warm-up
  const samples = new Map<string, number[]>(servers.map((s) => [s.name, []]));
  for (let i = 0; i < scale.rounds; i++) {
    for (const s of servers) {
      const ms = await cpuDuring(s.pid, () => cannon(`${s.url}${PAGE_OF_50}`, scale.cpuRequests));
      samples.get(s.name)!.push((ms * 1000) / scale.cpuRequests);
    }
  }
  return new Map([...samples].map(([name, xs]) => [name, median(xs)]));
}

export interface Rivals {
  prism: RunningPrism;
  prismSilent: RunningPrism;
  stop(): Promise<void>;
}

/** Starts both Prisms (a few seconds each, so the run starts them while the sandbox seeds). */
export async function startRivals(): Promise<Rivals> {
  const [prism, prismSilent] = await Promise.allSettled([
    startPrism({ args: ['--errors'] }), // as tools/mock/start-mock.ts (npm run mock) starts it
    startPrism({ args: ['--errors', '-v', 'silent'] }),
  ]);
  if (prism.status === 'rejected' || prismSilent.status === 'rejected') {
    await Promise.all([prism, prismSilent].map((p) => (p.status === 'fulfilled' ? p.value.stop() : undefined)));
    throw (prism.status === 'rejected' ? prism.reason : (prismSilent as PromiseRejectedResult).reason) as Error;
  }
  return { prism: prism.value, prismSilent: prismSilent.value, stop: async () => void (await Promise.all([prism.value.stop(), prismSilent.value.stop()])) };
}

export async function serverCpu(sandbox: { baseUrl: string; pid: number }, rivals: Rivals, scale: Scale): Promise<BenchRow[]> {
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
    const us = await measure(servers, scale);
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
        ...(note ? { note } : {}),
      };
    };
    const sandboxUs = us.get('sandbox')!;
    const per = `${scale.cpuRequests.toLocaleString('en')} requests per round, ${CONNECTIONS} connections`;
    return [
      row('sandbox-cpu', 'sandbox', `sandbox CPU per request, getUsers page of 50 basic users (${per})`, 1.5),
      row('prism-cpu', 'prism', 'Prism CPU per request, as npm run mock runs it (default logging), same page', null, `${round(us.get('prism')! / sandboxUs, 1)}× the sandbox's CPU per request`),
      row('prism-silent-cpu', 'prism-silent', 'Prism -v silent CPU per request, same page', null, `${round(us.get('prism-silent')! / sandboxUs, 1)}× the sandbox's CPU per request (the issue expects ≥ 4×, which the sandbox's ≤ 1.5× target implies)`),
    ];
  } finally {
    await baseline.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
