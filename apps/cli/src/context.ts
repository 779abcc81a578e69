// What every command gets: the streams, the environment, a client built from the connection
// flags, a confirmation prompt, the clock and a signal that Ctrl+C aborts.
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { createExtenderUsersClient, type ExtenderUsersClient } from '@extender-users/client';
import { UsageError } from '@extender-users/cli-kit';
import { resolveConnection, type GlobalFlags, type Io } from './config.js';
import { VERSION } from './version.js';

export interface AppContext extends Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  signal: AbortSignal;
  now(): number;
  /** A client for the connection given to this command (flags before or after it, then CONFLUENCE_*). */
  client(command: Command, options?: { leafPasswordIsAuth?: boolean }): Promise<ExtenderUsersClient>;
  /** Asks yes/no at a terminal; without one, fails unless `yes` is set. */
  confirm(question: string, yes: boolean | undefined): Promise<boolean>;
}

/** Connection flags from the command and its ancestors; the nearest wins. */
export function connectionFlags(command: Command, leafPasswordIsAuth = true): GlobalFlags {
  const merged: GlobalFlags = {};
  const chain: Command[] = [];
  for (let c: Command | null = command; c; c = c.parent) chain.unshift(c);
  for (const c of chain) {
    const o = c.opts() as GlobalFlags;
    const leafOwnsPassword = c === command && !leafPasswordIsAuth;
    for (const key of ['url', 'user', 'token', 'passwordStdin', 'timeout'] as const) if (o[key] !== undefined) (merged as Record<string, unknown>)[key] = o[key];
    if (o.password !== undefined && !leafOwnsPassword) merged.password = o.password;
  }
  return merged;
}

export function createContext(io: Io & { stdout: AppContext['stdout'] }, signal: AbortSignal, now: () => number = Date.now): AppContext {
  return {
    ...io,
    signal,
    now,
    async client(command, options = {}) {
      const connection = await resolveConnection(connectionFlags(command, options.leafPasswordIsAuth ?? true), io);
      return createExtenderUsersClient({ baseUrl: connection.baseUrl, auth: connection.auth, timeoutMs: connection.timeoutMs, userAgent: `extender-users-cli/${VERSION}` });
    },
    async confirm(question, yes) {
      if (yes) return true;
      if (!io.stdin.isTTY) throw new UsageError(`${question.replace(/\?$/, '')}: confirm with --yes when not at a terminal`);
      const rl = createInterface({ input: io.stdin, output: io.stderr });
      const answer = await new Promise<string>((resolve) => rl.question(`${question} [y/N] `, resolve));
      rl.close();
      return /^y(es)?$/i.test(answer.trim());
    },
  };
}
