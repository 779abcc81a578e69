import { Command } from 'commander';
import { setAvatarBase64FromFile, uploadAvatarFromFile } from '@extender-users/client/node';
import type { AppContext } from '../../context.js';
import { callAndPrint } from '../print-message.js';
import { example } from '../shared.js';

export function avatarCommand(ctx: AppContext): Command {
  const avatar = new Command('avatar').description("set users' profile pictures");
  const set = new Command('set').description('set a user\'s avatar from a PNG, JPEG or GIF file (multipart upload)').argument('<name>', 'user name').argument('<file>', 'image file');
  set
    .option('--base64', 'send it through the base64 endpoint instead of a multipart upload')
    .action((name: string, file: string, opts: { base64?: boolean }, cmd: Command) =>
      callAndPrint(ctx, cmd, (client, call) => (opts.base64 ? setAvatarBase64FromFile(client, name, file, call) : uploadAvatarFromFile(client, name, file, call))),
    );
  avatar.addCommand(example(set, 'extender-users avatar set jdoe ./jdoe.png', 'extender-users avatar set jdoe ./jdoe.jpg --base64'));
  return avatar;
}
