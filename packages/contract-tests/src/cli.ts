#!/usr/bin/env node
// npm run contract -- --target prism|sandbox|url [options]: starts the target when needed, runs
// the suite (vitest) against it, prints a summary and exits non-zero when any check fails.
import { fileURLToPath } from 'node:url';
import { startVitest } from 'vitest/node';
import { parseOptions, USAGE, UsageError } from './options.js';
import { SummaryReporter } from './summary-reporter.js';
import { startTarget } from './targets.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const notApplicable: Record<string, string> = {
  prism: 'Prism is a stateless mock: reading back, pagination, dateFormat, unknown users, 409/413/415 and 403 checks do not apply.',
  sandbox: '',
  url: '',
};

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const running = await startTarget(options);
  try {
    const mode = options.target !== 'url' || options.allowWrites ? 'read and write checks' : 'read-only checks (GET only); --allow-writes adds the lifecycle';
    console.log(`Contract suite against ${options.target} at ${running.baseUrl}: ${mode}.`);
    if (notApplicable[options.target]) console.log(notApplicable[options.target]);
    Object.assign(process.env, {
      CONTRACT_TARGET: options.target,
      CONTRACT_BASE_URL: running.baseUrl,
      CONTRACT_AUTH: JSON.stringify(running.auth),
      CONTRACT_NON_ADMIN: running.nonAdmin ? JSON.stringify(running.nonAdmin) : '',
      CONTRACT_ALLOW_WRITES: options.allowWrites ? '1' : '',
    });
    const summary = new SummaryReporter();
    const vitest = await startVitest('test', [], {
      root,
      config: `${root}suite.vitest.config.ts`,
      watch: false,
      reporters: ['default', summary, ...(options.junit ? [['junit', { outputFile: options.junit }] as ['junit', { outputFile: string }]] : [])],
    });
    await vitest.close();
    const failed = summary.failures.length > 0 || process.exitCode === 1 || summary.passed === 0;
    if (options.junit) console.log(`JUnit report: ${options.junit}`);
    return failed ? 1 : 0;
  } finally {
    await running.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`contract: ${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    console.error(`contract: ${(error as Error).message ?? String(error)}`);
    process.exit(1);
  },
);
