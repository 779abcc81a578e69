// Which CLI command calls each operation of the spec. Typed by operationId: a new operation in the
// spec without an entry here fails the compiler (`npm run lint`), and scripts/check-commands.ts
// (also in lint) fails when a command named here is not in the command tree (a registration
// forgotten in program.ts) or a command of the tree calls no operation named here.
import type { OperationId } from '@extender-users/api-types';
import type { Command } from 'commander';

export interface CommandOfOperation {
  /** The command that calls it, by its path in the command tree (`users list`). */
  command: string;
  /** The option of that command that chooses this operation, if one does. */
  option?: string;
  /** Other commands that call it on the way (listings, look-ups). */
  alsoIn?: readonly string[];
}

export const OPERATION_COMMANDS = {
  getUsers: { command: 'users list', alsoIn: ['users export', 'users import', 'users audit inactive', 'doctor'] },
  getUsersWithConfluenceAccess: {
    command: 'users list',
    option: '--with-access',
    alsoIn: ['users export', 'users audit inactive'],
  },
  getUserDetails: {
    command: 'users show',
    alsoIn: [
      'users list',
      'users export',
      'users audit inactive',
      'users delete',
      'users activate',
      'users deactivate',
    ],
  },
  addUser: { command: 'users add', alsoIn: ['users import'] },
  renameUser: { command: 'users rename' },
  changeUserDetails: { command: 'users update' },
  deleteUser: { command: 'users delete' },
  activateUser: { command: 'users activate' },
  deactivateUser: { command: 'users deactivate', alsoIn: ['users audit inactive'] },
  getUserProperty: { command: 'props get' },
  setUserProperty: { command: 'props set' },
  setUserAvatarImage: { command: 'avatar set' },
  setUserAvatarBase64: { command: 'avatar set', option: '--base64' },
} as const satisfies Record<OperationId, CommandOfOperation>;

/** Every command that does something (no subcommands), by its path from the program. */
export function leafCommands(command: Command, path: string[] = []): Map<string, Command> {
  if (command.commands.length === 0) return new Map([[path.join(' '), command]]);
  return new Map(command.commands.flatMap((sub) => [...leafCommands(sub, [...path, sub.name()])]));
}

/** What the table and the command tree disagree on, one line each (none: they agree). */
export function commandTableProblems(
  program: Command,
  table: Readonly<Record<string, CommandOfOperation>> = OPERATION_COMMANDS,
): string[] {
  const leaves = leafCommands(program);
  const problems: string[] = [];
  const named = new Set<string>();
  for (const [operation, { command, option, alsoIn = [] }] of Object.entries(table)) {
    for (const path of [command, ...alsoIn]) {
      named.add(path);
      if (!leaves.has(path))
        problems.push(`${operation}: the command '${path}' is not in the command tree (registered in program.ts?)`);
    }
    if (option && leaves.has(command) && !leaves.get(command)!.options.some((o) => o.long === option))
      problems.push(`${operation}: '${command}' has no option ${option}`);
  }
  for (const path of leaves.keys())
    if (!named.has(path)) problems.push(`the command '${path}' calls no operation of OPERATION_COMMANDS`);
  return problems;
}
