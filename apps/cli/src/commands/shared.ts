// Pieces the commands share: connection options, --format, detail levels, examples in --help.
import { Command, Option } from 'commander';
import type { Detail } from '@extender-users/client';
import { UsageError } from '../errors.js';

/** Adds --url/--user/--password/--token/--password-stdin/--timeout to a command. */
export function addConnectionOptions(command: Command, { password = true }: { password?: boolean } = {}): Command {
  command
    .option('--url <url>', 'Confluence base URL (context path allowed, no /rest/...) [CONFLUENCE_URL]')
    .option('--user <name>', 'administrator user name [CONFLUENCE_USER]');
  if (password) command.option('--password <password>', 'password or Extender API token [CONFLUENCE_PASSWORD]');
  return command
    .option('--token <token>', 'bearer token (personal access token) [CONFLUENCE_TOKEN]')
    .option('--password-stdin', 'read the password from standard input')
    .option('--timeout <seconds>', 'per-request timeout in seconds (default 30)');
}

export const formatOption = (formats = ['table', 'json', 'csv']) =>
  new Option('--format <format>', `output format: ${formats.join(', ')} (default: table on a terminal, else json)`).choices(formats);

export const detailOption = (fallback: Detail) =>
  new Option('--detail <level>', 'how much of each user: name, basic or extended').choices(['name', 'basic', 'extended']).default(fallback);

export function example(command: Command, ...lines: string[]): Command {
  return command.addHelpText('after', `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
}

export function wholeNumber(flag: string, min = 0, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got '${value}'`);
    return Number(value);
  };
}
