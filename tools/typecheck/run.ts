// npm run lint:code (after eslint): type-checks the whole repository, one program for all projects.
import { fileURLToPath } from 'node:url';
import { typecheck } from './typecheck.js';

const { errors, diagnostics, summary } = typecheck(fileURLToPath(new URL('../..', import.meta.url)), {
  color: process.stdout.isTTY,
});
if (errors > 0) console.error(diagnostics);
for (const line of summary) console.log(`typecheck: ${line}`);
process.exitCode = errors > 0 ? 1 : 0;
