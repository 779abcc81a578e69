// The client core's size, min+gzip, against openapi-fetch alone: both read from the client's own
// size-limit entries ("client core", "openapi-fetch alone"), measured on its build.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { round, type BenchRow } from '../harness.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface SizeLimitEntry {
  name: string;
  size: number;
}

/** Runs the client's `size:json` script (size-limit; it exits non-zero when over budget, with the JSON still on stdout). */
function sizeLimit(): Promise<SizeLimitEntry[]> {
  return new Promise((resolve, reject) =>
    execFile(
      'npm',
      ['run', '--silent', 'size:json', '-w', '@extender-users/client'],
      { cwd: root, timeout: 120_000 },
      (error, stdout, stderr) => {
        try {
          resolve(JSON.parse(stdout) as SizeLimitEntry[]);
        } catch {
          reject(
            new Error(`the client's size:json gave no JSON (${error?.message ?? 'no error'}): ${stderr.slice(-500)}`),
          );
        }
      },
    ),
  );
}

export async function bundleSize(): Promise<BenchRow> {
  const entries = await sizeLimit();
  const size = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    if (!entry) throw new Error(`packages/client's size-limit has no entry named '${name}'`);
    return entry.size;
  };
  const core = size('client core');
  const baseline = size('openapi-fetch alone');
  const ratio = core / baseline;
  return {
    id: 'client-bundle',
    figure: 'client core bundle, min+gzip (openapi-fetch included; size-limit)',
    network: null,
    baseline: 'openapi-fetch alone, min+gzip (size-limit)',
    value: core,
    baselineValue: baseline,
    unit: 'bytes',
    ratio: round(ratio),
    target: '≤ 2×',
    met: ratio <= 2,
    rounds: 1,
  };
}
