// Runs the contract CLI (read-only, or with writes) against the broken proxy of one fault, a few
// runs at a time; and reads the failures off the summary. A run with writes, a rate limit or users
// changing has a fresh sandbox of its own; the read-only runs share one (they change nothing in it).
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { startBrokenProxy } from './broken-proxy.js';
import { startChurn } from './churn-process.js';
import { FAULTS, type FaultName } from './faults/index.js';
import { runContract, runContractHere, summaryOf } from './run-contract.js';
import { inSlot } from './slots.js';

export interface Failure {
  check: string;
  problem: string;
}

export interface FaultRun {
  code: number | null;
  out: string;
  failures: Failure[];
}

/** The failed checks the summary lists: `  ✗ <check>` then its problem on the next line. */
export function failuresOf(out: string): Failure[] {
  const failures: Failure[] = [];
  const lines = summaryOf(out).split('\n');
  for (const [i, line] of lines.entries()) {
    const failed = /^ {2}✗ (.+)$/.exec(line);
    if (failed) failures.push({ check: failed[1]!, problem: (lines[i + 1] ?? '').trim() });
  }
  return failures;
}

const ADMIN_AUTH = `Basic ${Buffer.from('admin:admin').toString('base64')}`;

// As the contract CLI starts its sandbox target, with a fault's own options (a rate limit), and
// cheap password hashes (the write runs add dozens of accounts: about 1.5 CPU-s a whole run).
const startSandbox = (options: string[] = []) =>
  startSandboxProcess(['--db', ':memory:', '--seed-users', '60', '--fast-password-hashing', ...options], 60_000);

/**
 * The sandbox the read-only runs share: they send only GET requests, so none of them changes what
 * another sees (about 1.6 s of CPU saved per run, the cost of starting a sandbox). Stopped by
 * stopSharedSandbox, in the test file's afterAll.
 */
let shared: Promise<SandboxProcess> | undefined;
export async function stopSharedSandbox(): Promise<void> {
  const sandbox = await shared?.catch(() => undefined);
  shared = undefined;
  await sandbox?.stop();
}

async function runOnce(fault: FaultName, writes: boolean, extraArgs: string[], asProcess: boolean): Promise<FaultRun> {
  const own = writes || FAULTS[fault].sandbox !== undefined || FAULTS[fault].churn === true;
  const sandbox = own ? await startSandbox(FAULTS[fault].sandbox) : await (shared ??= startSandbox());
  const stopChurn = FAULTS[fault].churn ? startChurn(sandbox.baseUrl) : undefined;
  try {
    const proxy = await startBrokenProxy(sandbox.baseUrl, fault, ADMIN_AUTH);
    try {
      const { code, out } = await (asProcess ? runContract : runContractHere)(
        [
          '--target',
          'url',
          '--base-url',
          proxy.url,
          '--user',
          'admin',
          '--non-admin-user',
          'user',
          ...(writes ? ['--allow-writes'] : []),
          ...(FAULTS[fault].args ?? []),
          ...extraArgs,
        ],
        {
          env: { CONFLUENCE_PASSWORD: 'admin', CONFLUENCE_NON_ADMIN_PASSWORD: 'user' },
        },
      );
      return { code, out, failures: failuresOf(out) };
    } finally {
      await proxy.close();
    }
  } finally {
    await stopChurn?.();
    if (own) await sandbox.stop();
  }
}

/**
 * Runs the suite against the fault, when a slot is free: in this process (as the CLI would run it),
 * or with `asProcess` as the CLI's own process.
 */
export function runAgainstFault(
  fault: FaultName,
  options: { writes: boolean; args?: string[]; asProcess?: boolean },
): Promise<FaultRun> {
  return inSlot(() => runOnce(fault, options.writes, options.args ?? [], options.asProcess ?? false));
}
