import { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { CliFailure } from '../../errors.js';
import { EXIT } from '../../exit-codes.js';
import { callAndPrint } from '../print-message.js';
import { example } from '../shared.js';

export function deleteCommand(ctx: AppContext): Command {
  const command = new Command('delete').description('delete a user (asks first on a terminal)').argument('<name>', 'user name');
  command
    .option('-y, --yes', 'do not ask (for scripts)')
    .action((name: string, opts: { yes?: boolean }, cmd: Command) =>
      callAndPrint(ctx, cmd, async (client, call) => {
        if (!(await ctx.confirm(`Delete user ${name}?`, opts.yes))) throw new CliFailure('not deleted', EXIT.usage);
        return client.users.delete(name, call);
      }),
    );
  return example(command, 'extender-users users delete jdoe', 'extender-users users delete jdoe --yes');
}

export function activateCommand(ctx: AppContext): Command {
  const command = new Command('activate').description('give a user access to Confluence again').argument('<name>', 'user name');
  command.action((name: string, _opts: unknown, cmd: Command) => callAndPrint(ctx, cmd, (client, call) => client.users.activate(name, call)));
  return example(command, 'extender-users users activate jdoe');
}

export function deactivateCommand(ctx: AppContext): Command {
  const command = new Command('deactivate').description("take a user's access to Confluence away").argument('<name>', 'user name');
  command.action((name: string, _opts: unknown, cmd: Command) => callAndPrint(ctx, cmd, (client, call) => client.users.deactivate(name, call)));
  return example(command, 'extender-users users deactivate jdoe');
}
