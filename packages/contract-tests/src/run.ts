// One run of the suite: starts the target when needed, finds the Extender version, runs the suite
// (vitest) against it with the settings handed over by vitest's `provide`, prints the summary, and
// says whether every check that ran passed. The command line (cli.ts) is one caller; the package's
// self-test runs it in its own process, several runs side by side, so a run's verdict is its own
// (its summary's, never the process's exit code, which is put back: exit-code.ts) and what it
// prints goes to the streams given. What vitest does to the process while a run is under way stays:
// it listens for unhandled rejections (printing one into the run's output, then exiting) and for
// SIGINT, SIGTERM and exit, until the run is closed.
import type { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { startVitest } from 'vitest/node';
import { checkWritable, showControls } from '@extender-users/cli-kit';
import { keepingExitCode } from './exit-code.js';
import { addTotalsToJunit } from './junit-totals.js';
import { writeUnreachedReport } from './junit-unreached.js';
import type { ContractOptions } from './options.js';
import type { ContractSettings } from './settings.js';
import { SummaryReporter } from './summary-reporter.js';
import { findVersion, startTarget } from './targets.js';

export interface RunOutput {
  stdout: Writable;
  stderr: Writable;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** 0 when every check that ran passed, 1 otherwise (a failed check, a suite file that failed to load, no check run). */
export async function runContractSuite(
  options: ContractOptions,
  output: RunOutput = { stdout: process.stdout, stderr: process.stderr },
): Promise<0 | 1> {
  const print = (line: string) => void output.stdout.write(`${line}\n`);
  // Before the first request: a report that cannot be written would be lost after a whole run.
  // (It reads the report back to add the totals: a device or a pipe cannot be one.)
  if (options.junit !== undefined) checkWritable(options.junit, { makeFolder: true, regularFile: true });
  // A run that fails before its checks still leaves a report, saying why.
  const unreached = async (error: unknown): Promise<never> => {
    if (options.junit) await writeUnreachedReport(options.junit, (error as Error).message ?? String(error));
    throw error;
  };
  const running = await startTarget(options).catch(unreached);
  try {
    const { version, source, reportedOtherwise } = await findVersion(options, running).catch(unreached);
    const settings: ContractSettings = {
      kind: running.kind,
      baseUrl: running.baseUrl,
      auth: running.auth,
      nonAdmin: running.nonAdmin,
      writes: running.kind !== 'url' || options.allowWrites,
      stateful: running.kind !== 'prism',
      version,
      versionSource: source,
      strict: options.strict,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
    };
    const mode = settings.writes
      ? 'read and write checks'
      : 'read-only checks (GET only); --allow-writes adds the write checks';
    print(`Contract suite against ${running.kind} at ${running.baseUrl}, Extender ${version} (${source}): ${mode}.`);
    const summary = new SummaryReporter(
      {
        kind: running.kind,
        version,
        versionSource: source,
        reportedOtherwise,
        checks: options.checks,
        readOnly: !settings.writes,
      },
      print,
    );
    let state = '';
    await keepingExitCode(async () => {
      const vitest = await startVitest(
        'test',
        [],
        {
          root,
          config: `${root}suite.vitest.config.ts`,
          watch: false,
          provide: { contract: settings },
          ...(options.checks ? { testNamePattern: vitestNamePattern(options.checks) } : {}),
          reporters: [
            'default',
            summary,
            ...(options.junit ? [['junit', { outputFile: options.junit }] as ['junit', { outputFile: string }]] : []),
          ],
        },
        {},
        { stdout: output.stdout, stderr: output.stderr },
      );
      // What vitest knew, for the rare run whose end it never reported (seen a few times in the
      // self-test's runs; cause not found): said below instead of a silent failure.
      const errors = vitest.state.getUnhandledErrors();
      state = `${vitest.state.getFiles().length} files, exit code ${String(process.exitCode)}, ${errors.length} errors outside the checks${errors.length > 0 ? `: ${errors.map((e) => String((e as Error).message ?? e).split('\n')[0]).join('; ')}` : ''}`;
      await vitest.close();
    });
    if (options.junit) {
      // A report vitest could not write (a full disk) must not leave a green run behind an empty file.
      const problem = await addTotalsToJunit(options.junit, summary.totals()).then(
        () => undefined,
        (error: unknown) => (error as Error).message,
      );
      if (problem !== undefined) {
        output.stderr.write(`contract: the JUnit report was not written: ${showControls(problem)}\n`);
        return 1;
      }
      print(`JUnit report: ${showControls(options.junit)}`);
    }
    if (!summary.reachedEnd()) {
      output.stderr.write(
        `contract: vitest ended the run without reporting its end, so there is no summary (${showControls(state)}); the run fails\n`,
      );
      return 1;
    }
    return summary.passedRun() ? 0 : 1;
  } finally {
    await running.stop();
  }
}

/**
 * --checks names checks as the summary does (`a > b`, from the start); vitest matches its filter
 * against the check's parts joined by spaces (a leading `^` is also taken after a space, so that
 * it holds where vitest puts something before them).
 */
function vitestNamePattern(checks: RegExp): RegExp {
  return new RegExp(checks.source.replace(/ > /g, ' ').replace(/^\^/, '(?:^|\\s)'), checks.flags);
}
