// Pieces the commands share: the global options, --format, detail levels, examples in --help.
import { Command, Option } from 'commander';
import { UsageError, wholeNumber } from '@extender-users/cli-kit';
import type { Detail } from '@extender-users/client';
import type { CsvWriting } from '../csv/write-options.js';

export { wholeNumber };

/**
 * The options every command takes, before or after the command's name. They are declared once,
 * on the program; commander recognises a program's options anywhere on the line.
 */
export function addGlobalOptions(program: Command): Command {
  return program
    .optionsGroup('Connection (every command; before or after its name):')
    .option('--url <url>', 'Confluence base URL, context path included, no /rest/... [CONFLUENCE_URL]')
    .option('--user <name>', 'administrator user name [CONFLUENCE_USER]')
    .option('--password-stdin', 'read the password (or Extender API token) from standard input')
    .option('--token <token>', 'bearer token (personal access token) [CONFLUENCE_TOKEN]')
    .option(
      '--password <password>',
      "administrator's password; prefer CONFLUENCE_PASSWORD or --password-stdin (a command line is visible to others)",
    )
    .option(
      '--timeout <seconds>',
      "longest wait for each attempt of a request, answer included (default 30; 0: no limit of the CLI's, though Node's fetch gives up after 300 s without a byte)",
      wholeNumber('--timeout', 0, 86_400),
    )
    .option(
      '--deadline <seconds>',
      'longest time for each API call, every retry and wait included (default: none)',
      wholeNumber('--deadline', 1, 86_400),
    )
    .option('--debug', 'show stack traces of errors')
    .optionsGroup('Options:');
}

export const formatOption = (formats = ['table', 'json', 'csv']) =>
  new Option(
    '--format <format>',
    `output format: ${formats.join(', ')} (default: table on a terminal, else json)`,
  ).choices(formats);

/** `--raw-cells`, for the commands that can write CSV. */
export const rawCellsOption = () =>
  new Option(
    '--raw-cells',
    "CSV: write each cell as stored, even one beginning with = + - @, a tab or a carriage return, which a spreadsheet runs as a formula (by default such a cell gets a ' in front; users import and --from take it off again)",
  );

/** `--bom`, for the commands that can write CSV. */
export const bomOption = () =>
  new Option('--bom', 'CSV: begin with a UTF-8 byte-order mark, so that Excel reads non-ASCII names right');

/** What `--raw-cells` and `--bom` ask for; a usage error with any format but CSV. */
export function csvWriting(opts: { rawCells?: boolean; bom?: boolean }, format: string): CsvWriting {
  const given = opts.rawCells ? '--raw-cells' : opts.bom ? '--bom' : undefined;
  if (given && format !== 'csv') throw new UsageError(`${given} applies to CSV output; add --format csv`);
  return { rawCells: opts.rawCells === true, bom: opts.bom === true };
}

export const detailOption = (fallback: Detail) =>
  new Option(
    '--detail <level>',
    'how much of each user: name, basic or extended (where the listing holds names only, before Extender 2.8.0, each user is looked up with getUserDetails)',
  )
    .choices(['name', 'basic', 'extended'])
    .default(fallback);

export function example(command: Command, ...lines: string[]): Command {
  return command.addHelpText(
    'after',
    `\nExample${lines.length > 1 ? 's' : ''}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`,
  );
}

/** The exit codes of the bulk commands, for their --help. */
export function bulkExitCodes(command: Command): Command {
  return command.addHelpText(
    'after',
    'Exit codes: 0 done (or nothing needed doing), 1 an API or network error stopped it (credentials, network),\n' +
      'or a line of the record could not be written (a full disk),\n' +
      '2 a bad input line, your own account, a declined confirmation, an existing --undo-file or\n' +
      '--record-file that is not a record of the same change, or a --report that is the input file or\n' +
      'the record: nothing changed, 3 some items failed (see\n' +
      'the report), 130 interrupted. Re-run the same command to finish after 1, 3, 130: the same\n' +
      '--undo-file or --record-file is added to.\n',
  );
}
