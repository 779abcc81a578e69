import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandTable } from '../scripts/command-table.js';

describe("the README's command table", () => {
  it('lists every command that does something, with its arguments and options as commander knows them', () => {
    const program = new Command('tool');
    const users = new Command('users').description('users');
    users.addCommand(
      new Command('add')
        .description('add a user | or two')
        .argument('<name>', 'user name')
        .argument('[more...]', 'more names')
        .requiredOption('--email <address>', 'e-mail')
        .option('-y, --yes', 'no questions')
        .addOption(new Option('--format <format>', 'format').choices(['csv', 'json'])),
    );
    users.addCommand(new Command('list').description('list'));
    program.addCommand(users);
    program.addCommand(new Command('doctor').description('check').option('--timeout [seconds]', 'wait'));
    expect(commandTable(program).split('\n')).toEqual([
      '| command | what |',
      '|---|---|',
      '| `users add NAME [MORE...] --email ADDRESS [-y, --yes] [--format csv\\|json]` | add a user \\| or two |',
      '| `users list` | list |',
      '| `doctor [--timeout [SECONDS]]` | check |',
    ]);
  });
});
