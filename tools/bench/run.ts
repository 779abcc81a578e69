// npm run bench: every figure of issue 15 with its target, each a ratio against a baseline
// measured in the same run. Options:
//   --rtt <ms> (or BENCH_RTT_MS)   round trip of the delay proxy (default 20)
//   BENCH_SCALE=smoke              tiny sizes (npm test runs that); the default is the full sizes
//   BENCH_OUT=<dir>                where to write (default dist/bench)
// Prints a table and writes results.json, results.md and latency-model.svg.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtenderUsersClient } from '@extender-users/client';
import { startSandboxProcess } from '@extender-users/sandbox/launcher';
import { bundleSize } from './cases/bundle.js';
import { cliExport, cliImport } from './cases/cli.js';
import { clientOverhead } from './cases/client-overhead.js';
import { iterateConcurrency } from './cases/iterate.js';
import { pageCost } from './cases/page-cost.js';
import { PrismGone, serverCpu, startRivals, type Rivals } from './cases/server-cpu.js';
import { stopCpuReadings } from './cpu.js';
import type { BenchRow } from './harness.js';
import { loopback, overNetwork } from './network/network.js';
import { latencyChart } from './report/chart.js';
import { historyHeader, historyLine, table } from './report/table.js';
import { scales, type Scale } from './scale.js';

const outDir = process.env.BENCH_OUT ?? fileURLToPath(new URL('../../dist/bench/', import.meta.url));

function options(): { scale: Scale; rttMs: number } {
  const { values } = parseArgs({ options: { rtt: { type: 'string' } } });
  const rttText = values.rtt ?? process.env.BENCH_RTT_MS ?? '20';
  const rttMs = Number(rttText);
  if (!/^\d+(\.\d+)?$/.test(rttText) || rttMs > 10_000)
    throw new Error(`--rtt (or BENCH_RTT_MS) must be a number of milliseconds from 0 to 10000, got '${rttText}'`);
  const scale = scales[(process.env.BENCH_SCALE ?? 'full') as Scale['name']];
  if (!scale) throw new Error(`BENCH_SCALE must be full or smoke, got '${process.env.BENCH_SCALE}'`);
  return { scale, rttMs };
}

async function main(): Promise<void> {
  const { scale, rttMs } = options();
  const started = Date.now();
  const loadAtStart = loadavg()[0]!; // other work on the machine moves the wall-time figures
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`Benchmarks (${scale.name}, delay proxy ${rttMs} ms RTT) on ${machine}`);
  const rows: BenchRow[] = [];
  const step = async (label: string, fn: () => Promise<BenchRow | BenchRow[]>) => {
    const t = Date.now();
    process.stdout.write(`  ${label}… `);
    const result = await fn();
    rows.push(...(Array.isArray(result) ? result : [result]));
    console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

  await step('client bundle size', bundleSize);
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const running: { stop(): Promise<void> }[] = []; // stopped in reverse order, whatever happens
  try {
    // One seeded sandbox on a temporary file database for the read figures (seeding is one
    // transaction); both Prisms start meanwhile, on the other core, while nothing is timed.
    const seededAt = Date.now();
    const [sandbox, firstRivals] = await Promise.all([
      startSandboxProcess(['--db', join(dir, 'bench.db'), '--seed-users', String(scale.bigUsers)]).then(
        (s) => (running.push(s), s),
      ),
      startRivals().then((r) => (running.push(r), r)),
    ]);
    console.log(
      `  seeded ${scale.bigUsers.toLocaleString('en')} users (and started Prism twice) in ${((Date.now() - seededAt) / 1000).toFixed(1)} s`,
    );
    const server = { baseUrl: sandbox.baseUrl, pid: sandbox.process.pid! };
    const network = await overNetwork(sandbox.baseUrl, rttMs);
    running.push(network);
    const client = createExtenderUsersClient({
      baseUrl: sandbox.baseUrl,
      auth: { username: 'admin', password: 'admin' },
    });
    const names = (await client.users.list({ maxResults: Math.min(scale.getCalls, 1000) })).users.map((u) => u.name);
    const calls = Array.from({ length: scale.getCalls }, (_, i) => names[i % names.length]!);
    await step('client per-request cost', () => clientOverhead(sandbox.baseUrl, calls, scale));
    await step('sandbox pages of 1,000 extended users, first and deep, built fresh', () => pageCost(server, scale));
    let rivals: Rivals = firstRivals;
    await step(
      'server CPU: the sandbox walking every page of 50, and one page asked again (sandbox, Prism ×2, node:http)',
      () =>
        serverCpu(server, rivals, scale).catch(async (error: unknown) => {
          if (!(error instanceof PrismGone)) throw error;
          console.log(`(${error.message}; starting Prism again) `);
          await rivals.stop();
          rivals = await startRivals();
          running.push(rivals);
          return serverCpu(server, rivals, scale);
        }),
    );
    await rivals.stop();
    stopCpuReadings();
    await step('users.iterate on loopback', () =>
      iterateConcurrency(loopback(sandbox.baseUrl), scale, scale.rounds, null),
    );
    await step(`users.iterate at ${rttMs} ms RTT`, () =>
      iterateConcurrency(network, scale, scale.rttIterateRounds, { speedup: 3.5 }),
    );
    await step('CLI export, loopback and RTT', () =>
      cliExport([loopback(sandbox.baseUrl), network], scale, { ratio: 1.2 }),
    );
    await network.stop();
    await sandbox.stop();
    await step('CLI import, loopback and RTT', () => cliImport(rttMs, scale, { speedup: 6 }));
  } finally {
    stopCpuReadings();
    for (const r of running.reverse()) await r.stop(); // each stop is a no-op when already stopped
    rmSync(dir, { recursive: true, force: true });
  }

  const seconds = (Date.now() - started) / 1000;
  const load = `${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`;
  const measuredAt = new Date().toISOString();
  const heading = `Measured ${measuredAt} on ${machine}, scale ${scale.name}, delay proxy ${rttMs} ms RTT, ${seconds.toFixed(0)} s in all; load average (1 min) ${load} on ${cpus().length} cores.`;
  const missed = rows.filter((r) => r.met === false).length;
  const targets = rows.filter((r) => r.met !== null).length;
  const history = historyLine(rows, { date: measuredAt, machine, rttMs, seconds, load });
  const markdown = `${heading}\n\n${table(rows)}\n\nTargets met: ${targets - missed} of ${targets}.\n\nHistory line for docs/benchmarks.md:\n\n${historyHeader()}\n${history}\n`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, 'results.json'),
    `${JSON.stringify({ scale: scale.name, machine, rttMs, measuredAt, seconds, loadAverage: load, rows }, null, 2)}\n`,
  );
  writeFileSync(join(outDir, 'results.md'), markdown);
  const chart = latencyChart(
    rows,
    `${measuredAt.slice(0, 10)}, ${machine}, scale ${scale.name}; the delay proxy adds ${rttMs} ms per round trip`,
  );
  if (chart) writeFileSync(join(outDir, 'latency-model.svg'), chart);
  console.log(`\n${markdown}\nWrote results.json, results.md and latency-model.svg to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
