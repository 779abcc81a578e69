// Throughput and latency under load (autocannon on loopback).
import autocannon from 'autocannon';
import { startPrism } from '@extender-users/spec';
import { median, round, type BenchRow } from '../harness.js';
import type { Scale } from '../scale.js';

const auth = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
const PAGE = '/rest/extender/1.0/user/getUsers?maxResults=50&showBasicDetails=true';

async function cannon(url: string, connections: number, seconds: number) {
  const result = await autocannon({ url, connections, duration: seconds, headers: { authorization: auth } });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors under load`);
  return result;
}

/** Median requests per second of the sandbox and of one Prism configuration, alternating rounds. */
async function versusPrism(baseUrl: string, prismArgs: string[], scale: Scale): Promise<{ sandbox: number; prism: number }> {
  const prism = await startPrism({ args: prismArgs });
  try {
    const sandbox: number[] = [];
    const mock: number[] = [];
    await cannon(`${baseUrl}${PAGE}`, 10, 1); // warm-up
    await cannon(`${prism.url}${PAGE}`, 10, 1);
    for (let i = 0; i < scale.rounds; i++) {
      mock.push((await cannon(`${prism.url}${PAGE}`, 10, scale.loadSeconds)).requests.average);
      sandbox.push((await cannon(`${baseUrl}${PAGE}`, 10, scale.loadSeconds)).requests.average);
    }
    return { sandbox: median(sandbox), prism: median(mock) };
  } finally {
    await prism.stop();
  }
}

export async function sandboxThroughput(baseUrl: string, scale: Scale): Promise<BenchRow> {
  // The baseline is Prism as `npm run mock` runs it (default logging); `-v silent` is reported too.
  const usual = await versusPrism(baseUrl, ['--errors'], scale);
  const silent = await versusPrism(baseUrl, ['--errors', '-v', 'silent'], scale);
  const ratio = usual.sandbox / usual.prism;
  return {
    id: 'sandbox-throughput',
    figure: 'sandbox throughput, GET getUsers page of 50 basic users (autocannon, 10 connections)',
    baseline: 'the Prism mock of the same spec, as npm run mock runs it',
    value: round(usual.sandbox, 0),
    baselineValue: round(usual.prism, 0),
    unit: 'req/s',
    ratio: round(ratio, 1),
    target: '≥ 15×',
    met: ratio >= 15,
    rounds: scale.rounds,
    note: `against Prism with -v silent: ${round(silent.sandbox, 0)} vs ${round(silent.prism, 0)} req/s, ${round(silent.sandbox / silent.prism, 1)}×`,
  };
}

export async function sandboxLatency(baseUrl: string, scale: Scale): Promise<BenchRow> {
  const url = `${baseUrl}/rest/extender/1.0/user/getUsers?maxResults=1000&showExtendedDetails=true`;
  const p50: number[] = [];
  const p99: number[] = [];
  for (let i = 0; i < scale.rounds; i++) {
    const r = await cannon(url, 1, scale.loadSeconds);
    p50.push(r.latency.p50);
    p99.push(r.latency.p99);
  }
  return {
    id: 'sandbox-latency',
    figure: 'sandbox page of 1,000 extended users: p50 (value) and p99 (baseline column) latency, 1 connection',
    baseline: '(absolute, informational)',
    value: median(p50),
    baselineValue: median(p99),
    unit: 'ms',
    ratio: null,
    target: '(informational)',
    met: null,
    rounds: scale.rounds,
  };
}
