// What the stall checks share (stall.test.ts in npm test, stall.reliability.ts for many tries):
// the kinds of server that never finish an answer, one command of each family that calls the
// server, and a run of the built CLI against one of them with a full garbage collection every 500 ms
// (so that anything resting on a weakly held link, as issue 25's hang did, fails every time).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBin } from './support/cli-bin.js';
import type { Behaviour } from './support/misbehaving-server.js';

/**
 * Preloaded in the CLI's process: a full collection every 500 ms, never keeping the process alive.
 * Two or more in each 1-second attempt: the CLI from before issue 25's fix (25de45d^) hung in every
 * family but doctor against each server that sends headers, in 3 or 4 tries of each at 500 ms as at
 * 200 ms; at 1000 ms `users list --all` once ended. A collection costs about 10 ms of CPU.
 */
const FORCED_GC = 'data:text/javascript,setInterval(globalThis.gc,500).unref()';

/** --timeout of every run, in seconds, and the client's default attempts and longest waits between them. */
export const TIMEOUT_S = 1;
const ATTEMPTS = 4;
const LONGEST_WAITS_MS = 250 + 500 + 1000; // full jitter below base 250 ms × 2^(attempt-1)
/** Where a run must have ended by its own limits: --timeout × attempts + the longest waits between them. */
export const LIMIT_MS = TIMEOUT_S * 1000 * ATTEMPTS + LONGEST_WAITS_MS;

export const serverKinds: Record<string, Behaviour> = {
  'never answers': { silent: true },
  'stalls after the headers': { stall: true, sent: 0 },
  'stalls mid-body': { stall: true, sent: 9 },
  // A byte a second would make each attempt one byte long at --timeout 1; four bytes an attempt.
  'trickles the body': { trickle: true, everyMs: 250 },
};

/** One command of each family that calls the server; `dir` holds the files they read and write. */
export function commandFamilies(dir: string): Record<string, (run: number) => string[]> {
  const csv = join(dir, 'import.csv');
  const names = join(dir, 'names.txt');
  const png = fileURLToPath(new URL('./fixtures/avatar.png', import.meta.url));
  writeFileSync(csv, 'name,fullName,email\njdoe,John Doe,jdoe@acme.test\n');
  writeFileSync(names, 'jdoe\nasmith\n');
  return {
    'users list': () => ['users', 'list'],
    'users list --all': () => ['users', 'list', '--all'],
    'users show': () => ['users', 'show', 'admin'],
    'users export': (run) => ['users', 'export', '-o', join(dir, `export-${run}.csv`)],
    'users import': () => ['users', 'import', csv],
    'users deactivate --from (bulk)': () => ['users', 'deactivate', '--from', names, '--yes'],
    'users add': () => ['users', 'add', 'jdoe', '--full-name', 'John Doe', '--email', 'jdoe@acme.test'],
    'props get': () => ['props', 'get', 'admin', 'k'],
    'avatar set': () => ['avatar', 'set', 'admin', png],
    'users audit inactive': () => ['users', 'audit', 'inactive', '--days', '30'],
    doctor: () => ['doctor'],
  };
}

export const scratchDir = () => mkdtempSync(join(tmpdir(), 'extender-users-stall-'));

export interface StallRun {
  /** False when the run was still going after the guard and was killed: a broken promise. */
  ended: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the built CLI with `args` against `url` (--timeout 1), collecting garbage every 500 ms unless
 * `forcedGc` is false (the collector then runs when V8 decides, as for a user). A run
 * still going after `guardMs` is killed and reported as not ended: the guard is far beyond any
 * limit of the run, there only so that a hang fails instead of hanging the suite.
 */
export function runAgainst(
  url: string,
  args: string[],
  { forcedGc = true, guardMs = 120_000 }: { forcedGc?: boolean; guardMs?: number } = {},
): Promise<StallRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(forcedGc ? ['--expose-gc', '--import', FORCED_GC] : []),
      cliBin,
      ...['--url', url, '--user', 'admin', '--timeout', `${TIMEOUT_S}`, ...args],
    ],
    { env: { PATH: process.env.PATH, CONFLUENCE_PASSWORD: 'admin' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  let ended = true;
  const guard = setTimeout(() => {
    ended = false;
    child.kill('SIGKILL');
  }, guardMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ ended, code, stdout, stderr, ms: performance.now() - started });
    }),
  );
}

/** What every run must end with: exit 1 and one line on stderr that says why. */
export function endedAsPromised(run: StallRun, family: string): boolean {
  if (!run.ended || run.code !== 1 || !/^extender-users: [^\n]+\n$/.test(run.stderr)) return false;
  return family === 'doctor'
    ? /^extender-users: doctor: the URL check failed\n$/.test(run.stderr)
    : new RegExp(`no answer within the --timeout of ${TIMEOUT_S} s \\(attempt \\d\\)`).test(run.stderr);
}
