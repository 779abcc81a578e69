// Faults the classes below do not cover yet.
import { jsonAnswer, type Fault } from './types.js';

export const legacyFaults = {
  'unknown-user-200': {
    breaks: 'getUserDetails answers 200 for a user that does not exist',
    caughtBy: [{ check: 'getUserDetails and getUserProperty > an unknown user is a 404', message: /^getUserDetails 200: expected 404 but got 200/ }],
    proxy: {
      response({ operationId, params }, answer) {
        if (operationId !== 'getUserDetails' || answer.status !== 404) return;
        const name = params.userName!;
        Object.assign(answer, jsonAnswer(200, { key: '0'.repeat(32), name, fullName: name, email: `${name}@example.org`, business: [], personal: [], lastSuccessfulLoginDate: null, lastSuccessfulLoginDateString: null, lastFailedLoginDate: null, lastFailedLoginDateString: null, createdDate: 0, createdDateString: '1970-01-01 00:00:00', updatedDate: 0, updatedDateString: '1970-01-01 00:00:00', hasAccessToUseConfluence: true }));
      },
    },
  },
  'no-auth': {
    breaks: 'requests without credentials are served as the administrator',
    caughtBy: [{ check: 'every read operation: authentication and authorisation > getUsers: no credentials is a 401', message: /^getUsers 200: expected 401 but got 200/ }],
    proxy: {
      request({ headers }, tools) {
        if (!headers.has('authorization')) headers.set('authorization', tools.adminAuth);
        return undefined;
      },
    },
  },
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
