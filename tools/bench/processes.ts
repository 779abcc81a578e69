// Processes a benchmark runs: the CLI from its build (with its peak memory reported), and the
// bench's own helper servers (the delay proxy, the node:http baseline) each in a process of its own,
// so the CPU they use is theirs and their timers never wait on the process being measured. (The
// sandbox is started with startSandboxProcess from @extender-users/sandbox/launcher.)
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The CLI's installed command, found through its package (its `bin`), as npx would run it. */
const cliMain = (() => {
  const manifest = createRequire(import.meta.url).resolve('@extender-users/cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin['extender-users']!);
})();

// Loaded into the CLI process: reports its peak resident set size when it exits.
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nBENCH_MAXRSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;

/** Runs the CLI; returns wall time, peak RSS and output. Throws when it fails. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ms: number; maxRssMb: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_RSS, cliMain, ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      const kb = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN);
      if (code !== 0)
        return reject(new Error(`extender-users ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      resolve({ ms, maxRssMb: kb / 1024, stdout, stderr });
    });
  });
}

export interface HelperProcess {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts one of the bench's TypeScript servers (`tools/bench/<script>`) with tsx and waits for the
 * JSON line `{"event":"ready","url":...}` it prints once it listens.
 */
export function startHelper(script: string, args: string[]): Promise<HelperProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start in 30 s:\n${output}`));
    }, 30_000);
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      output += c.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"event":"ready"'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({
        url: (JSON.parse(line) as { url: string }).url,
        process: child,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with code ${code}:\n${output}`));
    });
  });
}
