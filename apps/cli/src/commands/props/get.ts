// props get: a user's property value (getUserProperty).
import { Command, Option } from 'commander';
import type { AppContext } from '../../context.js';
import { jsonText } from '../../output/format.js';
import { example } from '../shared.js';

export function getCommand(ctx: AppContext): Command {
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
  return example(get, 'extender-users props get jdoe user.organisation.position.full.name');
}
