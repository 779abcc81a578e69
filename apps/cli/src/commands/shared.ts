// Pieces the commands share: connection options, --format, detail levels, examples in --help.
import { Command, Option } from 'commander';
import { wholeNumber } from '@extender-users/cli-kit';
import type { Detail } from '@extender-users/client';

export { wholeNumber };

/** Adds --url/--user/--password/--token/--password-stdin/--timeout to a command. */
export function addConnectionOptions(command: Command, { password = true }: { password?: boolean } = {}): Command {
  command
    .option('--url <url>', 'Confluence base URL (context path allowed, no /rest/...) [CONFLUENCE_URL]')
    .option('--user <name>', 'administrator user name [CONFLUENCE_USER]');
  if (password) command.option('--password <password>', 'password or Extender API token [CONFLUENCE_PASSWORD]');
  return command
    .option('--token <token>', 'bearer token (personal access token) [CONFLUENCE_TOKEN]')
    .option('--password-stdin', 'read the password from standard input')
    .option('--timeout <seconds>', 'per-request timeout in seconds (default 30; 0: none)', wholeNumber('--timeout', 0, 86_400));
}

export const formatOption = (formats = ['table', 'json', 'csv']) =>
  new Option('--format <format>', `output format: ${formats.join(', ')} (default: table on a terminal, else json)`).choices(formats);

export const detailOption = (fallback: Detail) =>
  new Option('--detail <level>', 'how much of each user: name, basic or extended').choices(['name', 'basic', 'extended']).default(fallback);

export function example(command: Command, ...lines: string[]): Command {
  return command.addHelpText('after', `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
}
