// The processes a benchmark runs: the sandbox and the CLI, started from their builds.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sandboxMain = fileURLToPath(new URL('../../apps/sandbox/dist/main.js', import.meta.url));
const cliMain = fileURLToPath(new URL('../../apps/cli/dist/main.js', import.meta.url));

export interface Sandbox {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startSandbox(args: string[]): Promise<Sandbox> {
  const child = spawn(process.execPath, [sandboxMain, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox did not start in 120 s:\n${out}`)), 120_000);
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /Base URL +(\S+)/.exec(out);
      if (m && out.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}); run npm run build first:\n${out}`)));
  });
  return {
    baseUrl,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

// Loaded into the CLI process: reports its peak resident set size when it exits.
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nBENCH_MAXRSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;

/** Runs the CLI; returns wall time, peak RSS and output. Throws when it fails. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; maxRssMb: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_RSS, cliMain, ...args], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      const kb = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN);
      if (code !== 0) return reject(new Error(`extender-users ${args.join(' ')} exited ${code}: ${stderr.slice(-500)}`));
      resolve({ ms, maxRssMb: kb / 1024, stdout, stderr });
    });
  });
}
