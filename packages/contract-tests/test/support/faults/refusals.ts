// Faults of the documented refusals: in the situation that calls for a refusal, the server
// answers its documented success (the spec's example) instead. Each is caught by the refusal
// check of that cause, for every operation the cause applies to.
import { operationIds, operationTable, type OperationId } from '@extender-users/api-types';
import { exampleSuccess } from './examples.js';
import { escapeRegExp, type ProxyReply, type Catch, type Exchange, type Fault, type ProxyTools } from './types.js';
import { CHECK, fullName, GROUP } from '../../../suite/support/sentences.js';

const statusesOf = (op: OperationId): readonly number[] => operationTable[op].statuses;
const takesPathUser = (op: OperationId) =>
  operationTable[op].parameters.some((p) => p.name === 'userName' && p.in === 'path');
const hasImage = (op: OperationId) => op === 'setUserAvatarBase64' || op === 'setUserAvatarImage';
const takesName = (op: OperationId) => op === 'addUser' || op === 'renameUser';

/** The refusal check of a cause, for every operation it applies to; the message is the status the check wanted and the one it got. */
function refusalChecks(ops: OperationId[], status: number, cause: string | RegExp, got = '\\d+'): Catch[] {
  return ops.map((op) => ({
    check: new RegExp(
      `^${GROUP.refusals} > ${op}: ${status} ${typeof cause === 'string' ? escapeRegExp(cause) : cause.source}$`,
    ),
    message: new RegExp(`^${op} ${got}: expected ${status} but got ${got}`),
  }));
}

/** Answers the documented success instead of the upstream's refusal, when `when` says so. */
function succeedInstead(
  when: (exchange: Exchange, answer: ProxyReply, tools: ProxyTools) => boolean | Promise<boolean>,
): Fault['proxy'] {
  return {
    async response(exchange, answer, tools) {
      if (exchange.operationId && (await when(exchange, answer, tools)))
        Object.assign(answer, exampleSuccess(exchange.operationId));
    },
  };
}

const basicUser = (exchange: Exchange): string | undefined => {
  const value = exchange.headers.get('authorization') ?? '';
  if (!/^basic /i.test(value)) return undefined;
  return Buffer.from(value.slice(6), 'base64').toString('utf8').split(':')[0];
};

/** Who holds the name a request wants (addUser's or renameUser's body name), as upstream tells. */
async function holderOf(
  exchange: Exchange,
  tools: ProxyTools,
): Promise<{ name: string; hasAccessToUseConfluence: boolean } | undefined> {
  const wanted = exchange.json?.name;
  if (typeof wanted !== 'string') return undefined;
  const answer = await tools.send('GET', `/rest/extender/1.0/user/getUserDetails/${encodeURIComponent(wanted)}`);
  return answer.status === 200 ? answer.json : undefined;
}

/** A 409 the fault lets through: a name taken as asked, taken in other case, or taken by a deactivated user. */
function conflictIgnored(kind: 'exact' | 'case' | 'deactivated'): Fault['proxy'] {
  return succeedInstead(async (exchange, answer, tools) => {
    if (answer.status !== 409) return false;
    const holder = await holderOf(exchange, tools);
    if (!holder) return false;
    const found = !holder.hasAccessToUseConfluence
      ? 'deactivated'
      : holder.name === exchange.json.name
        ? 'exact'
        : 'case';
    return found === kind;
  });
}

const all = operationIds;
const withStatus = (status: number) => all.filter((op) => statusesOf(op).includes(status));

export const refusalFaults = {
  'accept-invalid': {
    breaks:
      'answers every request it finds invalid (400) with its documented success instead (run with --strict: most values are invalid by our assumptions only; vendor-bound-accepted proves the same checks fail without it where the vendor sets the bound)',
    caughtBy: [
      ...refusalChecks(withStatus(400), 400, /for .+/),
      ...all.map((op) => ({
        check: fullName(GROUP.data, CHECK.data.outside(op)),
        message: new RegExp(`^${op} 200: \\d+ of \\d+: .* was answered 200, expected to be refused with`),
      })),
      // dateFormat's own rule (an invalid pattern), checked by the shape checks.
      ...withStatus(400)
        .filter((op) => operationTable[op].parameters.some((p) => p.name === 'dateFormat'))
        .map((op) => ({
          check:
            op === 'getUserDetails'
              ? fullName(GROUP.detailsAndProperty, CHECK.detailsAndProperty.invalidDateFormat)
              : fullName(GROUP.dateFormat(op), CHECK.dateFormat.invalid),
          message: new RegExp(`^${op} 200: expected 400 but got 200`),
        })),
    ],
    writes: true,
    args: ['--strict'],
    proxy: succeedInstead((_, answer) => answer.status === 400),
  },
  'no-auth': {
    breaks: 'serves requests without credentials as the administrator',
    caughtBy: refusalChecks(all, 401, 'without credentials'),
    writes: true,
    proxy: {
      request({ headers }, tools) {
        if (!headers.has('authorization')) headers.set('authorization', tools.adminAuth);
        return undefined;
      },
    },
  },
  'wrong-credentials-accepted': {
    breaks: 'serves requests with a wrong password (or an unknown user) as the administrator',
    caughtBy: refusalChecks(all, 401, 'for wrong credentials'),
    writes: true,
    proxy: {
      request(exchange, tools) {
        if (basicUser(exchange)?.startsWith('contract-nobody-')) exchange.headers.set('authorization', tools.adminAuth);
        return undefined;
      },
    },
  },
  'non-admin-allowed': {
    breaks: 'serves an ordinary user as an administrator',
    caughtBy: refusalChecks(all, 403, 'for a non-administrator'),
    writes: true,
    proxy: {
      request(exchange, tools) {
        if (basicUser(exchange) === 'user') exchange.headers.set('authorization', tools.adminAuth);
        return undefined;
      },
    },
  },
  'no-xsrf-check': {
    breaks: 'accepts a multipart upload without X-Atlassian-Token: no-check (no XSRF check)',
    caughtBy: refusalChecks(['setUserAvatarImage'], 403, "without X-Atlassian-Token (Confluence's XSRF check)"),
    writes: true,
    proxy: {
      request({ headers }) {
        if (!headers.has('x-atlassian-token')) headers.set('x-atlassian-token', 'no-check');
        return undefined;
      },
    },
  },
  'unknown-user-accepted': {
    breaks: 'answers its documented success for a user that does not exist',
    caughtBy: refusalChecks(all.filter(takesPathUser), 404, 'for an unknown user'),
    writes: true,
    proxy: succeedInstead((_, answer) => answer.status === 404 && /does not exist/.test(answer.json?.message ?? '')),
  },
  'conflict-ignored': {
    breaks: 'adds or renames onto a name taken exactly as given',
    caughtBy: refusalChecks(all.filter(takesName), 409, 'when the name is taken'),
    writes: true,
    proxy: conflictIgnored('exact'),
  },
  'conflict-case-ignored': {
    breaks: 'adds or renames onto a name taken in other case (names compared with regard to case)',
    caughtBy: refusalChecks(all.filter(takesName), 409, 'when the name is taken in other case'),
    writes: true,
    proxy: conflictIgnored('case'),
  },
  'conflict-deactivated-ignored': {
    breaks: 'adds or renames onto the name of a deactivated user',
    caughtBy: refusalChecks(all.filter(takesName), 409, 'when the name is taken by a deactivated user'),
    writes: true,
    proxy: conflictIgnored('deactivated'),
  },
  'no-size-limit': {
    breaks: 'accepts an avatar image over 1 MiB',
    caughtBy: refusalChecks(all.filter(hasImage), 413, 'for an image over the size limit (1 MiB)'),
    writes: true,
    proxy: succeedInstead((_, answer) => answer.status === 413),
  },
  'any-content-type': {
    breaks: 'accepts a body of a content type the operation does not take',
    caughtBy: refusalChecks(
      all.filter((op) => operationTable[op].requestContentTypes.length > 0),
      415,
      'for a body of a content type it does not take (application/xml)',
    ),
    writes: true,
    proxy: succeedInstead(
      (exchange, answer) => answer.status === 415 && (exchange.headers.get('content-type') ?? '').includes('xml'),
    ),
  },
  'any-file': {
    breaks: 'accepts an avatar that is not an image',
    caughtBy: refusalChecks(all.filter(hasImage), 415, 'for a file that is not an image'),
    writes: true,
    proxy: succeedInstead(
      (exchange, answer) => answer.status === 415 && !(exchange.headers.get('content-type') ?? '').includes('xml'),
    ),
  },
  'rate-limit-without-retry-after': {
    breaks: 'rate-limits (the sandbox with --rate-limit 20) but answers 429 without Retry-After',
    caughtBy: all.map((op) => ({
      check: fullName(GROUP.refusals, `${op}: 429 when rate limited`),
      message: new RegExp(`^${op} 429: header Retry-After is required for 429 but missing`),
    })),
    writes: true,
    // A bucket a burst of requests empties on any machine (refilled at 20 a second).
    sandbox: ['--rate-limit', '20'],
    proxy: {
      response(_, answer) {
        if (answer.status === 429) delete answer.headers['retry-after'];
      },
    },
  },
} satisfies Record<string, Fault>;
