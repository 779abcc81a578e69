import { Command } from 'commander';
import { UsageError } from '@extender-users/cli-kit';
import type { UserChanges } from '@extender-users/client';
import type { AppContext } from '../../context.js';
import { callAndPrint } from '../print-message.js';
import { example } from '../shared.js';

export function updateCommand(ctx: AppContext): Command {
  const command = new Command('update')
    .description("change a user's full name, e-mail and/or password (at least one)")
    .argument('<name>', 'user name')
    .option('--full-name <name>', 'new display name')
    .option('--email <address>', 'new e-mail address')
    .option('--new-password <password>', "the user's new password")
    .action((name: string, opts: { fullName?: string; email?: string; newPassword?: string }, cmd: Command) => {
      const changes = {
        ...(opts.fullName ? { fullName: opts.fullName } : {}),
        ...(opts.email ? { email: opts.email } : {}),
        ...(opts.newPassword ? { password: opts.newPassword } : {}),
      };
      if (Object.keys(changes).length === 0)
        throw new UsageError('nothing to change: give --full-name, --email and/or --new-password');
      return callAndPrint(ctx, cmd, ({ client }, call) =>
        client.users.changeDetails(name, changes as UserChanges, call),
      );
    });
  return example(command, 'extender-users users update jdoe --email john.doe@acme.test');
}
