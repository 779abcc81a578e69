// The shape of most single-operation commands: get a client for this command's connection, make
// one call, print the API's message.
import type { Command } from 'commander';
import type { ExtenderUsersClient } from '@extender-users/client';
import type { AppContext } from '../context.js';

export async function callAndPrint(
  ctx: AppContext,
  command: Command,
  call: (client: ExtenderUsersClient, options: { signal: AbortSignal }) => Promise<{ message: string }>,
): Promise<void> {
  const client = await ctx.client(command);
  const { message } = await call(client, { signal: ctx.signal });
  ctx.stdout.write(`${message}\n`);
}
