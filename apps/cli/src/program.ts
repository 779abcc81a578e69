// The extender-users command tree.
import { Command } from 'commander';
import { avatarCommand } from './commands/avatar/index.js';
import { doctorCommand } from './commands/doctor.js';
import { propsCommand } from './commands/props/index.js';
import { addGlobalOptions } from './commands/shared.js';
import { addCommand } from './commands/users/add.js';
import { auditCommand } from './commands/users/audit.js';
import { exportCommand } from './commands/users/export.js';
import { importCommand } from './commands/users/import.js';
import { listCommand } from './commands/users/list.js';
import { renameCommand } from './commands/users/rename.js';
import { showCommand } from './commands/users/show.js';
import { activateCommand } from './commands/users/activate.js';
import { deactivateCommand } from './commands/users/deactivate.js';
import { deleteCommand } from './commands/users/delete.js';
import { updateCommand } from './commands/users/update.js';
import type { AppContext } from './context.js';
import { VERSION } from './version.js';

/** The end of the program's --help: how to connect, the exit codes, an example. */
const ROOT_HELP_AFTER = `
Connection: set CONFLUENCE_URL, CONFLUENCE_USER and CONFLUENCE_PASSWORD (or CONFLUENCE_TOKEN), or
pipe the password in with --password-stdin; at a terminal a missing password is asked for without
echo. The connection options work before or after the command's name. Avoid --password and
--token on a shared machine: a command line is visible to other users and in shell history.

Exit codes: 0 done, 1 API or network error, 2 usage or input mistake (nothing sent),
3 partial failure of a bulk command (see its report), 130 interrupted.

Example:
  $ export CONFLUENCE_URL=http://127.0.0.1:8090 CONFLUENCE_USER=admin
  $ read -rs CONFLUENCE_PASSWORD && export CONFLUENCE_PASSWORD
  $ extender-users users list --detail basic
`;

/** Applies the same error handling and output to a command and all below it. */
function configureTree(command: Command, ctx: AppContext): void {
  command
    .exitOverride()
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // One line, the pointer to --help included. An unknown option is named without its value:
      // `--passwrd=S3cret` must not print the password.
      outputError: (s, write) =>
        write(
          `extender-users: ${s
            .replace(/^error: /, '')
            .replace(/(unknown option '[^'=]*)=[^']*'/, "$1=…'")
            .trim()
            .replace(/\s*\n\s*/g, ' ')} (add --help for usage)\n`,
        ),
    });
  for (const sub of command.commands) configureTree(sub, ctx);
}

export function buildProgram(ctx: AppContext): Command {
  const program = new Command('extender-users')
    .description('Bulk user administration for Confluence through the Extender for Confluence Users REST API')
    .version(VERSION)
    .addHelpText('after', ROOT_HELP_AFTER);
  addGlobalOptions(program);

  const users = new Command('users').description('list, show, add, change, delete, export, import and audit users');
  for (const make of [
    listCommand,
    showCommand,
    addCommand,
    renameCommand,
    updateCommand,
    deleteCommand,
    activateCommand,
    deactivateCommand,
    exportCommand,
    importCommand,
    auditCommand,
  ]) {
    users.addCommand(make(ctx));
  }
  program.addCommand(users);
  program.addCommand(propsCommand(ctx));
  program.addCommand(avatarCommand(ctx));
  program.addCommand(doctorCommand(ctx));
  configureTree(program, ctx);
  return program;
}
