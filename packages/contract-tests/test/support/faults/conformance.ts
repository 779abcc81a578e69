// Faults of conformance: answers with an undocumented status, an undocumented content type, a
// required header missing. The conformance checks, run last, judge every answer of the run.
import type { Fault, ProxyFault } from './types.js';
import { CHECK, fullName, GROUP } from '../../../suite/support/sentences.js';

/** Checks that get 404s: getUserProperty for a property never set, getUserDetails for an unknown user. */
const NEVER_SET = fullName(GROUP.detailsAndProperty, CHECK.detailsAndProperty.neverSet);
const UNKNOWN_USER = fullName(GROUP.refusals, 'getUserDetails: 404 for an unknown user');

/** 404s with a reason phrase of 250 characters (Confluence's own REST errors carry statusCode and reason). */
const longReason: NonNullable<ProxyFault['response']> = (_, answer) => {
  if (answer.status !== 404 || !answer.json || typeof answer.json !== 'object') return;
  answer.json.reason = `Not Found: ${'x'.repeat(239)}`;
};

const STATUS_CHECK = fullName(GROUP.sweep, CHECK.sweep.status);

export const conformanceFaults = {
  'undocumented-status': {
    breaks:
      'getUserProperty answers 204 (undocumented) where it should answer 404: the sweep lists it as undocumented, and fails it with --strict',
    caughtBy: [
      {
        check: STATUS_CHECK,
        message:
          /^getUserProperty 204: status 204 is not documented for getUserProperty \(in \d+ answers?, first GET \S+ in "/,
      },
      {
        check:
          'getUserDetails and getUserProperty > a property never set answers as documented (200 with a value, or 404)',
        message: /^getUserProperty 204: status 204 is not documented for getUserProperty/,
      },
    ],
    args: ['--strict'],
    feeds: [NEVER_SET],
    proxy: {
      response({ operationId }, answer) {
        if (operationId === 'getUserProperty' && answer.status === 404)
          Object.assign(answer, { status: 204, body: Buffer.alloc(0), json: undefined });
      },
    },
  },
  'server-error': {
    breaks: 'getUserProperty answers 503 (a server error nobody documented) where it should answer 404',
    caughtBy: [
      {
        check: STATUS_CHECK,
        message: /^getUserProperty 503: status 503 is not documented for getUserProperty: a server error \(in "/,
      },
    ],
    feeds: [NEVER_SET],
    proxy: {
      response({ operationId }, answer) {
        if (operationId === 'getUserProperty' && answer.status === 404) answer.status = 503;
      },
    },
  },
  'text-errors': {
    breaks: 'answers its 404s as text/plain (the JSON body unchanged)',
    caughtBy: [
      {
        check: fullName(GROUP.sweep, CHECK.sweep.contentType),
        message: /^\w+ 404: content type 'text\/plain' is not documented for 404 \(expected application\/json\) \(in "/,
      },
    ],
    feeds: [NEVER_SET, UNKNOWN_USER],
    proxy: {
      response(_, answer) {
        if (answer.status === 404) answer.headers['content-type'] = 'text/plain; charset=utf-8';
      },
    },
  },
  'no-www-authenticate': {
    breaks: 'answers 401 without the WWW-Authenticate header the spec requires',
    caughtBy: [
      {
        check: fullName(GROUP.sweep, CHECK.sweep.headers),
        message: /^\w+ 401: header WWW-Authenticate is required for 401 but missing \(in "/,
      },
    ],
    feeds: [fullName(GROUP.refusals, 'getUserDetails: 401 without credentials')],
    proxy: {
      response(_, answer) {
        if (answer.status === 401) delete answer.headers['www-authenticate'];
      },
    },
  },
  'long-error-reason': {
    breaks:
      'adds a reason phrase of 250 characters to its 404s, beyond the 200 that only our assumption allows (caught with --strict; without, long-error-reason-listed passes and lists it)',
    caughtBy: [
      {
        check: fullName(GROUP.sweep, CHECK.sweep.body),
        message:
          /^\w+ 404: #\/components\/schemas\/Error\/properties\/reason\/maxLength: \/reason must NOT have more than 200 characters \(in "/,
      },
    ],
    args: ['--strict'],
    feeds: [NEVER_SET, UNKNOWN_USER],
    proxy: { response: longReason },
  },
} satisfies Record<string, Fault>;

/** A server whose answers break only an assumption of ours: it passes, the difference listed. */
export const longReasonServers = {
  'long-error-reason-listed': {
    breaks:
      'nothing the vendor promises: a reason phrase of 250 characters in its 404s (the 200 is our bound), listed as differing from our assumption',
    caughtBy: [],
    listed: [
      /~ every answer of the run > every answer's body fits the schema of its status\n\s+\w+ 404: \/reason must NOT have more than 200 characters \(#\/components\/schemas\/Error\/properties\/reason\/maxLength\) \(in \d+ answers?, first in "[^"]+"\) — our assumption: /,
    ],
    proxy: { response: longReason },
  },
} satisfies Record<string, Fault>;
