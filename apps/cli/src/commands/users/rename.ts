import { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { callAndPrint } from '../print-message.js';
import { example } from '../shared.js';

export function renameCommand(ctx: AppContext): Command {
  const command = new Command('rename')
    .description("change a user's name (the key, content and permissions stay)")
    .argument('<old>', 'current user name')
    .argument('<new>', 'new user name');
  command.action((oldName: string, newName: string, _opts: unknown, cmd: Command) =>
    callAndPrint(ctx, cmd, ({ client }, call) => client.users.rename(oldName, newName, call)),
  );
  return example(command, 'extender-users users rename jdoe john.doe');
}
