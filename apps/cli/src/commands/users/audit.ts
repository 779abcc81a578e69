import { Command } from 'commander';
import { checkWritable, UsageError } from '@extender-users/cli-kit';
import type { UserDetails } from '@extender-users/client';
import { refuseCaller, sameName } from '../../bulk/caller.js';
import { checkRecordPath, defaultRecordPath } from '../../bulk/record-file.js';
import { runChanges } from '../../bulk/run.js';
import { ACTIONS, summarize, type ChangeOutcome, type PlanItem } from '../../bulk/state-change.js';
import type { AppContext } from '../../context.js';
import { CliFailure } from '../../errors.js';
import { EXIT } from '../../exit-codes.js';
import { chooseFormat, render, type Row } from '../../output/format.js';
import { refuseReportOver } from '../../same-file.js';
import { daysSince, isoDate } from '../../output/rows.js';
import { completeDetails } from './complete-details.js';
import { listing, withAccessOption } from './listing.js';
import { bomOption, bulkExitCodes, csvWriting, rawCellsOption, example, formatOption, wholeNumber } from '../shared.js';

const COLUMNS = ['name', 'fullName', 'email', 'lastSuccessfulLoginDate', 'daysSinceLogin', 'createdDate'];
/** What the audit needs of each user (hasAccessToUseConfluence came later than the dates; see isInactive). */
const NEEDED = ['name', 'fullName', 'email', 'createdDate', 'lastSuccessfulLoginDate'];
const DAY = 86_400_000;

interface AuditOptions {
  days: number;
  deactivate?: boolean;
  dryRun?: boolean;
  yes?: boolean;
  format?: string;
  undoFile?: string;
  report?: string;
  concurrency: number;
  withAccess?: boolean;
  rawCells?: boolean;
  bom?: boolean;
}

/**
 * Inactive: has access, and its last login, or for a user who never logged in the creation of the
 * account, is older than the cutoff. So an account made yesterday is not inactive, whatever --days.
 */
export function isInactive(
  user: Pick<UserDetails, 'lastSuccessfulLoginDate' | 'createdDate' | 'hasAccessToUseConfluence'>,
  cutoff: number,
): boolean {
  // Deactivated already (newer versions list them too). Versions without the field (it came after
  // the dates) list only users with access (the spec's listedUsers behaviour of getUsers).
  if (user.hasAccessToUseConfluence === false) return false;
  return (user.lastSuccessfulLoginDate ?? user.createdDate) < cutoff;
}

const resultText = (o: ChangeOutcome) =>
  o.result === 'changed' ? 'deactivated' : o.result === 'not tried' ? o.detail : `${o.result}: ${o.detail}`;

export function auditCommand(ctx: AppContext): Command {
  const audit = new Command('audit').description('find users who need attention');
  const inactive = new Command('inactive')
    .description(
      'users with access who have not logged in for more than --days days, or never logged in and whose account is older than that',
    )
    .requiredOption('--days <n>', 'inactive for more than this many days', wholeNumber('--days', 1, 36_500))
    .option('--deactivate', 'deactivate them (asks first; never your own account), listing each in an undo file')
    .option('--dry-run', 'with --deactivate: only say what would be deactivated')
    .option('-y, --yes', 'do not ask for confirmation (for scripts)')
    .option(
      '--undo-file <file>',
      "with --deactivate: where to list the users it deactivated, to undo with 'users activate --from FILE' (default: deactivated-<UTC time>.csv here; an existing record of deactivated users is added to)",
    )
    .option(
      '--report <file>',
      'with --deactivate: where to write the users that failed or were not tried (default: deactivate-failures-<UTC time>.csv here)',
    )
    .option(
      '--concurrency <n>',
      'users deactivated at once, or looked up at once where the listing has no dates (Extender before 2.8.0)',
      wholeNumber('--concurrency', 1, 16),
      4,
    )
    .addOption(withAccessOption())
    .addOption(formatOption())
    .addOption(rawCellsOption())
    .addOption(bomOption())
    .action(async (opts: AuditOptions, cmd: Command) => {
      if (!opts.deactivate) {
        const only = (['dryRun', 'undoFile', 'report'] as const).find((o) => opts[o] !== undefined);
        if (only)
          throw new UsageError(`--${only.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} goes with --deactivate`);
      }
      const format = chooseFormat(opts.format, ctx.stdout.isTTY);
      const writing = csvWriting(opts, format);
      const now = ctx.now();
      const reportPath = opts.report ?? defaultRecordPath('deactivate-failures', now);
      if (opts.deactivate && !opts.dryRun) {
        checkWritable(reportPath);
        if (opts.undoFile) await checkRecordPath(opts.undoFile, ACTIONS.deactivate.record.kind);
        if (opts.undoFile)
          refuseReportOver({ what: opts.report ? '--report' : 'the default report', path: reportPath }, [
            { what: '--undo-file', path: opts.undoFile },
          ]);
      }
      const { client, connection } = await ctx.connect(cmd);
      if (opts.deactivate) refuseCaller('deactivate', connection.callerName, [], { bulk: true });

      const cutoff = now - opts.days * DAY;
      const found: Row[] = [];
      const users = listing(client, opts.withAccess);
      const listed = users.iterate({ detail: 'extended', pageSize: 500, concurrency: 4, signal: ctx.signal });
      const instead = `inactive users cannot be found through its API${opts.deactivate ? '; nothing was deactivated' : ''}`;
      const complete = {
        fields: NEEDED,
        concurrency: opts.concurrency,
        signal: ctx.signal,
        stderr: ctx.stderr,
        instead,
        total: () => users.total(ctx.signal),
      };
      for await (const user of completeDetails(listed, client, complete)) {
        if (!isInactive(user, cutoff)) continue;
        const last = user.lastSuccessfulLoginDate;
        found.push({
          name: user.name,
          fullName: user.fullName,
          email: user.email,
          // JSON keeps its date fields dates (null: never logged in, as users show has it); a table and CSV say it.
          lastSuccessfulLoginDate: isoDate(last) ?? (format === 'json' ? null : 'never'),
          daysSinceLogin: daysSince(last, now),
          createdDate: isoDate(user.createdDate),
        });
      }
      // Never-logged-in first, then the longest inactive; ties by name. Sorted on raw values.
      found.sort(
        (a, b) =>
          (b.daysSinceLogin === null ? Infinity : (b.daysSinceLogin as number)) -
            (a.daysSinceLogin === null ? Infinity : (a.daysSinceLogin as number)) ||
          String(a.name).localeCompare(String(b.name)),
      );

      if (!opts.deactivate) {
        ctx.stdout.write(render(format, COLUMNS, found, writing));
        if (format === 'table') ctx.stderr.write(`${found.length} users inactive for more than ${opts.days} days\n`);
        return;
      }
      const isCaller = (row: Row) => sameName(String(row.name), connection.callerName);
      const todo: PlanItem[] = found.filter((r) => !isCaller(r)).map((r) => ({ name: String(r.name) }));
      const settled: ChangeOutcome[] = found.filter(isCaller).map((r) => ({
        item: { name: String(r.name) },
        result: 'skipped',
        detail: 'the account this command runs as',
      }));
      if (opts.dryRun || todo.length === 0) {
        const dry = new Map(settled.map((o) => [o.item.name, `skipped: ${o.detail}`]));
        ctx.stdout.write(
          render(
            format,
            [...COLUMNS, 'result'],
            found.map((r) => ({ ...r, result: dry.get(String(r.name)) ?? 'would deactivate' })),
            writing,
          ),
        );
        ctx.stderr.write(`${opts.dryRun ? 'dry run: ' : ''}${todo.length} users would be deactivated\n`);
        return;
      }
      if (!(await ctx.confirm(`Deactivate ${todo.length} users inactive for more than ${opts.days} days?`, opts.yes)))
        throw new CliFailure('nothing deactivated', EXIT.usage);

      const { outcomes, failure } = await runChanges(
        ctx,
        client,
        'deactivate',
        { todo, settled },
        { concurrency: opts.concurrency, recordPath: opts.undoFile, reportPath },
      );
      const results = new Map(outcomes.map((o) => [o.item.name, resultText(o)]));
      ctx.stdout.write(
        render(
          format,
          [...COLUMNS, 'result'],
          found.map((r) => ({ ...r, result: results.get(String(r.name)) ?? '' })),
          writing,
        ),
      );
      ctx.stderr.write(`${summarize('deactivate', outcomes)}\n`);
      if (failure) throw failure;
    });
  example(
    inactive,
    'extender-users users audit inactive --days 90',
    'extender-users users audit inactive --days 180 --deactivate --dry-run',
    'extender-users users audit inactive --days 180 --deactivate --yes --undo-file undo-inactive.csv',
    'extender-users users activate --from undo-inactive.csv --yes     # undo',
  );
  audit.addCommand(bulkExitCodes(inactive));
  return audit;
}
