// The administrator check: is the caller a Confluence administrator? (After credentials that did not fail.)
import type { CheckResult } from '../check-result.js';
import type { Facts } from '../probe.js';
import { callerSigns } from './requests.js';

export function administratorCheck(facts: Facts, who: string): CheckResult {
  const { admin, notAdmin } = callerSigns(facts);
  if (admin) return { check: 'administrator', verdict: 'ok', message: `${who} is a Confluence administrator` };
  if (notAdmin)
    return {
      check: 'administrator',
      verdict: 'fail',
      message: `${who} is not a Confluence administrator (HTTP 403): use an account in confluence-administrators, or ask for one`,
    };
  return {
    check: 'administrator',
    verdict: 'skip',
    message: 'not checked: needs the plugin manager or the Users API to answer',
  };
}
