// The command table of the CLI's README, rendered from a commander command tree: every command
// that does something, with its arguments and options as it really takes them.
import type { Command, Option } from 'commander';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** `<file>` → `FILE`, `[name]` → `[NAME]`, `<group...>` → `GROUP...`. */
const placeholder = (text: string) =>
  text
    .replace(/<([^>]+)>/g, (_, p: string) => p.toUpperCase())
    .replace(/\[([^\]]+)\]/g, (_, p: string) => `[${p.toUpperCase()}]`);

function optionUsage(option: Option): string {
  const flag = option.long ?? option.short ?? option.flags;
  const short = option.short && option.long ? `${option.short}, ` : '';
  const value = option.argChoices
    ? ` ${option.argChoices.join('|')}`
    : placeholder(option.flags.replace(/^[^<[]*/, ' ')).replace(/^ $/, '');
  const usage = `${short}${flag}${value}${option.variadic ? '...' : ''}`;
  return option.mandatory ? usage : `[${usage}]`;
}

function argumentUsage(command: Command): string[] {
  return command.registeredArguments.map((a) => {
    const name = `${a.name().toUpperCase()}${a.variadic ? '...' : ''}`;
    return a.required ? name : `[${name}]`;
  });
}

/** Every command that does something (no subcommands), with its path from the program. */
function leaves(command: Command, path: string[] = []): { path: string[]; command: Command }[] {
  if (command.commands.length === 0) return [{ path, command }];
  return command.commands.flatMap((sub) => leaves(sub, [...path, sub.name()]));
}

export function commandTable(program: Command): string {
  const rows = leaves(program).map(({ path, command }) => {
    const options = command.options.filter((o) => o.long !== '--help').map(optionUsage);
    const usage = [...path, ...argumentUsage(command), ...options].join(' ');
    return `| \`${cell(usage)}\` | ${cell(command.description())} |`;
  });
  return ['| command | what |', '|---|---|', ...rows].join('\n');
}
