// Runs the built contract CLI (dist/cli.js) as a user would, and collects what it prints.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface RunOptions {
  /** Replaces these variables of the environment (undefined removes one). */
  env?: Record<string, string | undefined>;
  /** Written to the program's standard input, which is then closed. */
  stdin?: string;
}

export function runContract(args: string[], options: RunOptions = {}): Promise<{ code: number | null; out: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('CONFLUENCE_')) delete env[name];
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** The summary printed at the end of a run. */
export const summaryOf = (out: string) => out.slice(out.lastIndexOf('Contract summary'));
