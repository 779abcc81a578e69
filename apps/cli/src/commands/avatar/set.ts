// avatar set: a user's profile picture from an image file (setUserAvatarImage, multipart or base64).
import { Command } from 'commander';
import { basename } from 'node:path';
import { sniffImageType } from '@extender-users/api-types';
import { UsageError } from '@extender-users/cli-kit';
import type { AppContext } from '../../context.js';
import { readInputFile } from '../../files.js';
import { callAndPrint } from '../print-message.js';
import { example } from '../shared.js';

export function setCommand(ctx: AppContext): Command {
  const set = new Command('set')
    .description(
      "set a user's avatar from a PNG, JPEG or GIF file (multipart upload); any other file is refused here (exit 2), nothing sent",
    )
    .argument('<name>', 'user name')
    .argument('<file>', 'image file');
  set
    .option('--base64', 'send it through the base64 endpoint instead of a multipart upload')
    .action(async (name: string, file: string, opts: { base64?: boolean }, cmd: Command) => {
      const image = new Uint8Array(await readInputFile(file));
      // The spec's rule, by the first bytes: anything else the server would refuse (415), so it is never sent.
      if (!sniffImageType(image))
        throw new UsageError(`'${file}' is not a PNG, JPEG or GIF image (by its first bytes); nothing was sent`);
      await callAndPrint(ctx, cmd, ({ client }, call) =>
        opts.base64
          ? client.avatars.setBase64(name, image, call)
          : client.avatars.upload(name, image, { ...call, fileName: basename(file) }),
      );
    });
  return example(
    set,
    'extender-users avatar set jdoe ./jdoe.png',
    'extender-users avatar set jdoe ./jdoe.jpg --base64',
  );
}
