// Starts the sandbox as a separate process on 127.0.0.1 and stops it: the way every other
// package and tool runs the sandbox. Nothing of the server is imported; the program is started
// with `--ready-json` and is ready when it prints that one JSON line on stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Both src/ and dist/ sit one level below the package root; the program is always the build,
// bundled into one module (scripts/bundle.ts: a start costs about two thirds of dist/main.js's).
const sandboxMain = fileURLToPath(new URL('../dist/extender-users-sandbox.js', import.meta.url));

/** The line the sandbox prints on stdout once it listens, when started with `--ready-json`. */
export interface ReadyLine {
  event: 'ready';
  /** The Confluence base URL clients take: `http://127.0.0.1:<port>[/contextPath]`. */
  baseUrl: string;
  /** A personal access token of `admin`, issued at this start. */
  adminToken: string;
  /** When `adminToken` expires (ISO 8601; `--token-ttl`). */
  adminTokenExpiresAt: string;
  /** The Extender version the sandbox behaves as (`X.Y.Z` or `latest`; `--extender-version`). */
  extenderVersion: string;
}

export interface SandboxProcess extends ReadyLine {
  process: ChildProcess;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL, and wait for the exit (a crash, for durability checks). */
  kill9(): Promise<void>;
}

/** Starts the sandbox with `--port 0` (a free port) and the given options, e.g. `['--db', ':memory:']`. */
export async function startSandboxProcess(args: string[] = [], startTimeoutMs = 120_000): Promise<SandboxProcess> {
  const child = spawn(process.execPath, [sandboxMain, '--port', '0', ...args, '--ready-json'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = await new Promise<ReadyLine>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The sandbox did not start in ${startTimeoutMs} ms:\n${output}`));
    }, startTimeoutMs);
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      pending += chunk.toString();
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, newline).trim();
        pending = pending.slice(newline + 1);
        if (!line.startsWith('{')) continue;
        const parsed = JSON.parse(line) as Partial<ReadyLine>;
        if (parsed.event === 'ready' && parsed.baseUrl) {
          clearTimeout(timer);
          resolve(parsed as ReadyLine);
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox exited with code ${code} (is it built? npm run build):\n${output}`));
    });
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    ...ready,
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
