// Faults of the answers' shapes: a required field dropped, a wrong type, a password leaked, the
// detail flags or dateFormat ignored, a success answered with more than its Message.
import { operationIds, operationTable } from '@extender-users/api-types';
import { listings } from './paging.js';
import type { Catch, Fault } from './types.js';

const SWEEP = 'every answer of the run';
const writeOperations = operationIds.filter((op) => operationTable[op].method !== 'GET');

export const shapeFaults = {
  'drop-required-field': {
    breaks: 'drops the required email from listed users and from user details',
    caughtBy: [
      ...listings.flatMap((op): Catch[] => [
        {
          check: `${op}: the three detail levels > showBasicDetails=true lists basic users (UserBasicPage)`,
          message: new RegExp(
            `^${op} 200: #/components/schemas/UserBasic/required: /users/0 must have required property 'email'`,
          ),
        },
        {
          check: `${op}: the three detail levels > showExtendedDetails=true lists extended users (UserExtendedPage)`,
          message: new RegExp(
            `^${op} 200: #/components/schemas/UserDetails/required: /users/0 must have required property 'email'`,
          ),
        },
      ]),
      // A listing's schema is an anyOf of the three shapes, and with the objects our assumption
      // closes left open, an extended user without email fits the basic one: the details answer it.
      {
        check: `${SWEEP} > every answer's body fits the schema of its status`,
        message:
          /^getUserDetails 200: #\/components\/schemas\/UserDetails\/required: \(root\) must have required property 'email' \(in "/,
      },
    ],
    proxy: {
      response({ url }, answer) {
        if (!answer.json || typeof answer.json !== 'object') return;
        if (Array.isArray(answer.json.users)) for (const user of answer.json.users) delete user.email;
        if (url.pathname.includes('/getUserDetails/')) delete answer.json.email;
      },
    },
  },
  'wrong-type': {
    breaks: "a listing's total is a string",
    caughtBy: listings.map((op) => ({
      check: `${op}: the three detail levels > without flags lists names only (UserNamesPage)`,
      message: new RegExp(
        `^${op} 200: #/components/schemas/UserNamesPage/properties/total/type: /total must be integer`,
      ),
    })),
    proxy: {
      response({ operationId }, answer) {
        if (operationId && listings.includes(operationId) && answer.json && 'total' in answer.json)
          answer.json.total = String(answer.json.total);
      },
    },
  },
  'leak-password': {
    breaks: 'getUserDetails answers carry a password field',
    caughtBy: [
      {
        check: 'getUserDetails and getUserProperty > details of a listed user conform to UserDetails',
        // A field the description does not know is undocumented, but a password is a secret: broken.
        message: /^getUserDetails 200: the response carries a password field/,
      },
      {
        check: `${SWEEP} > no answer carries a password or a password hash`,
        message: /^getUserDetails 200: the response carries a password field \(in "/,
      },
    ],
    proxy: {
      response({ operationId }, answer) {
        if (operationId === 'getUserDetails' && answer.status === 200) answer.json.password = 'hunter2';
      },
    },
  },
  'both-flags-basic': {
    breaks: 'with both detail flags, lists the basic shape (the spec: extended wins)',
    caughtBy: listings.map((op) => ({
      check: `${op}: the three detail levels > both flags: extended wins`,
      message: new RegExp(
        `^${op} 200: #/components/schemas/UserDetails/required: /users/0 must have required property`,
      ),
    })),
    proxy: {
      request({ operationId, url }) {
        if (operationId && listings.includes(operationId) && url.searchParams.get('showBasicDetails') === 'true')
          url.searchParams.delete('showExtendedDetails');
        return undefined;
      },
    },
  },
  'ignore-dateFormat': {
    breaks: 'the listings ignore dateFormat (the ...String fields keep the default pattern)',
    caughtBy: listings.map((op) => ({
      check: `${op}: dateFormat > changes the ...String fields as the pattern says`,
      message: new RegExp(`^${op} 200: dateFormat=dd\\.MM\\.yyyy 'x' gave createdDateString '`),
    })),
    proxy: {
      request({ operationId, url }) {
        if (operationId && listings.includes(operationId)) url.searchParams.delete('dateFormat');
        return undefined;
      },
    },
  },
  'success-with-extras': {
    breaks:
      'the writes answer their success with a field Message does not have; closed objects are our assumption: judged with --strict (without, it is listed as undocumented)',
    caughtBy: writeOperations.map((op) => ({
      check: `every write operation > ${op}: a valid request succeeds with its documented answer`,
      message: new RegExp(
        `^${op} 200: #/components/schemas/Message/additionalProperties: \\(root\\) must NOT have additional properties \\(done\\)`,
      ),
    })),
    writes: true,
    args: ['--strict'],
    proxy: {
      response({ operationId }, answer) {
        if (operationId && writeOperations.includes(operationId) && answer.status === 200 && answer.json)
          answer.json.done = true;
      },
    },
  },
} satisfies Record<string, Fault>;
