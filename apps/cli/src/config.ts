// The connection: --url/--user/--password/--token/--password-stdin, or CONFLUENCE_* variables.
// A password is never echoed: from stdin it is read whole, at a terminal it is asked for hidden.
import { createInterface } from 'node:readline';
import type { Auth } from '@extender-users/client';
import { UsageError } from './errors.js';

export interface ConnectionFlags {
  url?: string;
  user?: string;
  password?: string;
  token?: string;
  passwordStdin?: boolean;
  timeout?: string;
}

export interface Connection {
  baseUrl: string;
  auth: Auth;
  timeoutMs: number;
}

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text.replace(/\r?\n$/, '');
}

/** Asks for a password at a terminal without echoing it. */
export function askHidden(question: string, io: Io): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput: (s: string) => void };
    io.stderr.write(question);
    output._writeToOutput = () => undefined; // swallow the echo of typed characters
    rl.question('', (answer) => {
      rl.close();
      io.stderr.write('\n');
      resolve(answer);
    });
  });
}

export async function resolveConnection(flags: ConnectionFlags, io: Io): Promise<Connection> {
  const baseUrl = flags.url ?? io.env.CONFLUENCE_URL;
  if (!baseUrl) throw new UsageError('no Confluence URL: pass --url or set CONFLUENCE_URL (the base URL, e.g. https://wiki.acme.test/confluence)');
  const timeoutMs = flags.timeout === undefined ? 30_000 : Number(flags.timeout) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) throw new UsageError(`--timeout must be a number of seconds, got '${flags.timeout}'`);

  const token = flags.token ?? io.env.CONFLUENCE_TOKEN;
  if (token) return { baseUrl, auth: { token }, timeoutMs };
  const user = flags.user ?? io.env.CONFLUENCE_USER;
  if (!user) throw new UsageError('no credentials: pass --user (with --password, --password-stdin or CONFLUENCE_PASSWORD) or --token, or set CONFLUENCE_USER/CONFLUENCE_TOKEN');
  let password = flags.password ?? io.env.CONFLUENCE_PASSWORD;
  if (flags.passwordStdin) {
    if (io.stdin.isTTY) throw new UsageError('--password-stdin reads the password from a pipe, e.g. `cat pw.txt | extender-users --password-stdin ...`');
    password = await readAll(io.stdin);
    if (!password) throw new UsageError('--password-stdin read an empty password');
  } else if (password === undefined) {
    if (!io.stdin.isTTY) throw new UsageError(`no password for ${user}: pass --password-stdin, --password or set CONFLUENCE_PASSWORD`);
    password = await askHidden(`Password for ${user}: `, io);
  }
  return { baseUrl, auth: { username: user, password }, timeoutMs };
}
