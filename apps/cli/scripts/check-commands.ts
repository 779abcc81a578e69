// Fails (exit 1) when the operation-to-command table (src/operation-commands.ts) and the command
// tree disagree: a command the table names is not registered in program.ts, or a registered
// command is in no entry. Run by `npm run lint`.
import { createContext } from '../src/context.js';
import { commandTableProblems } from '../src/operation-commands.js';
import { buildProgram } from '../src/program.js';

const ctx = createContext(
  { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: {} },
  new AbortController().signal,
);
const problems = commandTableProblems(buildProgram(ctx));
for (const problem of problems) console.error(`apps/cli: ${problem}`);
process.exit(problems.length ? 1 : 0);
