// Faults of conformance: answers with an undocumented status, an undocumented content type, a
// required header missing. The conformance checks, run last, judge every answer of the run.
import type { Fault } from './types.js';

const SWEEP = 'every answer of the run';
const STATUS_CHECK = `${SWEEP} > every answer has a status its operation documents, else it is listed as undocumented (a 5xx fails)`;

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
        check: `${SWEEP} > every answer has a content type its status documents`,
        message: /^\w+ 404: content type 'text\/plain' is not documented for 404 \(expected application\/json\) \(in "/,
      },
    ],
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
        check: `${SWEEP} > every answer carries the headers its status requires, each fitting its schema`,
        message: /^\w+ 401: header WWW-Authenticate is required for 401 but missing \(in "/,
      },
    ],
    proxy: {
      response(_, answer) {
        if (answer.status === 401) delete answer.headers['www-authenticate'];
      },
    },
  },
} satisfies Record<string, Fault>;
