// The shape of most single-operation commands: get a client for this command's connection, make
// one call, print the API's message.
import type { Command } from 'commander';
import type { AppContext, Session } from '../context.js';

export async function callAndPrint(
  ctx: AppContext,
  command: Command,
  call: (session: Session, options: { signal: AbortSignal }) => Promise<{ message: string }>,
): Promise<void> {
  const session = await ctx.connect(command);
  const { message } = await call(session, { signal: ctx.signal });
  ctx.stdout.write(`${message}\n`);
}
