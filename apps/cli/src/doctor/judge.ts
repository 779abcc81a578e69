// The doctor's checks, in order, from the facts probe.ts gathered: one line each, saying what is
// wrong and what to do. Pure: facts in, results out.
import {
  EXTENDER_PLUGIN_KEY,
  isExtenderVersion,
  LATEST,
  operationIds,
  operationTable,
  presenceIn,
} from '@extender-users/api-types';
import { describeError } from '../errors.js';
import {
  checkUrl,
  describeAnswer,
  isRunningConfluence as isRunningAnswer,
  judgeStatus,
  redirectedAway as sharedRedirectedAway,
} from '@extender-users/cli-kit';
import type { Failure, FailureKind } from './failure.js';
import { isAnswer, isFailure, type Facts, type Outcome } from './probe.js';

export type Verdict = 'ok' | 'fail' | 'info' | 'skip';

export interface CheckResult {
  check: 'url' | 'confluence' | 'credentials' | 'administrator' | 'extender' | 'operations' | 'rate-limit';
  verdict: Verdict;
  message: string;
}

const answered = isAnswer;

const isObject = (json: unknown) => json !== null && typeof json === 'object' && !Array.isArray(json);

/** Whether /status answered as a running Confluence does (cli-kit's first-minute diagnosis). */
export const isRunningConfluence = (status: Outcome) => answered(status) && isRunningAnswer(status);

/** A request with credentials that was redirected and did not end at Confluence's JSON: the credentials were not verified. */
function redirectedAway(facts: Facts): CheckResult | undefined {
  for (const outcome of [facts.plugin, facts.currentUser]) {
    const message = isAnswer(outcome) ? sharedRedirectedAway(outcome) : undefined;
    if (message) return { check: 'credentials', verdict: 'fail', message: `not verified: ${message}` };
  }
  return undefined;
}

/** What to do about a request that got no whole answer. */
const ADVICE: Record<FailureKind, string> = {
  'no-answer': 'check that Confluence is running and that nothing between here and it holds the requests',
  stalled: 'Confluence or a proxy in front of it is stuck; check it and its logs, then run doctor again',
  'too-slow': 'the server is overloaded or the network slow: try a larger --timeout or --deadline, or check the server',
  broken: 'Confluence or a proxy in front of it closed the connection; check it and its logs, then run doctor again',
};

/** `subject` and how its request failed, e.g. "Confluence's plugin manager answered, but the answer stalled (…)". */
function failedRequest(subject: string, f: Failure): string {
  switch (f.failure) {
    case 'no-answer':
      return `${subject} does not answer (${f.text})`;
    case 'stalled':
      return `${subject} answered, but the answer stalled (${f.text})`;
    case 'too-slow':
      return `${subject} answers too slowly (${f.text})`;
    case 'broken':
      return `${subject} answered, but the connection broke (${f.text})`;
  }
}

const SUBJECT = {
  plugin: "Confluence's plugin manager",
  api: 'the Users API',
  currentUser: "Confluence's current-user resource",
} as const;

const CHECK_CREDENTIALS =
  'check CONFLUENCE_USER and CONFLUENCE_PASSWORD (or CONFLUENCE_TOKEN), or --user with --password-stdin, or --token';
const CAPTCHA =
  'Confluence wants a CAPTCHA for this account after too many failed logins: its password is refused, even the right one, until it logs in once through the web page or an administrator clears it';

interface Context {
  baseUrl: string;
  user: string | undefined;
}

function credentialsAndRole(facts: Facts, who: string): CheckResult[] {
  const { plugin, currentUser, api } = facts;
  // A request that got no whole answer before the credentials were decided: they are not known.
  const stuck = isFailure(plugin)
    ? failedRequest(SUBJECT.plugin, plugin)
    : isFailure(currentUser)
      ? failedRequest(SUBJECT.currentUser, currentUser)
      : undefined;
  const stuckOn = isFailure(plugin) ? plugin : isFailure(currentUser) ? currentUser : undefined;
  if (stuck && stuckOn)
    return [{ check: 'credentials', verdict: 'fail', message: `not checked: ${stuck}: ${ADVICE[stuckOn.failure]}` }];
  const redirected = redirectedAway(facts);
  if (redirected) return [redirected];
  const apiKind = api && 'error' in api ? api.error.kind : api && 'ok' in api ? 'ok' : undefined;
  const captcha =
    [plugin, currentUser].some((a) => answered(a) && a.status === 401 && a.loginReason === 'AUTHENTICATION_DENIED') ||
    apiKind === 'captcha-required';
  if (captcha) return [{ check: 'credentials', verdict: 'fail', message: CAPTCHA }];
  const refused = [plugin, currentUser].some((a) => answered(a) && a.status === 401) || apiKind === 'unauthorized';
  if (refused)
    return [
      {
        check: 'credentials',
        verdict: 'fail',
        message: `the credentials for ${who} are refused (HTTP 401): ${CHECK_CREDENTIALS}`,
      },
    ];

  // Only the plugin manager's own JSON says so: a login page answers 200 too.
  const admin = (answered(plugin) && plugin.status === 200 && isObject(plugin.json)) || apiKind === 'ok';
  const notAdmin = (answered(plugin) && plugin.status === 403) || apiKind === 'forbidden';
  const knownUser =
    answered(currentUser) &&
    currentUser.status === 200 &&
    (currentUser.json as { type?: unknown } | undefined)?.type === 'known';
  const results: CheckResult[] = [];
  if (admin || notAdmin || knownUser)
    results.push({ check: 'credentials', verdict: 'ok', message: `Confluence accepts the credentials for ${who}` });
  else if (isFailure(api))
    return [
      {
        check: 'credentials',
        verdict: 'fail',
        message: `not checked: ${failedRequest(SUBJECT.api, api)}: ${ADVICE[api.failure]}`,
      },
    ];
  else
    results.push({
      check: 'credentials',
      verdict: 'skip',
      message: 'not checked: nothing that needs them answered (see the Extender line)',
    });
  if (admin) results.push({ check: 'administrator', verdict: 'ok', message: `${who} is a Confluence administrator` });
  else if (notAdmin)
    results.push({
      check: 'administrator',
      verdict: 'fail',
      message: `${who} is not a Confluence administrator (HTTP 403): use an account in confluence-administrators, or ask for one`,
    });
  else
    results.push({
      check: 'administrator',
      verdict: 'skip',
      message: 'not checked: needs the plugin manager or the Users API to answer',
    });
  return results;
}

function extender(facts: Facts): { result: CheckResult; version?: string } {
  const { plugin, api } = facts;
  const apiWorks = api !== undefined && 'ok' in api;
  if (isFailure(api))
    return {
      result: {
        check: 'extender',
        verdict: 'fail',
        message: `not checked: ${failedRequest(SUBJECT.api, api)}: ${ADVICE[api.failure]}`,
      },
    };
  if (answered(plugin) && plugin.status === 200 && plugin.json && typeof plugin.json === 'object') {
    const { version, enabled, name } = plugin.json as { version?: unknown; enabled?: unknown; name?: unknown };
    const label = `${typeof name === 'string' ? name : 'Extender'} ${typeof version === 'string' ? version : '(version not given)'}`;
    if (enabled === false)
      return {
        result: {
          check: 'extender',
          verdict: 'fail',
          message: `${label} is installed but disabled: enable it in Confluence administration › Manage apps`,
        },
      };
    return {
      result: { check: 'extender', verdict: 'ok', message: `${label} is installed and enabled` },
      ...(typeof version === 'string' ? { version } : {}),
    };
  }
  if (apiWorks)
    return {
      result: {
        check: 'extender',
        verdict: 'ok',
        message: `the Users API answers; its version is not known (the plugin manager answered ${answered(plugin) ? describeAnswer(plugin) : 'nothing'})`,
      },
    };
  if (answered(plugin) && plugin.status === 404) {
    return {
      result: {
        check: 'extender',
        verdict: 'fail',
        message: `Extender for Confluence is not installed (the plugin manager does not know ${EXTENDER_PLUGIN_KEY}): install it from the Atlassian Marketplace, or check the base URL's context path`,
      },
    };
  }
  const apiError = api && 'error' in api ? api.error : undefined;
  if (apiError?.kind === 'forbidden' || (answered(plugin) && plugin.status === 403)) {
    return {
      result: {
        check: 'extender',
        verdict: 'skip',
        message: 'not checked: the plugin manager and the Users API answer administrators only',
      },
    };
  }
  if (apiError?.kind === 'not-extender')
    return {
      result: {
        check: 'extender',
        verdict: 'fail',
        message: `the Users API does not answer (${apiError.status === undefined ? 'no answer' : `HTTP ${apiError.status}`}): install or enable Extender for Confluence, or check the base URL's context path`,
      },
    };
  return {
    result: {
      check: 'extender',
      verdict: 'skip',
      message: `not known: ${apiError ? describeError(apiError).message : 'the plugin manager did not say'}`,
    },
  };
}

function operations(version: string | undefined): CheckResult {
  if (version === undefined) return { check: 'operations', verdict: 'skip', message: 'not known without the version' };
  if (!isExtenderVersion(version))
    return {
      check: 'operations',
      verdict: 'info',
      message: `version '${version}' is not a release number: which of the ${operationIds.length} operations it has is unknown`,
    };
  const by = { yes: [] as string[], no: [] as string[], unknown: [] as string[] };
  for (const id of operationIds) {
    const info = operationTable[id];
    const presence = presenceIn(version, info);
    by[presence].push(
      presence === 'no'
        ? `${id} (${info.since === 'unknown' ? `after ${'sinceAfter' in info ? info.sinceAfter : '?'}` : `since ${info.since}`})`
        : presence === 'unknown'
          ? `${id} (added after ${'sinceAfter' in info ? info.sinceAfter : '?'}, in a version not known)`
          : id,
    );
  }
  const name = version === LATEST ? 'the latest version' : version;
  const parts = [`${name} has ${by.yes.length} of the ${operationIds.length} operations`];
  if (by.no.length) parts.push(`not: ${by.no.join(', ')}`);
  if (by.unknown.length) parts.push(`unknown: ${by.unknown.join(', ')}`);
  return { check: 'operations', verdict: 'info', message: parts.join('; ') };
}

function rateLimit(headers: Record<string, string>): CheckResult {
  const limit = headers['x-ratelimit-limit'];
  if (limit === undefined)
    return {
      check: 'rate-limit',
      verdict: 'info',
      message: 'no rate-limit headers seen (Confluence does not limit this account, or its rate limiting is off)',
    };
  const interval = headers['x-ratelimit-interval-seconds'];
  const fill = headers['x-ratelimit-fillrate'];
  const remaining = headers['x-ratelimit-remaining'];
  return {
    check: 'rate-limit',
    verdict: 'info',
    message: `Confluence limits this account: bursts of ${limit} requests${fill && interval ? `, ${fill} more every ${interval} s` : ''}${remaining === undefined ? '' : ` (${remaining} left)`}; extender-users waits and retries when it answers 429`,
  };
}

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

/** Every check, in order; after a failure of the URL or of Confluence the rest are skipped. */
export function judge(facts: Facts, { baseUrl, user }: Context): CheckResult[] {
  const { status } = facts;
  if (!answered(status)) return [{ check: 'url', verdict: 'fail', message: statusFailure(baseUrl, status) }];
  const results: CheckResult[] = [
    { check: 'url', verdict: 'ok', message: `${baseUrl} answers (${describeAnswer(status)} from /status)` },
  ];
  // The same diagnosis as the contract suite's first minute (cli-kit's first-minute.ts).
  const confluence = judgeStatus(status, 'run doctor again');
  if (confluence.verdict !== 'running') {
    results.push({ check: 'confluence', verdict: 'fail', message: `${confluence.message}; no credentials were sent` });
    return results;
  }
  results.push({ check: 'confluence', verdict: 'ok', message: 'it is Confluence, RUNNING' });
  results.push(...credentialsAndRole(facts, user ?? 'the token'));
  if (results.some((r) => r.check === 'credentials' && r.verdict === 'fail')) return results;
  const { result, version } = extender(facts);
  results.push(result, operations(version), rateLimit(facts.rateLimitHeaders));
  return results;
}

/** Everything needed works: no check failed, and credentials, administrator and Extender are ok. */
export const allNeededWork = (results: CheckResult[]) =>
  !results.some((r) => r.verdict === 'fail') &&
  (['credentials', 'administrator', 'extender'] as const).every((c) =>
    results.some((r) => r.check === c && r.verdict === 'ok'),
  );
