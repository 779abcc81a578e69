// The shared end of every bulk state change: the record file, the run with progress, the report
// of what failed or was not tried, the way to undo, and the exit code.
import { stringify } from 'csv-stringify/sync';
import { existsSync } from 'node:fs';
import type { ExtenderUsersClient } from '@extender-users/client';
import type { AppContext } from '../context.js';
import { CliFailure, describeError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { csvWriteOptions } from '../csv/write-options.js';
import { createProgress } from '../progress.js';
import { createRecordFile, defaultRecordPath, type RecordFile } from './record-file.js';
import { reportPlace, writeReport } from './report-file.js';
import { ACTIONS, applyChanges, type ChangeOutcome, type Plan, type StateAction } from './state-change.js';

export interface RunOptions {
  concurrency: number;
  /** Where to record the changes; a name in the current folder by default. */
  recordPath: string | undefined;
  /** Where to write what failed or was not tried. */
  reportPath: string;
  /** The input file, for `file:line:` in messages. */
  source?: string;
}

function openRecord(action: StateAction, chosen: string | undefined, now: number): RecordFile {
  const { kind } = ACTIONS[action].record;
  if (chosen) return createRecordFile(chosen, kind);
  const base = defaultRecordPath(ACTIONS[action].past, now);
  // A name of its own for each run: a second run within the same second gets base-2.csv, ...
  for (let n = 1; ; n++) {
    const path = n === 1 ? base : base.replace(/\.csv$/, `-${n}.csv`);
    if (!existsSync(path) || n >= 100) return createRecordFile(path, kind);
  }
}

/**
 * Applies a plan whose confirmation was given. Returns every outcome, in input order, and for a run
 * that did not do everything, the failure to end the command with (after the caller's summary).
 */
export async function runChanges(
  ctx: AppContext,
  client: ExtenderUsersClient,
  action: StateAction,
  plan: Plan,
  options: RunOptions,
): Promise<{ outcomes: ChangeOutcome[]; failure?: CliFailure }> {
  const record = openRecord(action, options.recordPath, ctx.now());
  let result: Awaited<ReturnType<typeof applyChanges>>;
  try {
    const progress = createProgress(ctx.stderr, action, plan.todo.length);
    result = await applyChanges(client, action, plan.todo, {
      concurrency: options.concurrency,
      signal: ctx.signal,
      record,
      progress,
    });
  } finally {
    record.close();
  }
  const outcomes = [...plan.settled, ...result.outcomes].sort((a, b) => (a.item.line ?? 0) - (b.item.line ?? 0));
  const info = ACTIONS[action];
  if (record.count > 0) {
    const listedAlready = record.count - record.added;
    const users =
      record.earlier === 0
        ? `the ${record.count} ${info.past} users are listed in ${record.path}`
        : `the ${record.count} users ${info.past} by this run are in ${record.path}: ${record.added} added to the ${record.earlier} of earlier runs` +
          (listedAlready > 0 ? `, ${listedAlready} listed there already by an earlier run (its line stays)` : '');
    ctx.stderr.write(
      info.record.undo
        ? `${users}; to undo${record.earlier > 0 ? ' them all' : ''}: extender-users users ${info.record.undo} --from ${record.path}\n`
        : `${users} (name, full name, e-mail, key)\n`,
    );
  }
  if (record.untrimmed)
    ctx.stderr.write(
      `${record.path} also lists the users whose change failed or was not answered (it could not be rewritten without them: ${record.untrimmed}); undoing a change that did not happen is a no-op\n`,
    );
  return { outcomes, failure: await finish(ctx, outcomes, options, result.stoppedBy) };
}

/** Reports failed and untried items (file and stderr); the failure with the exit code they call for. */
async function finish(
  ctx: AppContext,
  outcomes: ChangeOutcome[],
  options: RunOptions,
  stoppedBy: unknown,
): Promise<CliFailure | undefined> {
  const failed = outcomes.filter((o) => o.result === 'failed');
  const notTried = outcomes.filter((o) => o.result === 'not tried');
  const said = (o: ChangeOutcome) =>
    ctx.stderr.write(
      `${options.source && o.item.line ? `${options.source}:${o.item.line}: ` : ''}${o.item.name}: ${o.detail}\n`,
    );
  failed.forEach(said);
  if (!failed.length && !notTried.length) return undefined;
  const rows = [...failed, ...notTried].map((o) => [o.item.line ?? '', o.item.name, o.result, o.detail]);
  const unwritten = await writeReport(
    options.reportPath,
    stringify(rows, { ...csvWriteOptions(), header: true, columns: ['line', 'name', 'result', 'error'] }),
  );
  // Without the report, the untried names are said too: nothing of the outcome is lost.
  if (unwritten) notTried.forEach(said);
  const where = reportPlace(options.reportPath, unwritten);
  const rerun = 're-run the same command to finish (what is done already is skipped)';
  if (ctx.signal.aborted)
    return new CliFailure(`interrupted; what failed or was not tried is ${where}; ${rerun}`, EXIT.interrupted);
  if (stoppedBy)
    return new CliFailure(
      `stopped: ${describeError(stoppedBy, { credentialsFrom: ctx.credentialsFrom }).message}; ${notTried.length} not tried, ${unwritten ? where : `see ${options.reportPath}`}; ${rerun}`,
      EXIT.apiError,
    );
  return new CliFailure(
    `${failed.length} failed; ${unwritten ? where : `see ${options.reportPath}`}; fix them and ${rerun}`,
    EXIT.partial,
  );
}
