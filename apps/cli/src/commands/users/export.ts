import { Command, Option } from 'commander';
import { integerParameters } from '@extender-users/api-types';
import type { Detail } from '@extender-users/client';
import type { AppContext } from '../../context.js';
import { createExportWriter, type ExportFormat } from '../../csv/export-writer.js';
import { createOutputFile } from '../../files.js';
import { COLUMNS, userRow } from '../../output/rows.js';
import { createProgress } from '../../progress.js';
import { completeDetails, FIELDS_OF, insteadOf } from './complete-details.js';
import { listing, withAccessOption } from './listing.js';
import { bomOption, csvWriting, rawCellsOption, detailOption, example, wholeNumber } from '../shared.js';

const { MaxResults } = integerParameters;

export function exportCommand(ctx: AppContext): Command {
  const command = new Command('export').description(
    'write every user to a file or stdout, page by page (streamed, never all in memory); -o FILE appears only when complete (a failed run leaves any earlier FILE as it was)',
  );
  command
    .addOption(detailOption('basic'))
    .addOption(new Option('--format <format>', 'csv, json or ndjson').choices(['csv', 'json', 'ndjson']).default('csv'))
    .option('-o, --output <file>', 'write to this file (default: stdout)')
    .option(
      '--page-size <n>',
      `users per request, ${MaxResults.minimum} to ${MaxResults.maximum} (the spec's maxResults)`,
      wholeNumber('--page-size', MaxResults.minimum, MaxResults.maximum),
      500,
    )
    .option(
      '--concurrency <n>',
      'requests at once: pages, or users looked up one by one where the listing lacks the detail (Extender before 2.8.0)',
      wholeNumber('--concurrency', 1, 16),
      4,
    )
    .addOption(withAccessOption())
    .addOption(rawCellsOption())
    .addOption(bomOption())
    .action(
      async (
        opts: {
          detail: Detail;
          format: ExportFormat;
          output?: string;
          pageSize: number;
          concurrency: number;
          withAccess?: boolean;
          rawCells?: boolean;
          bom?: boolean;
        },
        cmd: Command,
      ) => {
        const writing = csvWriting(opts, opts.format);
        // The output file first: a wrong path is a usage mistake found before anything is sent.
        const file = opts.output ? await createOutputFile(opts.output) : undefined;
        // A write to the file that fails (a full disk) ends the export, which would wait for it for ever.
        const exporting = async () => {
          const client = await ctx.client(cmd);
          const users = listing(client, opts.withAccess);
          const writer = createExportWriter(opts.format, COLUMNS[opts.detail], file?.stream ?? ctx.stdout, writing);
          const progress = file ? createProgress(ctx.stderr, 'export', 0) : undefined;
          let count = 0;
          const listed = users.iterate({
            detail: opts.detail,
            pageSize: opts.pageSize,
            concurrency: opts.concurrency,
            signal: ctx.signal,
          });
          const complete = {
            fields: FIELDS_OF[opts.detail],
            concurrency: opts.concurrency,
            signal: ctx.signal,
            stderr: ctx.stderr,
            instead: insteadOf(opts.detail),
            total: () => users.total(ctx.signal),
          };
          for await (const user of completeDetails(listed, client, complete)) {
            await writer.write(userRow(user));
            count++;
            if (progress && count % opts.pageSize === 0) {
              progress.setTotal(count);
              progress.tick(opts.pageSize);
            }
          }
          await writer.end();
          progress?.stop();
          if (file) {
            await file.commit();
            ctx.stderr.write(`exported ${count} users to ${opts.output}\n`);
          }
        };
        try {
          await (file ? Promise.race([exporting(), file.failed]) : exporting());
        } catch (error) {
          await file?.abort();
          throw error;
        }
      },
    );
  return example(
    command,
    'extender-users users export -o users.csv',
    'extender-users users export --detail extended --format ndjson > users.ndjson',
  );
}
