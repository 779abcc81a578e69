#!/usr/bin/env node
// npm run contract -- --target prism|sandbox|url [options]: starts the target when needed, finds
// the Extender version, runs the suite (vitest) against it with the settings handed over by
// vitest's `provide`, prints a summary and exits 1 when any check fails (2 for a usage mistake).
import { fileURLToPath } from 'node:url';
import { UsageError } from '@extender-users/cli-kit';
import { startVitest } from 'vitest/node';
import { addTotalsToJunit } from './junit-totals.js';
import { parseOptions, USAGE } from './options.js';
import type { ContractSettings } from './settings.js';
import { SummaryReporter } from './summary-reporter.js';
import { findVersion, startTarget } from './targets.js';

const root = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<number> {
  const options = await parseOptions(process.argv.slice(2), { env: process.env, stdin: process.stdin });
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const running = await startTarget(options);
  try {
    const { version, source, reportedOtherwise } = await findVersion(options, running);
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
    console.log(
      `Contract suite against ${running.kind} at ${running.baseUrl}, Extender ${version} (${source}): ${mode}.`,
    );
    const summary = new SummaryReporter({
      kind: running.kind,
      version,
      versionSource: source,
      reportedOtherwise,
      checks: options.checks,
      readOnly: !settings.writes,
    });
    const vitest = await startVitest('test', [], {
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
    });
    await vitest.close();
    // vitest sets exitCode 1 for errors outside checks (a file that fails to load, no tests).
    const failed = summary.failures.length > 0 || process.exitCode === 1 || summary.passed === 0;
    if (options.junit) {
      await addTotalsToJunit(options.junit, summary.totals());
      console.log(`JUnit report: ${options.junit}`);
    }
    return failed ? 1 : 0;
  } finally {
    await running.stop();
  }
}

/**
 * --checks names checks as the summary does (`a > b`, from the start); vitest matches its filter
 * against the file's name, a space, then the check's parts joined by spaces.
 */
function vitestNamePattern(checks: RegExp): RegExp {
  return new RegExp(checks.source.replace(/ > /g, ' ').replace(/^\^/, '(?:^|\\s)'), checks.flags);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      // One line, as the extender-users CLI says it: the whole usage would bury the reason.
      console.error(`contract: ${error.message} (add --help for usage)`);
      process.exit(2);
    }
    console.error(`contract: ${(error as Error).message ?? String(error)}`);
    process.exit(1);
  },
);
