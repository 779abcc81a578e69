// Starts a sandbox process on a free port and runs the built CLI against it, as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { startSandboxProcess } from '@extender-users/sandbox/launcher';
import { cliBin } from './cli-bin.js';

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Every output of every run, to check that no password ever appeared. */
export const transcript: string[] = [];

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  input?: string;
  cwd?: string;
  /**
   * The most the CLI may write to any one file, in KiB (bash's `ulimit -f`): a write that crosses
   * it is cut short and the next fails (EFBIG), as on a disk that fills up, without filling one.
   */
  fileSizeLimitKiB?: number;
  /** A file descriptor to give the CLI as its stdout (as `> FILE` does) instead of a pipe. */
  stdout?: number;
}

/** Starts the CLI; `stderr()` is what it wrote so far, `done` its end. */
export function startCli(
  args: string[],
  options: RunOptions = {},
): { child: ChildProcess; stderr(): string; done: Promise<Result> } {
  const command = [process.execPath, cliBin, ...args];
  const limited = options.fileSizeLimitKiB;
  const child = spawn(
    limited === undefined ? command[0]! : 'bash',
    limited === undefined
      ? command.slice(1)
      : ['--norc', '--noprofile', '-c', `ulimit -f ${limited} && exec "$@"`, 'bash', ...command],
    {
      env: { PATH: process.env.PATH, ...options.env },
      cwd: options.cwd,
      stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin!.end(options.input ?? '');
  const done = new Promise<Result>((resolve) =>
    child.on('exit', (code) => {
      transcript.push(stdout, stderr);
      resolve({ code, stdout, stderr });
    }),
  );
  return { child, stderr: () => stderr, done };
}

export function runCli(args: string[], options: RunOptions = {}): Promise<Result> {
  return startCli(args, options).done;
}

export async function startSandbox(): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  // Fast password hashing: the tests add many accounts, none with a password kept anywhere.
  return startSandboxProcess(['--db', ':memory:', '--seed-users', '40', '--fast-password-hashing']);
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the built CLI with a terminal for stdin, stdout and stderr (util-linux `script` gives it a
 * pseudo-terminal), as a person at a terminal runs it; `output` is what the terminal received, with
 * the terminal's own translation of each line feed into CR LF undone.
 */
export function runCliInTerminal(
  args: string[],
  options: Omit<RunOptions, 'input'> = {},
): Promise<{ code: number | null; output: string }> {
  const command = [process.execPath, cliBin, ...args].map(shellQuote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], {
    env: { PATH: process.env.PATH, TERM: 'xterm', ...options.env },
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      transcript.push(output);
      resolve({ code, output: output.replace(/\r\n/g, '\n') });
    }),
  );
}
