// npm run bench: every figure as a ratio against a baseline measured in the same run.
//   BENCH_SCALE=smoke for tiny sizes (npm test runs that); the default is the full sizes.
// Prints a table and writes dist/bench/results.json and dist/bench/results.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtenderUsersClient } from '@extender-users/client';
import { bundleSize } from './cases/bundle.js';
import { cliExport, cliImport } from './cases/cli.js';
import { clientOverhead } from './cases/client-overhead.js';
import { iterateConcurrency } from './cases/iterate.js';
import { sandboxLatency, sandboxThroughput } from './cases/load.js';
import type { BenchRow } from './harness.js';
import { startSandboxProcess } from '@extender-users/sandbox/launcher';
import { scales } from './scale.js';

const outDir = process.env.BENCH_OUT ?? fileURLToPath(new URL('../../dist/bench/', import.meta.url));

function table(rows: BenchRow[]): string {
  const lines = ['| figure | baseline | measured | baseline value | ratio | target | met |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    const met = r.met === null ? '—' : r.met ? 'yes' : '**no**';
    lines.push(`| ${r.figure} | ${r.baseline} | ${r.value} ${r.unit} | ${r.baselineValue ?? '—'}${r.baselineValue === null ? '' : ` ${r.unit}`} | ${r.ratio === null ? '—' : `${r.ratio}×`} | ${r.target} | ${met} |`);
  }
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.figure}: ${r.note}`);
  return [...lines, ...(notes.length ? ['', ...notes] : [])].join('\n');
}

async function main(): Promise<void> {
  const scale = scales[(process.env.BENCH_SCALE as 'full' | 'smoke' | undefined) ?? 'full'];
  if (!scale) throw new Error('BENCH_SCALE must be full or smoke');
  const started = Date.now();
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`Benchmarks (${scale.name}) on ${machine}`);
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
  try {
    // One seeded sandbox on a temporary file database for the read figures (seeding is one transaction).
    const seededAt = Date.now();
    const sandbox = await startSandboxProcess(['--db', join(dir, 'bench.db'), '--seed-users', String(scale.bigUsers)]);
    console.log(`  seeded ${scale.bigUsers.toLocaleString('en')} users in ${((Date.now() - seededAt) / 1000).toFixed(1)} s`);
    try {
      const client = createExtenderUsersClient({ baseUrl: sandbox.baseUrl, auth: { username: 'admin', password: 'admin' } });
      const names = (await client.users.list({ maxResults: Math.min(scale.getCalls, 1000) })).users.map((u) => u.name);
      const calls = Array.from({ length: scale.getCalls }, (_, i) => names[i % names.length]!);
      await step('client per-request cost', () => clientOverhead(sandbox.baseUrl, calls, scale));
      await step('users.iterate with concurrency', () => iterateConcurrency(sandbox.baseUrl, scale));
      await step('sandbox throughput vs Prism', () => sandboxThroughput(sandbox.baseUrl, scale));
      await step('sandbox latency, page of 1,000 extended', () => sandboxLatency(sandbox.baseUrl, scale));
      await step('CLI export', () => cliExport(sandbox.baseUrl, scale));
    } finally {
      await sandbox.stop();
    }
    await step('CLI import', () => cliImport(scale));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const seconds = (Date.now() - started) / 1000;
  const markdown = `Measured ${new Date().toISOString()} on ${machine}, scale ${scale.name}, ${seconds.toFixed(0)} s in all.\n\n${table(rows)}\n`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ scale: scale.name, machine, measuredAt: new Date().toISOString(), seconds, rows }, null, 2)}\n`);
  writeFileSync(join(outDir, 'results.md'), markdown);
  console.log(`\n${markdown}\nWrote ${join(outDir, 'results.json')} and results.md`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exit(1);
});
