// Starting and stopping what the suite checks. The sandbox is started as a process (the suite
// never imports it), on a free port with an in-memory database.
import { startPrism } from '@extender-users/spec';
import { startSandboxProcess } from '@extender-users/sandbox/launcher';
import type { ContractOptions } from './options.js';

export interface RunningTarget {
  baseUrl: string;
  auth: { user: string; password: string } | { token: string };
  nonAdmin?: { user: string; password: string };
  stop(): Promise<void>;
}

async function startSandbox(): Promise<RunningTarget> {
  const sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '60'], 60_000);
  return { baseUrl: sandbox.baseUrl, auth: { user: 'admin', password: 'admin' }, nonAdmin: { user: 'user', password: 'user' }, stop: () => sandbox.stop() };
}

export async function startTarget(options: ContractOptions): Promise<RunningTarget> {
  if (options.target === 'prism') {
    const prism = await startPrism();
    return { baseUrl: prism.url, auth: { user: 'admin', password: 'admin' }, stop: () => prism.stop() };
  }
  if (options.target === 'sandbox') return startSandbox();
  return { baseUrl: options.baseUrl!, auth: options.auth!, nonAdmin: options.nonAdmin, stop: async () => undefined };
}
