// The CLI's bulk commands, run as processes: export against users.iterate at the same page size
// and concurrency, and import with concurrency 8 against concurrency 1, each over loopback and
// through the delay proxy.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtenderUsersClient } from '@extender-users/client';
import { startSandboxProcess } from '@extender-users/sandbox/launcher';
import { INFORMATIONAL, median, round, timed, type BenchRow } from '../harness.js';
import { loopback, loopbackName, overNetwork, rttName, type Network } from '../network/network.js';
import { runCli } from '../processes.js';
import type { Scale } from '../scale.js';

const env = (baseUrl: string) => ({ CONFLUENCE_URL: baseUrl, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' });
const EXPORT_CONCURRENCY = 4;
const RSS_LIMIT_MB = 128;

/** Export rows for each network, and one peak-RSS row over every export run. */
export async function cliExport(networks: Network[], scale: Scale, target: { ratio: number }): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  const rows: BenchRow[] = [];
  const rss: number[] = [];
  let users = 0;
  try {
    for (const network of networks) {
      const client = createExtenderUsersClient({
        baseUrl: network.baseUrl,
        auth: { username: 'admin', password: 'admin' },
      });
      const out = join(dir, 'users.csv');
      const exportTimes: number[] = [];
      const iterateTimes: number[] = [];
      for (let i = 0; i < scale.rounds; i++) {
        await network.dropConnections(); // the CLI starts with none open; so does its baseline
        iterateTimes.push(
          await timed(async () => {
            users = 0;
            for await (const _ of client.users.iterate({
              detail: 'basic',
              pageSize: scale.pageSize,
              concurrency: EXPORT_CONCURRENCY,
            }))
              users++;
          }),
        );
        const run = await runCli(
          [
            'users',
            'export',
            '--detail',
            'basic',
            '--format',
            'csv',
            '-o',
            out,
            '--page-size',
            String(scale.pageSize),
            '--concurrency',
            String(EXPORT_CONCURRENCY),
          ],
          env(network.baseUrl),
        );
        exportTimes.push(run.ms);
        rss.push(run.maxRssMb);
        if (statSync(out).size < users * 20) throw new Error('the export file is too small');
      }
      const ratio = median(exportTimes) / median(iterateTimes);
      const targeted = network.name !== loopbackName;
      rows.push({
        id: `export-${targeted ? 'rtt' : 'loopback'}`,
        figure: `CLI export of ${users.toLocaleString('en')} basic users to CSV, page ${scale.pageSize}, concurrency ${EXPORT_CONCURRENCY} (process start included)`,
        network: network.name,
        baseline: 'users.iterate alone, same page size and concurrency',
        value: round(median(exportTimes)),
        baselineValue: round(median(iterateTimes)),
        unit: 'ms',
        ratio: round(ratio),
        target: targeted ? `≤ ${target.ratio}×` : INFORMATIONAL,
        met: targeted ? ratio <= target.ratio : null,
        rounds: scale.rounds,
      });
    }
    const peak = Math.max(...rss);
    rows.push({
      id: 'export-rss',
      figure: `CLI export of ${users.toLocaleString('en')} users: peak RSS, the highest of ${rss.length} runs`,
      network: null,
      baseline: '(absolute)',
      value: round(peak, 1),
      baselineValue: null,
      unit: 'MB',
      ratio: null,
      target: `≤ ${RSS_LIMIT_MB} MB`,
      met: peak <= RSS_LIMIT_MB,
      rounds: rss.length,
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An empty in-memory sandbox, reached over loopback or through the delay proxy. */
async function emptySandbox(rttMs: number | null): Promise<Network> {
  const sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '0']);
  try {
    const network = rttMs === null ? loopback(sandbox.baseUrl) : await overNetwork(sandbox.baseUrl, rttMs);
    return { ...network, stop: async () => void (await Promise.all([network.stop(), sandbox.stop()])) };
  } catch (error) {
    await sandbox.stop();
    throw error;
  }
}

/** Imports `csv` with the CLI and returns its wall time in ms. */
async function importInto(target: Network, csv: string, rows: number, concurrency: number): Promise<number> {
  const { ms, stdout } = await runCli(
    ['users', 'import', csv, '--concurrency', String(concurrency)],
    env(target.baseUrl),
  );
  if (!stdout.includes(`added ${rows}, skipped 0 existing, failed 0`))
    throw new Error(`the import did not add every row: ${stdout}`);
  return ms;
}

/** A CSV of `rows` new users whose names start with `prefix` (so each import adds every row). */
function writeCsv(path: string, rows: number, prefix: string): string {
  const lines = Array.from(
    { length: rows },
    (_, i) => `${prefix}${i},Bench User ${i},${prefix}${i}@acme.test,,team-${i % 10}`,
  );
  writeFileSync(path, `name,fullName,email,password,groups\n${lines.join('\n')}\n`);
  return path;
}

/**
 * CLI import with concurrency 8 against concurrency 1, on loopback (informational) and at `rttMs`
 * (the target), into one empty sandbox per network, each import adding users of its own. Over the
 * delay proxy, concurrency 1 imports only `importSampleAtRtt` rows (the whole would take over
 * 200 s): a one-row import before it tells the fixed cost (process start, listing the existing
 * users), and the rest of the sample's time is scaled to the whole file. Concurrency 8 runs last,
 * so it lists the most existing users: any bias is against the target.
 */
export async function cliImport(rttMs: number, scale: Scale, target: { speedup: number }): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const all = (prefix: string) => writeCsv(join(dir, `${prefix}.csv`), scale.importUsers, prefix);
    const sampleRows = Math.max(2, Math.min(scale.importSampleAtRtt, scale.importUsers));
    const sample = writeCsv(join(dir, 'sample.csv'), sampleRows, 'sample');
    const single = writeCsv(join(dir, 'single.csv'), 1, 'single');
    const figure = `CLI import of ${scale.importUsers.toLocaleString('en')} users, concurrency 8`;
    const row = (
      id: string,
      network: string,
      eight: number,
      one: number,
      baseline: string,
      targeted: boolean,
    ): BenchRow => ({
      id,
      figure,
      network,
      baseline,
      value: round(eight),
      baselineValue: round(one),
      unit: 'ms',
      ratio: round(one / eight),
      target: targeted ? `≥ ${target.speedup}× faster` : INFORMATIONAL,
      met: targeted ? one / eight >= target.speedup : null,
      rounds: 1,
    });
    const started = await Promise.allSettled([emptySandbox(null), emptySandbox(rttMs)]);
    const targets = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      const failed = started.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
      const [onLoopback, overProxy] = targets as [Network, Network];
      const loopOne = await importInto(onLoopback, all('one'), scale.importUsers, 1);
      const loopEight = await importInto(onLoopback, all('eight'), scale.importUsers, 8);
      const fixed = await importInto(overProxy, single, 1, 1);
      const sampled = await importInto(overProxy, sample, sampleRows, 1);
      // The one-row import is the fixed cost and one row; each further row costs (sampled − fixed) / (sample − 1).
      const rttOne =
        sampleRows < scale.importUsers
          ? fixed + ((sampled - fixed) * (scale.importUsers - 1)) / (sampleRows - 1)
          : sampled;
      const rttEight = await importInto(overProxy, all('eight'), scale.importUsers, 8);
      const scaled =
        sampleRows < scale.importUsers
          ? `, estimated from the first ${sampleRows.toLocaleString('en')} rows (${round(sampled)} ms; fixed cost ${round(fixed)} ms, from a one-row import)`
          : '';
      return [
        row('import-loopback', loopbackName, loopEight, loopOne, 'the same import with concurrency 1', false),
        row('import-rtt', rttName(rttMs), rttEight, rttOne, `the same import with concurrency 1${scaled}`, true),
      ];
    } finally {
      await Promise.all(targets.map((t) => t.stop()));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
