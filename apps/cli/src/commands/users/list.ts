import { Command } from 'commander';
import { integerParameters } from '@extender-users/api-types';
import { UsageError } from '@extender-users/cli-kit';
import type { Detail } from '@extender-users/client';
import type { AppContext } from '../../context.js';
import { createExportWriter } from '../../csv/export-writer.js';
import { chooseFormat, render, renderTable, type Format, type Row } from '../../output/format.js';
import { COLUMNS, userRow } from '../../output/rows.js';
import { completeDetails, each, insteadOf, FIELDS_OF } from './complete-details.js';
import { listing, withAccessOption } from './listing.js';
import type { CsvWriting } from '../../csv/write-options.js';
import { bomOption, csvWriting, rawCellsOption, detailOption, example, formatOption, wholeNumber } from '../shared.js';

/** Users per request with --all when --max-results is not given. */
const ALL_PAGE_SIZE = 500;
// The spec's bounds (via api-types): a value out of range is refused here, before anything is sent.
const { MaxResults, StartAt } = integerParameters;

/** Writes rows as they come: JSON and CSV row by row, a table per page. */
function streamRows(
  format: Format,
  columns: string[],
  out: NodeJS.WritableStream,
  pageSize: number,
  writing: CsvWriting,
) {
  if (format !== 'table') return createExportWriter(format, columns, out, writing);
  let pending: Row[] = [];
  const flush = () => {
    if (pending.length) out.write(renderTable(columns, pending));
    pending = [];
  };
  return {
    async write(row: Row) {
      pending.push(row);
      if (pending.length >= pageSize) flush();
    },
    async end() {
      flush();
    },
  };
}

export function listCommand(ctx: AppContext): Command {
  const command = new Command('list')
    .description('list users: one page, or every page with --all (streamed); says on stderr when more pages exist')
    .addOption(detailOption('basic'))
    .option(
      '--start-at <n>',
      'index of the first user',
      wholeNumber('--start-at', StartAt.minimum, StartAt.maximum),
      StartAt.default,
    )
    .option(
      '--max-results <n>',
      `users per page, ${MaxResults.minimum} to ${MaxResults.maximum} (default ${MaxResults.default}; with --all, users per request, default ${ALL_PAGE_SIZE})`,
      wholeNumber('--max-results', MaxResults.minimum, MaxResults.maximum),
    )
    .option('--all', 'every user, page by page, written as it comes')
    .addOption(withAccessOption())
    .addOption(formatOption())
    .addOption(rawCellsOption())
    .addOption(bomOption())
    .action(
      async (
        opts: {
          detail: Detail;
          startAt: number;
          maxResults?: number;
          all?: boolean;
          withAccess?: boolean;
          format?: string;
          rawCells?: boolean;
          bom?: boolean;
        },
        cmd: Command,
      ) => {
        if (opts.all && opts.startAt) throw new UsageError('--all lists every user; leave out --start-at');
        const format = chooseFormat(opts.format, ctx.stdout.isTTY);
        const writing = csvWriting(opts, format);
        const columns = COLUMNS[opts.detail];
        const client = await ctx.client(cmd);
        const users = listing(client, opts.withAccess);
        const complete = {
          fields: FIELDS_OF[opts.detail],
          concurrency: 4,
          signal: ctx.signal,
          stderr: ctx.stderr,
          instead: insteadOf(opts.detail),
        };
        if (opts.all) {
          const pageSize = opts.maxResults ?? ALL_PAGE_SIZE;
          const writer = streamRows(format, columns, ctx.stdout, pageSize, writing);
          let count = 0;
          const listed = users.iterate({ detail: opts.detail, pageSize, concurrency: 4, signal: ctx.signal });
          for await (const user of completeDetails(listed, client, {
            ...complete,
            total: () => users.total(ctx.signal),
          })) {
            await writer.write(userRow(user));
            count++;
          }
          await writer.end();
          if (format === 'table') ctx.stderr.write(`${count} users\n`);
          return;
        }

        const page = await users.list({
          detail: opts.detail,
          startAt: opts.startAt,
          maxResults: opts.maxResults ?? MaxResults.default,
          signal: ctx.signal,
        });
        const rows = [];
        for await (const user of completeDetails(each(page.users), client, {
          ...complete,
          total: async () => page.users.length,
        }))
          rows.push(userRow(user));
        ctx.stdout.write(render(format, columns, rows, writing));
        const shownTo = page.startAt + page.users.length;
        const more = page.users.length > 0 ? page.total - shownTo : 0;
        const summary = page.users.length
          ? `users ${page.startAt + 1}–${shownTo} of ${page.total}`
          : `no users at ${page.startAt} (total ${page.total})`;
        // Never cut a listing short in silence, whatever the format: a script reads stderr too.
        if (more > 0)
          ctx.stderr.write(
            `${summary}; ${more} more: add --all for every user, or --start-at ${shownTo} for the next page\n`,
          );
        else if (format === 'table') ctx.stderr.write(`${summary}\n`);
      },
    );
  return example(
    command,
    'extender-users users list --detail basic --max-results 20',
    'extender-users users list --all --format csv > users.csv',
  );
}
