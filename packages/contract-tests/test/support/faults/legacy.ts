// Faults the classes below do not cover yet.
import type { Fault } from './types.js';

export const legacyFaults = {
  'undocumented-status': {
    breaks: 'getUserProperty answers 204 (undocumented) where it should answer 404',
    caughtBy: [{ check: 'getUserDetails and getUserProperty > a property never set answers as documented (200 with a value, or 404)', message: /^getUserProperty 204: status 204 is not documented for getUserProperty/ }],
    proxy: {
      response({ operationId }, answer) {
        if (operationId === 'getUserProperty' && answer.status === 404) Object.assign(answer, { status: 204, body: Buffer.alloc(0), json: undefined });
      },
    },
  },
} satisfies Record<string, Fault>;
