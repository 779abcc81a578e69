// Starts the sandbox (apps/sandbox, built) as a separate process on 127.0.0.1 and stops it. Like
// Prism, it is a local server of this spec; its code is never imported, only its program started.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sandboxMain = fileURLToPath(new URL('../../apps/sandbox/dist/main.js', import.meta.url));

export interface SandboxProcess {
  /** The Confluence base URL the sandbox prints: `http://127.0.0.1:<port>[/contextPath]`. */
  baseUrl: string;
  /** The personal access token of `admin` issued at this start. */
  adminToken: string;
  process: ChildProcess;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, and wait for the exit (a crash, for durability checks). */
  kill9(): Promise<void>;
}

/** Starts the sandbox with `--port 0` (a free port) and the given options, e.g. `['--db', ':memory:']`. */
export async function startSandboxProcess(args: string[] = [], startTimeoutMs = 120_000): Promise<SandboxProcess> {
  const child = spawn(process.execPath, [sandboxMain, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The sandbox did not start in ${startTimeoutMs} ms:\n${out}`));
    }, startTimeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Base URL +(\S+)/.exec(out);
      if (match && out.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox exited with code ${code} (is it built? npm run build):\n${out}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    baseUrl,
    adminToken: /Admin token +(\S+)/.exec(out)?.[1] ?? '',
    process: child,
    stop: async () => {
      if (running()) child.kill('SIGTERM');
      await exited;
    },
    kill9: async () => {
      if (running()) child.kill('SIGKILL');
      await exited;
    },
  };
}
