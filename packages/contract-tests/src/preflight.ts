// The suite's first minute: when the plugin manager gives no usable answer, why? Judged by the same
// rules and words as the CLI's doctor (cli-kit's first-minute.ts): a closed port, an HTML page,
// another web server, a Confluence that is not RUNNING, a login front. Plain fetch: the suite judges
// servers without our client.
import { checkUrl, judgeStatus, networkCause, seenAnswerOf, type SeenAnswer } from '@extender-users/cli-kit';

/** A GET's whole answer as cli-kit judges it; a network failure says why in words. */
export async function seenAnswer(
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<SeenAnswer | { unreachable: string }> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    text = await response.text();
  } catch (error) {
    return { unreachable: networkCause(error) };
  }
  return { ...seenAnswerOf(response, text), ...(response.redirected ? { redirectedTo: response.url } : {}) };
}

/**
 * What `{baseUrl}/status` (asked without credentials) says when the base URL is no running
 * Confluence: the message, with why and what to do; undefined when it is one.
 */
export async function diagnoseBaseUrl(baseUrl: string, timeoutMs = 30_000): Promise<string | undefined> {
  const status = await seenAnswer(`${baseUrl}/status`, { headers: { accept: 'application/json' } }, timeoutMs);
  if ('unreachable' in status) return `${baseUrl} does not answer (${status.unreachable}): ${checkUrl('--base-url')}`;
  const verdict = judgeStatus(status, 'run the suite again');
  return verdict.verdict === 'running' ? undefined : verdict.message;
}
