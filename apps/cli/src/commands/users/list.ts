import { Command } from 'commander';
import type { Detail } from '@extender-users/client';
import type { AppContext } from '../../context.js';
import { chooseFormat, render } from '../../output/format.js';
import { COLUMNS, userRow } from '../../output/rows.js';
import { detailOption, example, formatOption, wholeNumber } from '../shared.js';

export function listCommand(ctx: AppContext): Command {
  const command = new Command('list').description('list users (one page, or every page with --all)');
  command
    .addOption(detailOption('basic'))
    .option('--start-at <n>', 'index of the first user', wholeNumber('--start-at'), 0)
    .option('--max-results <n>', 'users per page', wholeNumber('--max-results', 1), 50)
    .option('--all', 'every user, page by page')
    .addOption(formatOption())
    .action(async (opts: { detail: Detail; startAt: number; maxResults: number; all?: boolean; format?: string }, cmd: Command) => {
      const format = chooseFormat(opts.format, ctx.stdout.isTTY);
      const client = await ctx.client(cmd);
      const rows = [];
      let summary: string;
      if (opts.all) {
        for await (const user of client.users.iterate({ detail: opts.detail, pageSize: Math.max(opts.maxResults, 100), concurrency: 4, signal: ctx.signal })) rows.push(userRow(user));
        summary = `${rows.length} users`;
      } else {
        const page = await client.users.list({ detail: opts.detail, startAt: opts.startAt, maxResults: opts.maxResults, signal: ctx.signal });
        rows.push(...page.users.map(userRow));
        summary = page.users.length ? `users ${page.startAt + 1}–${page.startAt + page.users.length} of ${page.total}` : `no users at ${page.startAt} (total ${page.total})`;
      }
      ctx.stdout.write(render(format, COLUMNS[opts.detail], rows));
      if (format === 'table') ctx.stderr.write(`${summary}\n`);
    });
  return example(command, 'extender-users users list --detail basic --max-results 20', 'extender-users users list --all --format csv > users.csv');
}
