import { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { CliFailure, describeError } from '../../errors.js';
import { EXIT } from '../../exit-codes.js';
import { extenderVersion, missingPasswordHint } from './password-hint.js';
import { callAndPrint } from '../print-message.js';
import { example } from '../shared.js';

export function addCommand(ctx: AppContext): Command {
  const command = new Command('add')
    .description('add a user (Extender before 2.13.0 requires a password: without --new-password the error says so)')
    .argument('<name>', 'user name')
    .requiredOption('--full-name <name>', 'display name')
    .requiredOption('--email <address>', 'e-mail address')
    .option(
      '--new-password <password>',
      "the new user's password (required before Extender 2.13.0; without one the user cannot log in with a password until one is set)",
    )
    .option('--send-mail', 'send the person an e-mail about the account')
    .option(
      '--group <group>',
      'a group to join (repeatable; default: confluence-users)',
      (g: string, all: string[] = []) => [...all, g],
    )
    .action(
      (
        name: string,
        opts: { fullName: string; email: string; newPassword?: string; sendMail?: boolean; group?: string[] },
        cmd: Command,
      ) =>
        callAndPrint(ctx, cmd, async ({ client }, call) => {
          try {
            return await client.users.add(
              {
                name,
                fullName: opts.fullName,
                email: opts.email,
                ...(opts.newPassword ? { password: opts.newPassword } : {}),
                ...(opts.sendMail ? { sendMail: true } : {}),
                ...(opts.group ? { groups: opts.group } : {}),
              },
              call,
            );
          } catch (error) {
            const hint = opts.newPassword
              ? ''
              : await missingPasswordHint(error, () => extenderVersion(client, ctx.signal), 'give --new-password');
            if (hint) throw new CliFailure(`${describeError(error).message}${hint}`, EXIT.apiError);
            throw error;
          }
        }),
    );
  return example(
    command,
    'extender-users users add jdoe --full-name "John Doe" --email jdoe@acme.test --group developers --send-mail',
  );
}
