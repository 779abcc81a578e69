// A smoke run of the benchmark harness with tiny sizes: every row is produced and written, and the
// chart is a self-contained SVG. It asserts no timing (figures on a shared machine belong to
// `npm run bench`, not to tests).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const ROWS = [
  'client-bundle',
  'client-overhead',
  'page-fresh-cpu',
  'page-again',
  'deep-page',
  'sandbox-cpu',
  'sandbox-walk-again',
  'sandbox-same-page-cpu',
  'prism-cpu',
  'prism-silent-cpu',
  'iterate-loopback',
  'iterate-rtt',
  'export-loopback',
  'export-rtt',
  'export-rss',
  'import-loopback',
  'import-rtt',
];

it('npm run bench produces every row, the Markdown and the chart (smoke sizes, --rtt honoured)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  try {
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile(
        `${root}node_modules/.bin/tsx`,
        ['--conditions=@extender-users/source', `${root}tools/bench/run.ts`, '--rtt', '5'],
        { env: { ...process.env, BENCH_SCALE: 'smoke', BENCH_OUT: out }, timeout: 170_000 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve({ stdout }),
      ),
    );
    type Row = {
      id: string;
      network: string | null;
      value: number;
      ratio: number | null;
      target: string;
      met: boolean | null;
    };
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
      scale: string;
      rttMs: number;
      rows: Row[];
    };
    expect(results.scale).toBe('smoke');
    expect(results.rttMs).toBe(5);
    expect(results.rows.map((r) => r.id)).toEqual(ROWS);
    for (const row of results.rows) {
      expect(Number.isFinite(row.value), row.id).toBe(true);
      // Every row with a target says whether it is met; informational rows say neither.
      expect(row.met === null, row.id).toBe(row.target === '(informational)');
    }
    expect(results.rows.filter((r) => r.id.endsWith('-rtt')).map((r) => r.network)).toEqual([
      '5 ms RTT',
      '5 ms RTT',
      '5 ms RTT',
    ]);
    expect(stdout).toContain('| figure | network | measured |');
    const markdown = readFileSync(join(out, 'results.md'), 'utf8');
    expect(markdown).toContain('client per-request cost');
    expect(markdown).toMatch(/^\| \d{4}-\d\d-\d\d \d\d:\d\d UTC \| .+ \| 5 ms \|/m); // the history line

    const svg = readFileSync(join(out, 'latency-model.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const id of ['iterate', 'export', 'import']) expect(svg).toContain(`data-figure="${id}"`);
    // Self-contained: nothing fetched (no links, scripts, web fonts, images or CSS imports).
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(
      /https?:|href|<script|<image|@import|url\(|@font-face/i,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
