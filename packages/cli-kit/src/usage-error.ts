// A mistake in a command line or an input file: the program says it in one line and exits 2.

export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}
