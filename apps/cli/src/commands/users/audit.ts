import { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '@extender-users/cli-kit';
import { CliFailure } from '../../errors.js';
import { EXIT } from '../../exit-codes.js';
import { chooseFormat, render, type Row } from '../../output/format.js';
import { daysSince, isoDate } from '../../output/rows.js';
import { example, formatOption, wholeNumber } from '../shared.js';

const COLUMNS = ['name', 'fullName', 'email', 'lastSuccessfulLoginDate', 'daysSinceLogin', 'createdDate'];

export function auditCommand(ctx: AppContext): Command {
  const audit = new Command('audit').description('find users who need attention');
  const inactive = new Command('inactive').description('users whose last successful login is older than --days, or who never logged in');
  inactive
    .requiredOption('--days <n>', 'inactive for more than this many days', wholeNumber('--days', 1, 36_500))
    .option('--deactivate', 'deactivate them (asks first on a terminal)')
    .option('--dry-run', 'with --deactivate: only say what would be deactivated')
    .option('-y, --yes', 'do not ask (for scripts)')
    .addOption(formatOption())
    .action(async (opts: { days: number; deactivate?: boolean; dryRun?: boolean; yes?: boolean; format?: string }, cmd: Command) => {
      if (opts.dryRun && !opts.deactivate) throw new UsageError('--dry-run goes with --deactivate');
      const format = chooseFormat(opts.format, ctx.stdout.isTTY);
      const client = await ctx.client(cmd);
      const now = ctx.now();
      const cutoff = now - opts.days * 86_400_000;
      const found: Row[] = [];
      for await (const user of client.users.iterate({ detail: 'extended', pageSize: 500, concurrency: 4, signal: ctx.signal })) {
        const last = user.lastSuccessfulLoginDate;
        if (last !== null && last >= cutoff) continue;
        found.push({ name: user.name, fullName: user.fullName, email: user.email, lastSuccessfulLoginDate: isoDate(last) ?? 'never', daysSinceLogin: daysSince(last, now), createdDate: isoDate(user.createdDate) });
      }
      // Never-logged-in first, then the longest inactive; ties by name. Sorted on raw values.
      found.sort((a, b) => (b.daysSinceLogin === null ? Infinity : (b.daysSinceLogin as number)) - (a.daysSinceLogin === null ? Infinity : (a.daysSinceLogin as number)) || String(a.name).localeCompare(String(b.name)));

      if (!opts.deactivate) {
        ctx.stdout.write(render(format, COLUMNS, found));
        if (format === 'table') ctx.stderr.write(`${found.length} users inactive for more than ${opts.days} days\n`);
        return;
      }
      if (opts.dryRun || found.length === 0) {
        ctx.stdout.write(render(format, [...COLUMNS, 'result'], found.map((r) => ({ ...r, result: 'would deactivate' }))));
        ctx.stderr.write(`dry run: ${found.length} users would be deactivated\n`);
        return;
      }
      if (!(await ctx.confirm(`Deactivate ${found.length} users inactive for more than ${opts.days} days?`, opts.yes))) throw new CliFailure('nothing deactivated', EXIT.usage);
      let failures = 0;
      for (const row of found) {
        if (ctx.signal.aborted) {
          row.result = 'not tried (interrupted)';
          continue;
        }
        try {
          await client.users.deactivate(String(row.name), { signal: ctx.signal });
          row.result = 'deactivated';
        } catch (error) {
          failures++;
          row.result = `failed: ${(error as Error).message}`;
        }
      }
      ctx.stdout.write(render(format, [...COLUMNS, 'result'], found));
      if (ctx.signal.aborted) throw new CliFailure('interrupted', EXIT.interrupted);
      if (failures) throw new CliFailure(`${failures} of ${found.length} users could not be deactivated (see the result column)`, EXIT.partial);
      ctx.stderr.write(`deactivated ${found.length} users\n`);
    });
  audit.addCommand(example(inactive, 'extender-users users audit inactive --days 90', 'extender-users users audit inactive --days 180 --deactivate --dry-run', 'extender-users users audit inactive --days 180 --deactivate --yes --format json'));
  return audit;
}
