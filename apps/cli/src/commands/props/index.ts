// props: the noun; each verb is in its own file.
import { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { getCommand } from './get.js';
import { setCommand } from './set.js';

export function propsCommand(ctx: AppContext): Command {
  return new Command('props')
    .description("read and write users' properties")
    .addCommand(getCommand(ctx))
    .addCommand(setCommand(ctx));
}
