import { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { chooseFormat, jsonText, render, renderTable } from '../../output/format.js';
import { COLUMNS, DATE_FIELDS, userRow } from '../../output/rows.js';
import { bomOption, csvWriting, rawCellsOption, example, formatOption } from '../shared.js';

const NOT_REPORTED = 'not reported by this Extender version';

export function showCommand(ctx: AppContext): Command {
  const command = new Command('show')
    .description(
      'show everything about one user (dates as ISO 8601 UTC; a field this Extender version does not report is said to be missing, never shown as empty)',
    )
    .argument('<name>', 'user name');
  command
    .option(
      '--date-format <pattern>',
      "Java date pattern for the ...String fields (JSON; the other dates are ISO 8601 UTC), e.g. 'dd.MM.yyyy'",
    )
    .addOption(formatOption())
    .addOption(rawCellsOption())
    .addOption(bomOption())
    .action(
      async (
        name: string,
        opts: { format?: string; dateFormat?: string; rawCells?: boolean; bom?: boolean },
        cmd: Command,
      ) => {
        const format = chooseFormat(opts.format, ctx.stdout.isTTY);
        const writing = csvWriting(opts, format);
        const client = await ctx.client(cmd);
        const user = await client.users.get(name, { dateFormat: opts.dateFormat, signal: ctx.signal });
        const row = userRow(user);
        // Fields an older Extender version does not send are said to be missing, never shown as empty or "never".
        const unreported = COLUMNS.extended.filter((field) => !(field in row));
        if (format === 'table') {
          ctx.stdout.write(
            renderTable(
              ['field', 'value'],
              COLUMNS.extended.map((field) => ({
                field,
                value: !(field in row) ? NOT_REPORTED : (row[field] ?? (field.startsWith('last') ? 'never' : '')),
              })),
            ),
          );
          return;
        }
        // The API's fields in its order; the epoch dates as ISO 8601 UTC, as in every listing.
        if (format === 'json')
          ctx.stdout.write(
            `${jsonText({ ...user, ...Object.fromEntries(DATE_FIELDS.filter((f) => f in user).map((f) => [f, row[f]])) }, 2)}\n`,
          );
        else
          ctx.stdout.write(
            render(
              'csv',
              COLUMNS.extended.filter((field) => field in row),
              [row],
              writing,
            ),
          );
        if (unreported.length > 0) ctx.stderr.write(`${NOT_REPORTED}: ${unreported.join(', ')}\n`);
      },
    );
  return example(
    command,
    'extender-users users show jdoe',
    'extender-users users show jdoe --format json --date-format dd.MM.yyyy',
  );
}
