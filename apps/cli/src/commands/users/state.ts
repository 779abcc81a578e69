import { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { CliFailure } from '../../errors.js';
import { EXIT } from '../../exit-codes.js';
import { addConnectionOptions, example } from '../shared.js';

export function deleteCommand(ctx: AppContext): Command {
  const command = new Command('delete').description('delete a user (asks first on a terminal)').argument('<name>', 'user name');
  addConnectionOptions(command)
    .option('-y, --yes', 'do not ask (for scripts)')
    .action(async (name: string, opts: { yes?: boolean }, cmd: Command) => {
      const client = await ctx.client(cmd);
      if (!(await ctx.confirm(`Delete user ${name}?`, opts.yes))) throw new CliFailure('not deleted', EXIT.usage);
      ctx.stdout.write(`${(await client.users.delete(name, { signal: ctx.signal })).message}\n`);
    });
  return example(command, 'extender-users users delete jdoe', 'extender-users users delete jdoe --yes');
}

export function activateCommand(ctx: AppContext): Command {
  const command = new Command('activate').description('give a user access to Confluence again').argument('<name>', 'user name');
  addConnectionOptions(command).action(async (name: string, _opts: unknown, cmd: Command) => {
    const client = await ctx.client(cmd);
    ctx.stdout.write(`${(await client.users.activate(name, { signal: ctx.signal })).message}\n`);
  });
  return example(command, 'extender-users users activate jdoe');
}

export function deactivateCommand(ctx: AppContext): Command {
  const command = new Command('deactivate').description("take a user's access to Confluence away").argument('<name>', 'user name');
  addConnectionOptions(command).action(async (name: string, _opts: unknown, cmd: Command) => {
    const client = await ctx.client(cmd);
    ctx.stdout.write(`${(await client.users.deactivate(name, { signal: ctx.signal })).message}\n`);
  });
  return example(command, 'extender-users users deactivate jdoe');
}
