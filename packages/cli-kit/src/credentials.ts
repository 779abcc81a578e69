// Credentials the way every program of the project takes them: flags first, then CONFLUENCE_*
// variables, and a password read whole from a pipe with --password-stdin (never on the command
// line, where npm and shells echo it).
import { UsageError } from './usage-error.js';

export type Credentials = { username: string; password: string } | { token: string };

export interface CredentialFlags {
  user?: string;
  password?: string;
  token?: string;
  passwordStdin?: boolean;
}

export interface CredentialSources {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** More than any password or token (Confluence's tokens are 44 characters). */
const PASSWORD_LIMIT = 65_536;

/** Everything on a stream, without the final line break; with `limit`, a UsageError past that many characters. */
export async function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += chunk.toString();
    // An endless stream (/dev/zero) would fill the memory first.
    if (text.length > limit)
      throw new UsageError(`standard input holds more than ${limit} characters, more than any password or token`);
  }
  return text.replace(/\r?\n$/, '');
}

/** The token to use, if any. Flags first: a user given on the command line is not overridden by a token in the environment. */
function chosenToken(flags: CredentialFlags, env: NodeJS.ProcessEnv): string | undefined {
  const userFlagsGiven = flags.user !== undefined || flags.password !== undefined || flags.passwordStdin === true;
  return flags.token ?? (userFlagsGiven ? undefined : env.CONFLUENCE_TOKEN);
}

/**
 * The credentials the flags and the environment give. A user without a password comes back as
 * `{ username, password: undefined }` so that a program at a terminal can ask for it.
 */
export async function resolveCredentials(
  flags: CredentialFlags,
  { env, stdin }: CredentialSources,
): Promise<Credentials | { username: string; password: undefined }> {
  // Both on the command line: which one was meant cannot be told (--user alone with --token names the caller).
  if (flags.token !== undefined && (flags.password !== undefined || flags.passwordStdin === true)) {
    throw new UsageError(
      `give --token or a password (${flags.passwordStdin ? '--password-stdin' : '--password'}), not both`,
    );
  }
  const token = chosenToken(flags, env);
  if (token) return { token };
  const username = flags.user ?? env.CONFLUENCE_USER;
  if (!username)
    throw new UsageError(
      'no credentials: give --user with CONFLUENCE_PASSWORD or --password-stdin, or --token; or set CONFLUENCE_USER/CONFLUENCE_PASSWORD or CONFLUENCE_TOKEN',
    );
  if (flags.passwordStdin) {
    if (stdin.isTTY)
      throw new UsageError('--password-stdin reads the password from a pipe, e.g. `printenv PW | … --password-stdin`');
    const password = await readAll(stdin, PASSWORD_LIMIT);
    if (!password) throw new UsageError('--password-stdin read an empty password');
    return { username, password };
  }
  return { username, password: flags.password ?? env.CONFLUENCE_PASSWORD };
}

/**
 * Where resolveCredentials takes the credentials from, in words for the hint after a refusal
 * (401): `--user and --password`, `CONFLUENCE_TOKEN`, `CONFLUENCE_USER and the password typed`...
 * The same order as resolveCredentials (cli-kit.test.ts checks every combination against it).
 */
export function credentialSources(flags: CredentialFlags, env: NodeJS.ProcessEnv): string {
  if (chosenToken(flags, env)) return flags.token ? '--token' : 'CONFLUENCE_TOKEN';
  const user = flags.user !== undefined ? '--user' : 'CONFLUENCE_USER';
  const password = flags.passwordStdin
    ? 'the password piped to --password-stdin'
    : flags.password !== undefined
      ? '--password'
      : env.CONFLUENCE_PASSWORD !== undefined
        ? 'CONFLUENCE_PASSWORD'
        : 'the password typed';
  return `${user} and ${password}`;
}
