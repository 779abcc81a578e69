// The doctor's checks, in order, from the facts probe.ts gathered: one line each, saying what is
// wrong and what to do; one function per check (checks/). Pure: facts in, results out.
import { isRunningConfluence as isRunningAnswer } from '@extender-users/cli-kit';
import type { CheckResult } from './check-result.js';
import { administratorCheck } from './checks/administrator.js';
import { confluenceCheck } from './checks/confluence.js';
import { credentialsCheck } from './checks/credentials.js';
import { extenderCheck } from './checks/extender.js';
import { operationsCheck } from './checks/operations.js';
import { rateLimitCheck } from './checks/rate-limit.js';
import { urlCheck } from './checks/url.js';
import { isAnswer, type Facts, type ProbeOutcome } from './probe.js';

export type { CheckResult, Verdict } from './check-result.js';

/** Whether /status answered as a running Confluence does (cli-kit's first-minute diagnosis). */
export const isRunningConfluence = (status: ProbeOutcome) => isAnswer(status) && isRunningAnswer(status);

interface Context {
  baseUrl: string;
  user: string | undefined;
  /** Where the credentials came from, in words (`--user and --password`...), for the hint of a refusal. */
  credentialsFrom: string;
}

/** Every check, in order; after a failure of the URL, of Confluence or of the credentials the rest are skipped. */
export function judge(facts: Facts, { baseUrl, user, credentialsFrom }: Context): CheckResult[] {
  const url = urlCheck(facts.status, baseUrl);
  if (url.verdict === 'fail' || !isAnswer(facts.status)) return [url];
  const confluence = confluenceCheck(facts.status);
  if (confluence.verdict === 'fail') return [url, confluence];
  const who = user ?? 'the token';
  const credentials = credentialsCheck(facts, who, credentialsFrom);
  if (credentials.verdict === 'fail') return [url, confluence, credentials];
  const { result, version } = extenderCheck(facts);
  return [
    url,
    confluence,
    credentials,
    administratorCheck(facts, who),
    result,
    operationsCheck(version),
    rateLimitCheck(facts.rateLimitHeaders),
  ];
}

/** Everything needed works: no check failed, and credentials, administrator and Extender are ok. */
export const allNeededWork = (results: CheckResult[]) =>
  !results.some((r) => r.verdict === 'fail') &&
  (['credentials', 'administrator', 'extender'] as const).every((c) =>
    results.some((r) => r.check === c && r.verdict === 'ok'),
  );
