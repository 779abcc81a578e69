// The Confluence check: is it a running Confluence? The same diagnosis as the contract suite's first
// minute (cli-kit's first-minute.ts). No credentials were sent before it says so.
import { judgeStatus } from '@extender-users/cli-kit';
import type { CheckResult } from '../check-result.js';
import type { ProbeAnswer } from '../probe.js';

export function confluenceCheck(status: ProbeAnswer): CheckResult {
  const confluence = judgeStatus(status, 'run doctor again');
  return confluence.verdict === 'running'
    ? { check: 'confluence', verdict: 'ok', message: 'it is Confluence, RUNNING' }
    : { check: 'confluence', verdict: 'fail', message: `${confluence.message}; no credentials were sent` };
}
