// The connection: --url, the credentials (flags, CONFLUENCE_* variables or --password-stdin, as
// every program of the project takes them), --timeout and --deadline. A password is never echoed:
// from stdin it is read whole, at a terminal it is asked for without echo.
import { read } from 'read';
import { credentialSources, resolveCredentials, UsageError } from '@extender-users/cli-kit';
import type { Auth } from '@extender-users/client';

/** The options every command takes, before or after the command's name. */
export interface GlobalFlags {
  url?: string;
  user?: string;
  password?: string;
  token?: string;
  passwordStdin?: boolean;
  /** Seconds. */
  timeout?: number;
  /** Seconds. */
  deadline?: number;
  debug?: boolean;
}

export interface Connection {
  baseUrl: string;
  auth: Auth;
  timeoutMs: number;
  deadlineMs: number | undefined;
  /** Who the calls are made as, when known (with a token alone it is not). */
  callerName: string | undefined;
  /** Where the credentials came from, in words: `--user and --password`, `CONFLUENCE_TOKEN`... */
  credentialsFrom: string;
}

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Asks for a password at a terminal without echoing it. */
export function askHidden(prompt: string, io: Io): Promise<string> {
  return read({ prompt, silent: true, input: io.stdin, output: io.stderr });
}

export async function resolveConnection(flags: GlobalFlags, io: Io): Promise<Connection> {
  const baseUrl = flags.url ?? io.env.CONFLUENCE_URL;
  if (!baseUrl)
    throw new UsageError(
      'no Confluence URL: set CONFLUENCE_URL or pass --url (the base URL, e.g. https://wiki.acme.test/confluence)',
    );
  const timeoutMs = (flags.timeout ?? 30) * 1000;
  const deadlineMs = flags.deadline === undefined ? undefined : flags.deadline * 1000;

  const credentials = await resolveCredentials(flags, io);
  const credentialsFrom = credentialSources(flags, io.env);
  if ('token' in credentials)
    return {
      baseUrl,
      auth: credentials,
      timeoutMs,
      deadlineMs,
      callerName: flags.user ?? io.env.CONFLUENCE_USER,
      credentialsFrom,
    };
  let { password } = credentials;
  if (password === undefined) {
    if (!io.stdin.isTTY)
      throw new UsageError(
        `no password for ${credentials.username}: set CONFLUENCE_PASSWORD, or pipe it in with --password-stdin`,
      );
    password = await askHidden(`Password for ${credentials.username}: `, io);
  }
  return {
    baseUrl,
    auth: { username: credentials.username, password },
    timeoutMs,
    deadlineMs,
    callerName: credentials.username,
    credentialsFrom,
  };
}
