// The CLI's bulk commands: import with concurrency 8 against 1, export against users.iterate.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExtenderUsersClient } from '@extender-users/client';
import { median, round, timed, type BenchRow } from '../harness.js';
import { startSandboxProcess } from '@extender-users/sandbox/launcher';
import { runCli } from '../processes.js';
import type { Scale } from '../scale.js';

const env = (baseUrl: string) => ({ CONFLUENCE_URL: baseUrl, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' });

/** Imports the same CSV into a fresh, empty sandbox with the given concurrency; returns ms. */
async function importOnce(csv: string, concurrency: number): Promise<number> {
  const sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '0']);
  try {
    const { ms, stdout } = await runCli(['users', 'import', csv, '--concurrency', String(concurrency)], env(sandbox.baseUrl));
    if (!/failed 0/.test(stdout)) throw new Error(`import did not complete: ${stdout}`);
    return ms;
  } finally {
    await sandbox.stop();
  }
}

export async function cliImport(scale: Scale): Promise<BenchRow> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const csv = join(dir, 'users.csv');
    const rows = Array.from({ length: scale.importUsers }, (_, i) => `bench${i},Bench User ${i},bench${i}@acme.test,,team-${i % 10}`);
    writeFileSync(csv, `name,fullName,email,password,groups\n${rows.join('\n')}\n`);
    const eight: number[] = [];
    const one: number[] = [];
    for (let i = 0; i < scale.importRounds; i++) {
      one.push(await importOnce(csv, 1));
      eight.push(await importOnce(csv, 8));
    }
    const speedup = median(one) / median(eight);
    return {
      id: 'cli-import',
      figure: `CLI import of ${scale.importUsers.toLocaleString('en')} users, concurrency 8`,
      baseline: 'the same import with concurrency 1',
      value: round(median(eight)),
      baselineValue: round(median(one)),
      unit: 'ms',
      ratio: round(speedup),
      target: '≥ 4× faster',
      met: speedup >= 4,
      rounds: scale.importRounds,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function cliExport(baseUrl: string, scale: Scale): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  try {
    const client = createExtenderUsersClient({ baseUrl, auth: { username: 'admin', password: 'admin' } });
    const out = join(dir, 'users.csv');
    const exportTimes: number[] = [];
    const iterateTimes: number[] = [];
    const rss: number[] = [];
    let users = 0;
    for (let i = 0; i < scale.rounds; i++) {
      iterateTimes.push(
        await timed(async () => {
          users = 0;
          for await (const _ of client.users.iterate({ detail: 'basic', pageSize: scale.pageSize, concurrency: 4 })) users++;
        }),
      );
      const run = await runCli(['users', 'export', '--detail', 'basic', '--format', 'csv', '-o', out, '--page-size', String(scale.pageSize), '--concurrency', '4'], env(baseUrl));
      exportTimes.push(run.ms);
      rss.push(run.maxRssMb);
    }
    if (statSync(out).size < users * 20) throw new Error('the export file is too small');
    const ratio = median(exportTimes) / median(iterateTimes);
    const peak = Math.max(...rss);
    return [
      {
        id: 'cli-export-time',
        figure: `CLI export of ${users.toLocaleString('en')} users to CSV (process start included)`,
        baseline: 'users.iterate alone, same page size and concurrency',
        value: round(median(exportTimes)),
        baselineValue: round(median(iterateTimes)),
        unit: 'ms',
        ratio: round(ratio),
        target: '≤ 1.2×',
        met: ratio <= 1.2,
        rounds: scale.rounds,
      },
      {
        id: 'cli-export-rss',
        figure: `CLI export of ${users.toLocaleString('en')} users: peak RSS`,
        baseline: '(absolute)',
        value: round(peak, 1),
        baselineValue: null,
        unit: 'MB',
        ratio: null,
        target: '≤ 200 MB',
        met: peak <= 200,
        rounds: scale.rounds,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
