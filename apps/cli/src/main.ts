#!/usr/bin/env node
// extender-users: the entry point. The only place that sets the exit code or exits.
import { CommanderError } from 'commander';
import { createContext } from './context.js';
import { describeError } from './errors.js';
import { EXIT } from './exit-codes.js';
import { systemReason } from './files.js';
import { wholeStdout } from './stdout-file.js';
import { buildProgram } from './program.js';

const controller = new AbortController();
process.on('SIGINT', () => {
  if (controller.signal.aborted) process.exit(EXIT.interrupted);
  process.stderr.write('\ninterrupting… (Ctrl+C again to quit at once)\n');
  controller.abort();
});
// Piping into `head` closes stdout early: that is not an error. Any other failure to write the
// output (a full disk) is one line, and the run ends: what it was writing is lost.
const stdout = wholeStdout(process.stdout);
stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`extender-users: cannot write the output (stdout): ${systemReason(error)}\n`);
  process.exit(EXIT.apiError);
});

const ctx = createContext(
  { stdin: process.stdin, stdout, stderr: process.stderr, env: process.env },
  controller.signal,
);

try {
  await buildProgram(ctx).parseAsync(process.argv);
  process.exitCode = EXIT.ok;
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed its message; help and version are not errors.
    process.exitCode =
      error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
        ? EXIT.ok
        : EXIT.usage;
  } else {
    const { message, exitCode } = describeError(error, {
      redirectedTo: ctx.redirectedTo,
      credentialsFrom: ctx.credentialsFrom,
    });
    // Through ctx.stderr: after every message before it, with control characters in it shown.
    ctx.stderr.write(`extender-users: ${message}\n`);
    if (process.argv.includes('--debug') && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
    process.exitCode = exitCode;
  }
}
