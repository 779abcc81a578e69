// vitest sets the process's exit code when a run fails. A contract run's verdict is its own (its
// summary's), and runs may go side by side in one process (the self-test's), so the code is put
// back as it was before the first of the runs under way began, once the last of them has ended:
// each run putting back what it found would keep the code a run beside it had set.
let under = 0;
let before: typeof process.exitCode;

/** Runs `task`, leaving the process's exit code as it was before it. */
export async function keepingExitCode<T>(task: () => Promise<T>): Promise<T> {
  if (under++ === 0) before = process.exitCode;
  try {
    return await task();
  } finally {
    if (--under === 0) process.exitCode = before;
  }
}
