// avatar: the noun; each verb is in its own file.
import { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { setCommand } from './set.js';

export function avatarCommand(ctx: AppContext): Command {
  return new Command('avatar').description("set users' profile pictures").addCommand(setCommand(ctx));
}
