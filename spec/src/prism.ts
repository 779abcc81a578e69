// Starts the Prism mock (or validation proxy) of the bundled spec on 127.0.0.1 and stops it.
// Prism's own program is spawned with this Node directly (no npx, no shell), so killing our child
// really stops the server. Prism is found by package resolution: an optional peer dependency of
// this package (the workspace has it; an installed suite needs it only for `--target prism`).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { bundledSpecYamlPath } from './bundle.js';

const PRISM_PACKAGE = '@stoplight/prism-cli';

/** The path of Prism's program; a clear error when the package is not installed. */
export function prismProgram(): string {
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve(`${PRISM_PACKAGE}/package.json`);
  } catch {
    throw new Error(
      `The Prism mock needs ${PRISM_PACKAGE}, which is not installed: npm install --save-dev ${PRISM_PACKAGE}@5.14.2`,
    );
  }
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin.prism!);
}

/** A free TCP port on 127.0.0.1 (asked of the OS). */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface PrismOptions {
  /** `mock` (default) answers from the spec's examples; `proxy` validates traffic to `upstream`. */
  mode?: 'mock' | 'proxy';
  upstream?: string;
  host?: string;
  port?: number;
  specPath?: string;
  /** Extra Prism arguments, e.g. `['--errors']`. */
  args?: string[];
  /** How long to wait for Prism to listen (default 60 s). */
  startTimeoutMs?: number;
  /** Receives Prism's output lines (its request log and violations). */
  onOutput?: (line: string) => void;
}

export interface RunningPrism {
  /** The base URL to give clients: `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startPrism(options: PrismOptions = {}): Promise<RunningPrism> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  const specPath = options.specPath ?? bundledSpecYamlPath;
  if (!existsSync(specPath))
    throw new Error(`The bundled spec is missing at ${specPath}; run \`npm run build\` first.`);
  const mode = options.mode ?? 'mock';
  const target = mode === 'proxy' ? [specPath, requireUpstream(options.upstream)] : [specPath];
  const child = spawn(
    process.execPath,
    [prismProgram(), mode, ...target, '--host', host, '--port', String(port), ...(options.args ?? [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = `http://${host}:${port}`;

  // Ready when Prism says so, or (with `-v silent`, when it says nothing) when its port accepts.
  await new Promise<void>((resolve, reject) => {
    const limit = options.startTimeoutMs ?? 60_000;
    const output: string[] = [];
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      if (!error) return resolve();
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${output.slice(-20).join('\n')}`));
    };
    const timer = setTimeout(() => finish(new Error(`Prism did not start within ${limit} ms`)), limit);
    // A TCP connect, not an HTTP request: in proxy mode a request would reach the upstream server
    // (and an audit would count it).
    const poll = setInterval(() => {
      const socket = connect({ host, port }, () => {
        socket.destroy();
        finish();
      });
      socket.on('error', () => socket.destroy());
    }, 250);
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        output.push(line);
        if (output.length > 20) output.shift(); // only the last lines, for an error message
        options.onOutput?.(line);
        if (line.includes('Prism is listening')) finish();
      }
    };
    child.stdout!.on('data', onLine);
    child.stderr!.on('data', onLine);
    child.once('exit', (code) => finish(new Error(`Prism exited with code ${code}`)));
  });

  return {
    url,
    port,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

function requireUpstream(upstream: string | undefined): string {
  if (!upstream) throw new Error('Prism proxy mode needs an upstream URL');
  return upstream;
}
