#!/usr/bin/env node
// npm run contract -- --target prism|sandbox|url [options]: runs the suite against the target
// (run.ts), prints a summary and exits 1 when any check fails (2 for a usage mistake).
import { showControls, UsageError } from '@extender-users/cli-kit';
import { parseOptions, USAGE } from './options.js';
import { runContractSuite } from './run.js';

async function main(): Promise<number> {
  const options = await parseOptions(process.argv.slice(2), { env: process.env, stdin: process.stdin });
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  return runContractSuite(options);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      // One line, as the extender-users CLI says it: the whole usage would bury the reason.
      // Control characters of a path or value given are shown, never sent to the terminal.
      console.error(`contract: ${showControls(error.message)} (add --help for usage)`);
      process.exit(2);
    }
    console.error(`contract: ${showControls((error as Error).message ?? String(error))}`);
    process.exit(1);
  },
);
