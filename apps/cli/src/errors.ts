// Errors the CLI reports as one line with an exit code.
import { redirectNote, UsageError } from '@extender-users/cli-kit';
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

/** What to check after a refusal (401), when where the credentials came from is not known. */
const CHECK_CREDENTIALS =
  'CONFLUENCE_USER and CONFLUENCE_PASSWORD, or CONFLUENCE_TOKEN; or --user with --password-stdin, or --token';

/** What to check or do after an API error of each kind (the client's message says what happened). */
function hintFor(error: ExtenderApiError, seen: Seen): string {
  switch (error.kind) {
    case 'unauthorized':
      // The credentials this run took, not every way there is to give them.
      return ` (check ${seen.credentialsFrom ?? CHECK_CREDENTIALS})`;
    case 'forbidden':
      return ' (the account must be a Confluence administrator)';
    case 'network':
      return ' (check CONFLUENCE_URL or --url, and that Confluence is running)';
    case 'timeout':
      return ' (a slow or stuck server: try a larger --timeout or --deadline, or check CONFLUENCE_URL or --url)';
    case 'not-extender':
      return '; extender-users doctor checks the URL, the credentials and Extender one by one';
    case 'unsupported-operation':
      // Up to the versions that lack getUsersWithConfluenceAccess, getUsers lists only users with access.
      return error.operation === 'getUsersWithConfluenceAccess'
        ? ' (leave out --with-access: on such versions the plain listing holds only users with access)'
        : '';
    default:
      return '';
  }
}

/**
 * The client's words for its limits in the CLI's flags and units, the wording doctor uses too:
 * "no answer within 30000 ms (timeoutMs; attempt 4)" → "no answer within the --timeout of 30 s (attempt 4)",
 * "not done within the deadline of 5000 ms (deadlineMs; 1 attempt)" → "not done within the --deadline of 5 s (1 attempt)".
 */
export function inCliWords(message: string): string {
  return message
    .replace(/within (\d+) ms \(timeoutMs; /g, (_, ms: string) => `within the --timeout of ${Number(ms) / 1000} s (`)
    .replace(
      /within the deadline of (\d+) ms \(deadlineMs; /g,
      (_, ms: string) => `within the --deadline of ${Number(ms) / 1000} s (`,
    )
    .replace(/\btimeoutMs\b/g, '--timeout')
    .replace(/\bdeadlineMs\b/g, '--deadline');
}

/** What the CLI saw on the way to the error: where a request was redirected, if one was. */
export interface Seen {
  redirectedTo?: string | undefined;
  /** Where the credentials came from, in words (`--user and --password`...), once known. */
  credentialsFrom?: string | undefined;
}

/** One line for any error, never a secret (the client already redacts server messages). */
export function describeError(error: unknown, seen: Seen = {}): { message: string; exitCode: number } {
  if (error instanceof UsageError || error instanceof CliFailure)
    return { message: error.message, exitCode: error.exitCode };
  if (error instanceof ExtenderApiError) {
    const message = inCliWords(error.message);
    // An answer that came at the end of a redirect: the redirect says more than the answer.
    if (seen.redirectedTo && error.status !== undefined)
      return { message: `${message}; ${redirectNote(seen.redirectedTo)}`, exitCode: EXIT.apiError };
    return { message: `${message}${hintFor(error, seen)}`, exitCode: EXIT.apiError };
  }
  if ((error as { name?: string })?.name === 'AbortError')
    return { message: 'interrupted', exitCode: EXIT.interrupted };
  if (error instanceof TypeError && /baseUrl/.test(error.message))
    return { message: error.message.replace('baseUrl', '--url'), exitCode: EXIT.usage };
  // The client's refusals of arguments, before anything is sent: a user name or key that is empty,
  // '.' or '..', and a token, password or user agent that an HTTP header cannot carry.
  if (error instanceof TypeError && /must be a non-empty name/.test(error.message))
    return { message: `${error.message}; nothing was sent`, exitCode: EXIT.usage };
  if (error instanceof TypeError && /^auth cannot be sent in an HTTP header/.test(error.message)) {
    return {
      message: error.message.replace(/^auth/, 'the token or password (--token, --password, CONFLUENCE_*)'),
      exitCode: EXIT.usage,
    };
  }
  return { message: (error as Error)?.message ?? String(error), exitCode: EXIT.apiError };
}
