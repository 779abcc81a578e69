import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, Option } from 'commander';
import type { Detail } from '@extender-users/client';
import type { AppContext } from '../../context.js';
import { createExportWriter, type ExportFormat } from '../../csv/export-writer.js';
import { COLUMNS, userRow } from '../../output/rows.js';
import { createProgress } from '../../progress.js';
import { detailOption, example, wholeNumber } from '../shared.js';

export function exportCommand(ctx: AppContext): Command {
  const command = new Command('export').description('write every user to a file or stdout, page by page (streamed, never all in memory)');
  command
    .addOption(detailOption('basic'))
    .addOption(new Option('--format <format>', 'csv, json or ndjson').choices(['csv', 'json', 'ndjson']).default('csv'))
    .option('-o, --output <file>', 'write to this file (default: stdout)')
    .option('--page-size <n>', 'users per request', wholeNumber('--page-size', 1, 1000), 500)
    .option('--concurrency <n>', 'pages fetched at once', wholeNumber('--concurrency', 1, 16), 4)
    .action(async (opts: { detail: Detail; format: ExportFormat; output?: string; pageSize: number; concurrency: number }, cmd: Command) => {
      const client = await ctx.client(cmd);
      const out = opts.output ? createWriteStream(opts.output) : ctx.stdout;
      if (opts.output) await once(out, 'open');
      const writer = createExportWriter(opts.format, COLUMNS[opts.detail], out);
      const progress = opts.output ? createProgress(ctx.stderr, 'export', 0) : undefined;
      let count = 0;
      for await (const user of client.users.iterate({ detail: opts.detail, pageSize: opts.pageSize, concurrency: opts.concurrency, signal: ctx.signal })) {
        await writer.write(userRow(user));
        count++;
        if (progress && count % opts.pageSize === 0) {
          progress.setTotal(count);
          progress.tick(opts.pageSize);
        }
      }
      await writer.end();
      progress?.stop();
      if (opts.output) {
        await new Promise<void>((resolve, reject) => (out as NodeJS.WritableStream).end((error?: Error | null) => (error ? reject(error) : resolve())));
        ctx.stderr.write(`exported ${count} users to ${opts.output}\n`);
      }
    });
  return example(command, 'extender-users users export -o users.csv', 'extender-users users export --detail extended --format ndjson > users.ndjson');
}
