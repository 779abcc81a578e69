// The rate-limit check: what Confluence's rate-limit headers said on the way.
import type { CheckResult } from '../check-result.js';

export function rateLimitCheck(headers: Record<string, string>): CheckResult {
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
