// Errors the CLI reports as one line with an exit code.
import { UsageError } from '@extender-users/cli-kit';
import { ExtenderApiError } from '@extender-users/client';
import { EXIT } from './exit-codes.js';

/** A failure with its own exit code and a message already worded for the user. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** What to check after an API error of each kind. */
function hintFor(error: ExtenderApiError): string {
  switch (error.kind) {
    case 'unauthorized':
      return ' (check --user/--password or --token, or CONFLUENCE_USER/CONFLUENCE_PASSWORD/CONFLUENCE_TOKEN)';
    case 'forbidden':
      return ' (the account must be a Confluence administrator)';
    case 'network':
      return ' (check --url or CONFLUENCE_URL)';
    default:
      return '';
  }
}

/** One line for any error, never a secret (the client already redacts server messages). */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof UsageError || error instanceof CliFailure) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof ExtenderApiError) return { message: `${error.message}${hintFor(error)}`, exitCode: EXIT.apiError };
  if ((error as { name?: string })?.name === 'AbortError') return { message: 'interrupted', exitCode: EXIT.interrupted };
  if (error instanceof TypeError && /baseUrl/.test(error.message)) return { message: error.message.replace('baseUrl', '--url'), exitCode: EXIT.usage };
  return { message: (error as Error)?.message ?? String(error), exitCode: EXIT.apiError };
}
