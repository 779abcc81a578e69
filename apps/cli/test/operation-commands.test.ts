import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { commandTableProblems, OPERATION_COMMANDS } from '../src/operation-commands.js';
import { buildProgram } from '../src/program.js';

const program = () =>
  buildProgram(
    createContext(
      { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {} },
      new AbortController().signal,
    ),
  );

describe('the operation-to-command table', () => {
  it('agrees with the command tree', () => {
    expect(commandTableProblems(program())).toEqual([]);
  });

  it('a registration forgotten in program.ts is found (probe: users rename taken out of the tree)', () => {
    const tree = program();
    const users = tree.commands.find((c) => c.name() === 'users')!;
    (users.commands as Command[]).splice(
      users.commands.findIndex((c) => c.name() === 'rename'),
      1,
    );
    expect(commandTableProblems(tree)).toEqual([
      "renameUser: the command 'users rename' is not in the command tree (registered in program.ts?)",
    ]);
  });

  it('a command that calls no operation of the table, and an option that does not exist, are found', () => {
    const tree = program();
    tree.commands.find((c) => c.name() === 'users')!.addCommand(new Command('frobnicate'));
    expect(commandTableProblems(tree)).toEqual([
      "the command 'users frobnicate' calls no operation of OPERATION_COMMANDS",
    ]);
    expect(
      commandTableProblems(program(), {
        ...OPERATION_COMMANDS,
        setUserAvatarBase64: { command: 'avatar set', option: '--base-64' },
      }),
    ).toEqual(["setUserAvatarBase64: 'avatar set' has no option --base-64"]);
  });
});
