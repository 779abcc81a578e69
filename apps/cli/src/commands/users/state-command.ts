// What users activate, deactivate and delete share: one user by name, or every user named in a file
// (--from), with a dry run, a confirmation, a record and a report. Each verb is in its own file.
import { Command } from 'commander';
import { checkWritable, UsageError } from '@extender-users/cli-kit';
import { refuseCaller } from '../../bulk/caller.js';
import { parseNameFile } from '../../bulk/name-file.js';
import { checkRecordPath } from '../../bulk/record-file.js';
import { runChanges } from '../../bulk/run.js';
import {
  ACTIONS,
  NO_SUCH_USER,
  planChanges,
  summarize,
  type PlanItem,
  type StateAction,
} from '../../bulk/state-change.js';
import type { AppContext } from '../../context.js';
import { CliFailure } from '../../errors.js';
import { EXIT } from '../../exit-codes.js';
import { readInputText } from '../../files.js';
import { count, shown } from '../../output/quoted.js';
import { refuseReportOver } from '../../same-file.js';
import { callAndPrint } from '../print-message.js';
import { bulkExitCodes, example, wholeNumber } from '../shared.js';

interface StateOptions {
  from?: string;
  dryRun?: boolean;
  yes?: boolean;
  concurrency: number;
  report?: string;
  undoFile?: string;
  recordFile?: string;
}

async function fromFile(
  ctx: AppContext,
  cmd: Command,
  action: StateAction,
  file: string,
  opts: StateOptions,
): Promise<void> {
  const { names, problems, fileProblem } = parseNameFile(await readInputText(file));
  if (fileProblem) throw new UsageError(`${file}:${fileProblem.line}: ${fileProblem.problem}; nothing was changed`);
  if (problems.length) {
    for (const p of problems)
      ctx.stderr.write(`${file}:${p.line}: ${p.name ? `${shown(p.name)}: ` : ''}${p.problem}\n`);
    throw new UsageError(`${count(problems.length, 'invalid line')} in ${file}; nothing was changed`);
  }
  const reportPath = opts.report ?? `${file}.failures.csv`;
  const recordPath = opts.undoFile ?? opts.recordFile;
  if (!opts.dryRun) {
    checkWritable(reportPath);
    if (recordPath) await checkRecordPath(recordPath, ACTIONS[action].record.kind);
    refuseReportOver({ what: opts.report ? '--report' : 'the default report', path: reportPath }, [
      { what: 'the input file', path: file },
      recordPath ? { what: ACTIONS[action].record.kind.option, path: recordPath } : undefined,
    ]);
  }
  const { client, connection } = await ctx.connect(cmd);
  refuseCaller(action, connection.callerName, names, { bulk: true, source: file });

  const plan = await planChanges(client, action, names as PlanItem[], {
    concurrency: opts.concurrency,
    signal: ctx.signal,
  });
  if (opts.dryRun) {
    for (const item of plan.todo) ctx.stdout.write(`would ${action} ${item.name} (line ${item.line})\n`);
    for (const o of plan.settled)
      ctx.stdout.write(
        `${o.result === 'failed' ? 'would fail' : 'would skip'} ${o.item.name} (line ${o.item.line}): ${o.detail}\n`,
      );
    ctx.stdout.write(
      `dry run: ${plan.todo.length} to ${action}, ${plan.settled.filter((o) => o.result === 'skipped').length} to skip, ${plan.settled.filter((o) => o.result === 'failed').length} would fail (of ${names.length} names)\n`,
    );
    return;
  }
  if (
    plan.todo.length > 0 &&
    !(await ctx.confirm(
      `${action[0]!.toUpperCase()}${action.slice(1)} ${plan.todo.length} user${plan.todo.length === 1 ? '' : 's'} named in ${file}?`,
      opts.yes,
    ))
  ) {
    throw new CliFailure(`nothing ${ACTIONS[action].past}`, EXIT.usage);
  }
  const { outcomes, failure } = await runChanges(ctx, client, action, plan, {
    concurrency: opts.concurrency,
    recordPath,
    reportPath,
    source: file,
  });
  // Skipped so that a re-run can finish the job, but named: a misspelled name looks the same.
  for (const o of outcomes)
    if (o.result === 'skipped' && o.detail === NO_SUCH_USER)
      ctx.stderr.write(
        `${file}:${o.item.line}: ${o.item.name}: ${NO_SUCH_USER}: skipped (deleted already, or misspelled?)\n`,
      );
  ctx.stdout.write(`${summarize(action, outcomes)}\n`);
  if (failure) throw failure;
}

export function stateCommand(
  ctx: AppContext,
  action: StateAction,
  description: string,
  recordHelp: string,
  examples: string[],
): Command {
  const command = new Command(action)
    .description(description)
    .argument('[name]', 'user name (or --from FILE)')
    .option(
      '--from <file>',
      'every user named in a file: a CSV with a name column (other columns are ignored), or one name per line',
    )
    .option('--dry-run', 'with --from: check the file, look the users up and say what would change; change nothing')
    .option('-y, --yes', 'do not ask for confirmation (for scripts)')
    .option('--concurrency <n>', 'with --from: users changed at once', wholeNumber('--concurrency', 1, 16), 4)
    .option(
      '--report <file>',
      'with --from: where to write the names that failed or were not tried (default: <file>.failures.csv)',
    )
    .option(action === 'delete' ? '--record-file <file>' : '--undo-file <file>', `with --from: ${recordHelp}`)
    .action(async (name: string | undefined, opts: StateOptions, cmd: Command) => {
      if (name !== undefined && opts.from !== undefined)
        throw new UsageError('give a user name or --from FILE, not both');
      if (opts.from !== undefined) return fromFile(ctx, cmd, action, opts.from, opts);
      if (name === undefined)
        throw new UsageError(`missing user name: extender-users users ${action} NAME, or --from FILE`);
      const fileOnly = (['dryRun', 'report', 'undoFile', 'recordFile'] as const).find((o) => opts[o] !== undefined);
      if (fileOnly)
        throw new UsageError(`--${fileOnly.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} goes with --from FILE`);
      return callAndPrint(ctx, cmd, async ({ client, connection }, call) => {
        refuseCaller(action, connection.callerName, [{ name }], { bulk: false });
        if (action === 'delete' && !(await ctx.confirm(`Delete user ${name}?`, opts.yes)))
          throw new CliFailure('not deleted', EXIT.usage);
        return ACTIONS[action].call(client, name, call);
      });
    });
  return bulkExitCodes(example(command, ...examples));
}
