import { Command, Option } from 'commander';
import type { AppContext } from '../../context.js';
import { jsonText } from '../../output/format.js';
import { callAndPrint } from '../print-message.js';
import { example } from '../shared.js';

export function propsCommand(ctx: AppContext): Command {
  const props = new Command('props').description("read and write users' properties");
  const get = new Command('get')
    .description("print a user's property value")
    .argument('<name>', 'user name')
    .argument('<key>', 'property key');
  get
    .addOption(
      new Option('--format <format>', 'text (the value alone, default) or json')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (name: string, key: string, opts: { format: string }, cmd: Command) => {
      const client = await ctx.client(cmd);
      const value = await client.properties.get(name, key, { signal: ctx.signal });
      ctx.stdout.write(opts.format === 'json' ? `${jsonText({ value })}\n` : `${value}\n`);
    });
  const set = new Command('set')
    .description("set a user's property")
    .argument('<name>', 'user name')
    .argument('<key>', 'property key')
    .argument('<value>', 'the value');
  set.action((name: string, key: string, value: string, _opts: unknown, cmd: Command) =>
    callAndPrint(ctx, cmd, ({ client }, call) => client.properties.set(name, key, value, call)),
  );
  props.addCommand(example(get, 'extender-users props get jdoe user.organisation.position.full.name'));
  props.addCommand(
    example(set, 'extender-users props set jdoe user.organisation.position.full.name "Chief Information Officer"'),
  );
  return props;
}
