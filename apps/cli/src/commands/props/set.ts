// props set: set a user's property (setUserProperty).
import { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { callAndPrint } from '../print-message.js';
import { example } from '../shared.js';

export function setCommand(ctx: AppContext): Command {
  const set = new Command('set')
    .description("set a user's property")
    .argument('<name>', 'user name')
    .argument('<key>', 'property key')
    .argument('<value>', 'the value');
  set.action((name: string, key: string, value: string, _opts: unknown, cmd: Command) =>
    callAndPrint(ctx, cmd, ({ client }, call) => client.properties.set(name, key, value, call)),
  );
  return example(set, 'extender-users props set jdoe user.organisation.position.full.name "Chief Information Officer"');
}
