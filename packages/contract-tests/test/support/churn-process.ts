// Starts churn.ts beside a sandbox, as its own process, and stops it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./churn.ts', import.meta.url));

/** Starts the churn against `baseUrl`; the returned function stops it. */
export function startChurn(baseUrl: string): () => Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, baseUrl], { stdio: 'ignore' });
  return async () => {
    if (child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
}
