// Starting and stopping what the suite checks. The sandbox is started as a process (the suite
// never imports it), on a free port with an in-memory database.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startPrism } from '@extender-users/spec';
import type { ContractOptions } from './options.js';

export interface RunningTarget {
  baseUrl: string;
  auth: { user: string; password: string } | { token: string };
  nonAdmin?: { user: string; password: string };
  stop(): Promise<void>;
}

const sandboxMain = fileURLToPath(new URL('../../../apps/sandbox/dist/main.js', import.meta.url));

async function startSandboxProcess(): Promise<RunningTarget> {
  const child = spawn(process.execPath, [sandboxMain, '--port', '0', '--db', ':memory:', '--seed-users', '60'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The sandbox did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Base URL +(\S+)/.exec(output);
      if (match && output.includes('Stop with Ctrl+C')) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox exited with code ${code} (is it built? npm run build):\n${output}`));
    });
  });
  return {
    baseUrl,
    auth: { user: 'admin', password: 'admin' },
    nonAdmin: { user: 'user', password: 'user' },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function startTarget(options: ContractOptions): Promise<RunningTarget> {
  if (options.target === 'prism') {
    const prism = await startPrism();
    return { baseUrl: prism.url, auth: { user: 'admin', password: 'admin' }, stop: () => prism.stop() };
  }
  if (options.target === 'sandbox') return startSandboxProcess();
  return { baseUrl: options.baseUrl!, auth: options.auth!, nonAdmin: options.nonAdmin, stop: async () => undefined };
}
