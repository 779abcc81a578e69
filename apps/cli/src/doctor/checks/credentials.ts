// The credentials check: does Confluence accept them? Not known when a request stalled or was
// redirected away; refused (401), or a CAPTCHA after too many failed logins.
import { redirectedAway } from '@extender-users/cli-kit';
import type { CheckResult } from '../check-result.js';
import { isAnswer, isFailure, type Facts } from '../probe.js';
import { ADVICE, callerSigns, failedRequest, SUBJECT } from './requests.js';

const CAPTCHA =
  'Confluence wants a CAPTCHA for this account after too many failed logins: its password is refused, even the right one, until it logs in once through the web page or an administrator clears it';

export function credentialsCheck(facts: Facts, who: string, credentialsFrom: string): CheckResult {
  const { plugin, currentUser } = facts;
  // A request that got no whole answer before the credentials were decided: they are not known.
  const stuckOn = isFailure(plugin) ? plugin : isFailure(currentUser) ? currentUser : undefined;
  if (stuckOn) {
    const subject = stuckOn === plugin ? SUBJECT.plugin : SUBJECT.currentUser;
    return {
      check: 'credentials',
      verdict: 'fail',
      message: `not checked: ${failedRequest(subject, stuckOn)}: ${ADVICE[stuckOn.failure]}`,
    };
  }
  for (const answer of [plugin, currentUser]) {
    const away = isAnswer(answer) ? redirectedAway(answer) : undefined;
    if (away) return { check: 'credentials', verdict: 'fail', message: `not verified: ${away}` };
  }
  const { apiKind, apiFailure, admin, notAdmin, knownUser } = callerSigns(facts);
  const captcha =
    [plugin, currentUser].some((a) => isAnswer(a) && a.status === 401 && a.loginReason === 'AUTHENTICATION_DENIED') ||
    apiKind === 'captcha-required';
  if (captcha) return { check: 'credentials', verdict: 'fail', message: CAPTCHA };
  if ([plugin, currentUser].some((a) => isAnswer(a) && a.status === 401) || apiKind === 'unauthorized')
    return {
      check: 'credentials',
      verdict: 'fail',
      message: `the credentials for ${who} are refused (HTTP 401): check ${credentialsFrom}`,
    };
  if (admin || notAdmin || knownUser)
    return { check: 'credentials', verdict: 'ok', message: `Confluence accepts the credentials for ${who}` };
  if (apiFailure)
    return {
      check: 'credentials',
      verdict: 'fail',
      message: `not checked: ${failedRequest(SUBJECT.api, apiFailure)}: ${ADVICE[apiFailure.failure]}`,
    };
  return {
    check: 'credentials',
    verdict: 'skip',
    message: 'not checked: nothing that needs them answered (see the Extender line)',
  };
}
