// What every command gets: the streams, the environment, a client built from the global options,
// a confirmation prompt, the clock and a signal that Ctrl+C aborts.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import {
  createExtenderUsersClient,
  type ExtenderUsersClient,
  type ExtenderUsersClientOptions,
} from '@extender-users/client';
import { showingControls, UsageError } from '@extender-users/cli-kit';
import { resolveConnection, type Connection, type GlobalFlags, type Io } from './config.js';
import { VERSION } from './version.js';

export interface Session {
  client: ExtenderUsersClient;
  connection: Connection;
}

export interface AppContext extends Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  signal: AbortSignal;
  now(): number;
  /** The URL the last redirected request ended at, if any was redirected (see redirects.ts). */
  redirectedTo: string | undefined;
  /** Where the credentials of the last connection came from, in words (for a refusal's hint). */
  credentialsFrom: string | undefined;
  /** The connection and a client for it, from the global options (anywhere on the line), then CONFLUENCE_*. */
  connect(command: Command, options?: Pick<ExtenderUsersClientOptions, 'fetch'>): Promise<Session>;
  /** A client for the connection given to this command. */
  client(command: Command): Promise<ExtenderUsersClient>;
  /** Asks yes/no at a terminal; without one, fails unless `yes` is set. */
  confirm(question: string, yes: boolean | undefined): Promise<boolean>;
}

export function createContext(
  io: Io & { stdout: AppContext['stdout'] },
  signal: AbortSignal,
  now: () => number = Date.now,
): AppContext {
  const ctx: AppContext = {
    ...io,
    // Control characters in data never reach a terminal raw (see cli-kit's terminal-text.ts): on stdout
    // when it is a terminal (a pipe or a file gets the data as it is), on stderr always (messages are
    // read by people, wherever they are kept). Prompts use the streams themselves (io.*).
    stdout: io.stdout.isTTY ? showingControls(io.stdout) : io.stdout,
    stderr: showingControls(io.stderr),
    signal,
    now,
    redirectedTo: undefined,
    credentialsFrom: undefined,
    async connect(command, options = {}) {
      const connection = await resolveConnection(command.optsWithGlobals<GlobalFlags>(), io);
      ctx.credentialsFrom = connection.credentialsFrom;
      const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
      const client = createExtenderUsersClient({
        baseUrl: connection.baseUrl,
        auth: connection.auth,
        timeoutMs: connection.timeoutMs,
        ...(connection.deadlineMs === undefined ? {} : { deadlineMs: connection.deadlineMs }),
        userAgent: `extender-users-cli/${VERSION}`,
        fetch: async (request) => {
          const response = await send(request);
          if (response.redirected) ctx.redirectedTo = response.url;
          return response;
        },
      });
      return { client, connection };
    },
    async client(command) {
      return (await ctx.connect(command)).client;
    },
    async confirm(question, yes) {
      if (yes) return true;
      if (!io.stdin.isTTY)
        throw new UsageError(`${question.replace(/\?$/, '')}: confirm with --yes when not at a terminal`);
      const rl = createInterface({ input: io.stdin, output: io.stderr });
      const answer = await new Promise<string>((resolve) => rl.question(`${question} [y/N] `, resolve));
      rl.close();
      return /^y(es)?$/i.test(answer.trim());
    },
  };
  return ctx;
}
