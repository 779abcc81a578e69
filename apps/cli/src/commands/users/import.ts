import { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { integerParameters } from '@extender-users/api-types';
import { ConflictError, type ExtenderUsersClient } from '@extender-users/client';
import { pool } from '../../bulk/pool.js';
import { reportPlace, writeReport } from '../../bulk/report-file.js';
import type { AppContext } from '../../context.js';
import { parseImportCsv, type ImportRow } from '../../csv/import-file.js';
import { checkWritable, UsageError } from '@extender-users/cli-kit';
import { CliFailure } from '../../errors.js';
import { count, quoted, shown } from '../../output/quoted.js';
import { EXIT } from '../../exit-codes.js';
import { readInputText } from '../../files.js';
import { refuseReportOver } from '../../same-file.js';
import { csvWriteOptions } from '../../csv/write-options.js';
import { createProgress } from '../../progress.js';
import { bulkExitCodes, example, wholeNumber } from '../shared.js';
import { extenderVersion, missingPasswordHint } from './password-hint.js';

interface RowOutcome {
  row: ImportRow;
  result: 'added' | 'skipped' | 'failed';
  detail: string;
}

/** Names that exist already (all listed users): lower-case → as the server spells it. */
async function existingNames(client: ExtenderUsersClient, signal: AbortSignal): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const pageSize = integerParameters.MaxResults.maximum;
  for await (const user of client.users.iterate({ detail: 'name', pageSize, concurrency: 4, signal }))
    names.set(user.name.toLowerCase(), user.name);
  return names;
}

/** Why a row was skipped: the existing user, named as the server spells it when that differs. */
const existsAlready = (row: ImportRow, existing: string | undefined) =>
  existing !== undefined && existing !== row.name ? `exists already as ${quoted(existing)}` : 'exists already';

/** What a skipped row's line says after the reason: nothing of it was applied. */
const NOT_APPLIED =
  "skipped; the row's other values (full name, e-mail, password, groups) were not applied (users update changes a user)";

/** Said before a delete record is imported: what it does and what it cannot do. */
const NEW_ACCOUNTS = (file: string) =>
  `${file} is a record of deleted users: import adds NEW accounts with these names, full names and e-mails; they get new keys, and the deleted accounts' groups, content, permissions and passwords are not restored\n`;

export function importCommand(ctx: AppContext): Command {
  const command = new Command('import')
    .description(
      'add the users of a CSV file (name,fullName,email[,password][,groups]); existing users are skipped, so it can be re-run',
    )
    .argument('<file>', 'CSV file: UTF-8, RFC 4180, header row with the API field names; groups separated by ;');
  command
    .option('--concurrency <n>', 'users added at once', wholeNumber('--concurrency', 1, 64), 4)
    .option('--dry-run', 'check the file and say what would be added, change nothing')
    .option('--send-mail', 'send each new user an e-mail about the account')
    .option('--report <file>', 'where to write the failed rows (default: <file>.failures.csv)')
    .action(
      async (
        file: string,
        opts: { concurrency: number; dryRun?: boolean; sendMail?: boolean; report?: string },
        cmd: Command,
      ) => {
        const { rows, problems, fileProblem, deletedRecord } = parseImportCsv(await readInputText(file));
        // A header or a file that cannot be read is not an invalid row: it is said as what it is.
        if (fileProblem)
          throw new UsageError(`${file}:${fileProblem.line}: ${fileProblem.problem}; nothing was imported`);
        if (problems.length) {
          for (const p of problems)
            ctx.stderr.write(`${file}:${p.line}: ${p.name ? `${shown(p.name)}: ` : ''}${p.problem}\n`);
          throw new UsageError(`${count(problems.length, 'invalid row')} in ${file}; nothing was imported`);
        }
        if (deletedRecord) ctx.stderr.write(NEW_ACCOUNTS(file));
        const report = opts.report ?? `${file}.failures.csv`;
        if (!opts.dryRun) {
          checkWritable(report);
          refuseReportOver({ what: opts.report ? '--report' : 'the default report', path: report }, [
            { what: 'the input file', path: file },
          ]);
        }
        const client = await ctx.client(cmd);
        const existing = await existingNames(client, ctx.signal);
        const todo = rows.filter((r) => !existing.has(r.name.toLowerCase()));
        const outcomes: RowOutcome[] = rows
          .filter((r) => existing.has(r.name.toLowerCase()))
          .map((row) => ({ row, result: 'skipped', detail: existsAlready(row, existing.get(row.name.toLowerCase())) }));
        if (opts.dryRun) {
          for (const row of todo) ctx.stdout.write(`would add ${row.name} (line ${row.line})\n`);
          for (const o of outcomes) ctx.stdout.write(`would skip ${o.row.name} (line ${o.row.line}): ${o.detail}\n`);
          ctx.stdout.write(
            `dry run: ${todo.length} to add${deletedRecord ? ' as new accounts' : ''}, ${outcomes.length} existing skipped, ${count(rows.length, 'row')} valid\n`,
          );
          return;
        }

        const progress = createProgress(ctx.stderr, 'import', todo.length);
        // The server's version, asked once and only if a row without a password is refused.
        let version: Promise<string | undefined> | undefined;
        const versionOnce = () => (version ??= extenderVersion(client, ctx.signal));
        await pool(todo, opts.concurrency, ctx.signal, async (row) => {
          try {
            await client.users.add(
              {
                name: row.name,
                fullName: row.fullName,
                email: row.email,
                ...(row.password ? { password: row.password } : {}),
                ...(row.groups ? { groups: row.groups } : {}),
                ...(opts.sendMail ? { sendMail: true } : {}),
              },
              // No abort signal: Ctrl+C stops taking rows; an add once sent is waited for and reported.
              {},
            );
            outcomes.push({ row, result: 'added', detail: '' });
          } catch (error) {
            if (error instanceof ConflictError)
              outcomes.push({ row, result: 'skipped', detail: 'exists already (the server answered 409)' });
            else {
              const hint = row.password ? '' : await missingPasswordHint(error, versionOnce, 'add a password column');
              outcomes.push({ row, result: 'failed', detail: `${(error as Error).message}${hint}` });
            }
          }
          progress.tick();
        });
        progress.stop();

        const counted = (r: RowOutcome['result']) => outcomes.filter((o) => o.result === r).length;
        const notTried = rows.length - outcomes.length;
        const failed = outcomes.filter((o) => o.result === 'failed').sort((a, b) => a.row.line - b.row.line);
        const tried = new Set(outcomes.map((o) => o.row));
        let unwritten: string | undefined;
        if (failed.length || notTried) {
          // The failed rows (no passwords), so nothing is lost; re-running the whole file is safe too.
          const lines = [
            ...failed.map((o) => [
              o.row.line,
              o.row.name,
              o.row.fullName,
              o.row.email,
              (o.row.groups ?? []).join(';'),
              o.detail,
            ]),
            ...rows
              .filter((r) => !tried.has(r))
              .map((r) => [r.line, r.name, r.fullName, r.email, (r.groups ?? []).join(';'), 'not tried (interrupted)']),
          ];
          unwritten = await writeReport(
            report,
            stringify(lines, {
              ...csvWriteOptions(),
              header: true,
              columns: ['line', 'name', 'fullName', 'email', 'groups', 'error'],
            }),
          );
        }
        // Who was skipped and who failed, by line, so that nothing is counted without a name.
        const skipped = outcomes.filter((o) => o.result === 'skipped').sort((a, b) => a.row.line - b.row.line);
        for (const o of skipped)
          ctx.stderr.write(`${file}:${o.row.line}: ${o.row.name}: ${o.detail}: ${NOT_APPLIED}\n`);
        for (const o of failed) ctx.stderr.write(`${file}:${o.row.line}: ${o.row.name}: ${o.detail}\n`);
        // Without the report, the untried rows are said too: nothing of the outcome is lost.
        if (unwritten)
          for (const row of rows.filter((r) => !tried.has(r)))
            ctx.stderr.write(`${file}:${row.line}: ${row.name}: not tried (interrupted)\n`);
        ctx.stdout.write(
          `added ${counted('added')}${deletedRecord ? ' new accounts' : ''}, skipped ${counted('skipped')} existing, failed ${failed.length}${notTried ? `, not tried ${notTried}` : ''} (of ${count(rows.length, 'row')})\n`,
        );
        if (ctx.signal.aborted)
          throw new CliFailure(
            `interrupted; failed and untried rows are ${reportPlace(report, unwritten)}; re-run to continue`,
            EXIT.interrupted,
          );
        if (failed.length)
          throw new CliFailure(
            `${failed.length} row${failed.length === 1 ? '' : 's'} failed; ${unwritten ? reportPlace(report, unwritten) : `see ${report}`}; fix them and re-run (added users are skipped)`,
            EXIT.partial,
          );
      },
    );
  return bulkExitCodes(
    example(
      command,
      'extender-users users import new-hires.csv --concurrency 8',
      'extender-users users import new-hires.csv --dry-run',
    ),
  );
}
