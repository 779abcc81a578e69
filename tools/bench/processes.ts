// The CLI as a benchmark runs it: from its build, with its peak memory reported. (The sandbox is
// started with startSandboxProcess from @extender-users/spec.)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cliMain = fileURLToPath(new URL('../../apps/cli/dist/main.js', import.meta.url));

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
