// The URL check: does the base URL answer /status at all?
import { checkUrl, describeAnswer } from '@extender-users/cli-kit';
import type { CheckResult } from '../check-result.js';
import type { Failure } from '../failure.js';
import { isAnswer, type ProbeOutcome } from '../probe.js';
import { ADVICE } from './requests.js';

/** /status got no whole answer: which way, and what to do. */
function statusFailure(baseUrl: string, f: Failure): string {
  switch (f.failure) {
    case 'no-answer':
      return `${baseUrl} does not answer (${f.text}): ${checkUrl('--url')}`;
    case 'stalled':
      return `${baseUrl} answers /status, but the answer stalled (${f.text}): ${ADVICE.stalled}`;
    case 'too-slow':
      return `${baseUrl} answers /status too slowly (${f.text}): ${ADVICE['too-slow']}`;
    case 'broken':
      return `${baseUrl} answers /status, but the connection broke (${f.text}): ${ADVICE.broken}`;
  }
}

export function urlCheck(status: ProbeOutcome, baseUrl: string): CheckResult {
  if (!isAnswer(status)) return { check: 'url', verdict: 'fail', message: statusFailure(baseUrl, status) };
  return { check: 'url', verdict: 'ok', message: `${baseUrl} answers (${describeAnswer(status)} from /status)` };
}
