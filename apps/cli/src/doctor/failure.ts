// How a doctor's request that got no whole answer ended, in the CLI's words and flags, from what
// the recorder saw of its attempts: no answer at all, headers and then a body that stalled, a body
// still coming when the limit ran out, or a connection that broke.
import { ExtenderApiError } from '@extender-users/client';
import type { Exchange } from './recorder.js';

export type FailureKind = 'no-answer' | 'stalled' | 'too-slow' | 'broken';

export interface Failure {
  failure: FailureKind;
  /** What happened, e.g. `no answer within the --timeout of 10 s; 4 attempts`. */
  text: string;
}

export interface Limits {
  timeoutMs: number;
  deadlineMs: number | undefined;
}

/** Node's fetch gives up by itself after 300 s without headers or without body bytes. */
const NODE_LIMIT = /Headers Timeout Error|Body Timeout Error|UND_ERR_(HEADERS|BODY)_TIMEOUT/;

const seconds = (ms: number) => `${ms / 1000} s`;

/** The failure of a request whose attempts are `attempts`, ended by `error` at `endedAt`. */
export function describeFailure(
  error: ExtenderApiError,
  attempts: readonly Exchange[],
  endedAt: number,
  limits: Limits,
): Failure {
  const tries = `${attempts.length} attempt${attempts.length === 1 ? '' : 's'}`;
  const last = attempts.at(-1);
  let limit: string | undefined;
  if (error.kind === 'timeout') {
    limit =
      /deadline/.test(error.message) && limits.deadlineMs !== undefined
        ? `the --deadline of ${seconds(limits.deadlineMs)}`
        : `the --timeout of ${seconds(limits.timeoutMs)}`;
  } else if (NODE_LIMIT.test(error.message)) {
    limit = "Node's own limit of 300 s (--timeout 0 sets no limit of the CLI's)";
  }
  const cause = error.message.replace(/^.*?request failed: /, '');

  if (!last || last.headersAt === undefined)
    return { failure: 'no-answer', text: `${limit ? `no answer within ${limit}` : cause}; ${tries}` };
  const head = `HTTP ${last.status}`;
  if (!limit)
    return {
      failure: 'broken',
      text: `${head}, then the connection broke after ${last.bytes} bytes of its body (${cause}); ${tries}`,
    };
  // Stalled: nothing came in the second half of the time since the answer began. Still coming:
  // something did. Counted from the headers, not from the request, so that an answer that began
  // late (a busy server or machine) and then stopped is still called stalled.
  const end = last.endedAt ?? endedAt;
  const lastSign = last.lastByteAt ?? last.headersAt;
  if (lastSign < last.headersAt + (end - last.headersAt) / 2) {
    return {
      failure: 'stalled',
      text: `${head}, then nothing after ${last.bytes} bytes of its body; not complete within ${limit}; ${tries}`,
    };
  }
  return {
    failure: 'too-slow',
    text: `${head}, ${last.bytes} bytes of its body, still coming when ${limit} ran out; ${tries}`,
  };
}
