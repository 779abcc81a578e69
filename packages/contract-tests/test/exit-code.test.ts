// Contract runs side by side in one process leave its exit code as it was (vitest sets it to 1 when
// a run fails); a run's own verdict is its summary's.
import { afterEach, describe, expect, it } from 'vitest';
import { keepingExitCode } from '../src/exit-code.js';

const failingRun = async (started: Promise<void>) => {
  process.exitCode = 1;
  await started;
};

describe('keepingExitCode', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('puts the exit code back once overlapping runs have all ended, whichever ends first', async () => {
    let letFirstEnd!: () => void;
    const first = keepingExitCode(() => failingRun(new Promise<void>((resolve) => (letFirstEnd = resolve))));
    // The second begins while the first has set the code, and ends after it.
    let letSecondEnd!: () => void;
    const second = keepingExitCode(() => new Promise<void>((resolve) => (letSecondEnd = resolve)));
    letFirstEnd();
    await first;
    letSecondEnd();
    await second;
    expect(process.exitCode).toBeUndefined();
  });

  it('keeps a code the process had before', async () => {
    process.exitCode = 3;
    await keepingExitCode(() => failingRun(Promise.resolve()));
    expect(process.exitCode).toBe(3);
  });
});
