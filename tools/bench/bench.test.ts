// A smoke run of the benchmark harness with tiny sizes: every row is produced and written. It
// asserts no timing (figures on a shared machine belong to `npm run bench`, not to tests).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

it('npm run bench produces every row (smoke sizes)', async () => {
  const out = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  try {
    const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
      execFile(`${root}node_modules/.bin/tsx`, ['--conditions=@extender-users/source', `${root}tools/bench/run.ts`], { env: { ...process.env, BENCH_SCALE: 'smoke', BENCH_OUT: out }, timeout: 170_000 }, (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stdout}\n${stderr}`)) : resolve({ stdout }),
      ),
    );
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as { scale: string; rows: { id: string; value: number; met: boolean | null }[] };
    expect(results.scale).toBe('smoke');
    expect(results.rows.map((r) => r.id)).toEqual(['client-bundle', 'client-overhead', 'iterate-concurrency', 'sandbox-throughput', 'sandbox-latency', 'cli-export-time', 'cli-export-rss', 'cli-import']);
    for (const row of results.rows) expect(Number.isFinite(row.value), row.id).toBe(true);
    expect(stdout).toContain('| figure | baseline | measured |');
    expect(readFileSync(join(out, 'results.md'), 'utf8')).toContain('client per-request cost');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
