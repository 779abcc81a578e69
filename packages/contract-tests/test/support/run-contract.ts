// Runs the built contract CLI (dist/cli.js) as a user would, and collects what it prints; or, for
// the many runs of the self-test, the same run (src/run.ts) in this process, which spares each run
// a Node process loading vitest (about 1 s of CPU a run).
import { spawn } from 'node:child_process';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { parseOptions } from '../../src/options.js';
import { runContractSuite } from '../../src/run.js';

export const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface RunOptions {
  /** Replaces these variables of the environment (undefined removes one). */
  env?: Record<string, string | undefined>;
  /** Written to the program's standard input, which is then closed. */
  stdin?: string;
  /** Kills the program (SIGKILL, exit code null) if it has not ended by then: for a test of a hang. */
  killAfterMs?: number;
}

/** The program's environment: this one's without CONFLUENCE_* settings, and with the run's own. */
function environment(options: RunOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('CONFLUENCE_')) delete env[name];
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function runContract(args: string[], options: RunOptions = {}): Promise<{ code: number | null; out: string }> {
  const env = environment(options);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const killer =
      options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.killAfterMs);
    child.on('exit', (code) => {
      clearTimeout(killer);
      resolve({ code, out });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

/** The summary printed at the end of a run. */
export const summaryOf = (out: string) => out.slice(out.lastIndexOf('Contract summary'));

/**
 * The run a command line asks for, made here (src/run.ts, as the CLI makes it), with what it prints
 * collected. For valid command lines only: usage mistakes and exit codes are the CLI's, and tested
 * as processes. While a run is under way, an unhandled rejection anywhere in this process is
 * printed into that run's output and ends the test's worker (vitest reports "process.exit
 * unexpectedly called"): look for the error in the failing run's output.
 */
export async function runContractHere(
  args: string[],
  options: RunOptions = {},
): Promise<{ code: number; out: string }> {
  let out = '';
  const collect = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      out += chunk.toString();
      done();
    },
  });
  const parsed = await parseOptions(args, { env: environment(options), stdin: Readable.from([options.stdin ?? '']) });
  if (parsed === 'help') throw new Error("runContractHere runs the suite; --help is the CLI's");
  const code = await runContractSuite(parsed, { stdout: collect, stderr: collect });
  // Without colours, as the CLI's processes print here (NO_COLOR): vitest decided on colours for this process.
  return { code, out: stripVTControlCharacters(out) };
}
