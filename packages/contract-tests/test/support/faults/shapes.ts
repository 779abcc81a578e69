// Faults of the answers' shapes: a required field dropped, a wrong type, a password leaked, the
// detail flags or dateFormat ignored, a success answered with more than its Message.
import { operationIds, operationTable } from '@extender-users/api-types';
import { listings } from './paging.js';
import type { Catch, Fault } from './types.js';
import { CHECK, fullName, GROUP } from '../../../suite/support/sentences.js';

const writeOperations = operationIds.filter((op) => operationTable[op].method !== 'GET');

export const shapeFaults = {
  'drop-required-field': {
    breaks: 'drops the required email from listed users and from user details',
    caughtBy: [
      ...listings.flatMap((op): Catch[] => [
        {
          check: fullName(GROUP.detailLevels(op), CHECK.detailLevels.basic),
          message: new RegExp(
            `^${op} 200: #/components/schemas/UserBasic/required: /users/0 must have required property 'email'`,
          ),
        },
        {
          check: fullName(GROUP.detailLevels(op), CHECK.detailLevels.extended),
          message: new RegExp(
            `^${op} 200: #/components/schemas/UserDetails/required: /users/0 must have required property 'email'`,
          ),
        },
      ]),
      // A listing's schema is an anyOf of the three shapes, and with the objects our assumption
      // closes left open, an extended user without email fits the basic one: the details answer it.
      {
        check: fullName(GROUP.sweep, CHECK.sweep.body),
        message:
          /^getUserDetails 200: #\/components\/schemas\/UserDetails\/required: \(root\) must have required property 'email' \(in "/,
      },
    ],
    feeds: [fullName(GROUP.detailsAndProperty, CHECK.detailsAndProperty.conform)],
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
      check: fullName(GROUP.detailLevels(op), CHECK.detailLevels.names),
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
        check: fullName(GROUP.detailsAndProperty, CHECK.detailsAndProperty.conform),
        // A field the description does not know is undocumented, but a password is a secret: broken.
        message: /^getUserDetails 200: the response carries a password field/,
      },
      {
        check: fullName(GROUP.sweep, CHECK.sweep.secrets),
        message: /^getUserDetails 200: the response carries a password field \(in "/,
      },
    ],
    feeds: [fullName(GROUP.detailsAndProperty, CHECK.detailsAndProperty.conform)],
    proxy: {
      response({ operationId }, answer) {
        if (operationId === 'getUserDetails' && answer.status === 200) answer.json.password = 'hunter2';
      },
    },
  },
  'both-flags-basic': {
    breaks: 'with both detail flags, lists the basic shape (the spec: extended wins)',
    caughtBy: listings.map((op) => ({
      check: fullName(GROUP.detailLevels(op), CHECK.detailLevels.both),
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
      check: fullName(GROUP.dateFormat(op), CHECK.dateFormat.changes),
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
      check: fullName(GROUP.success, CHECK.success.valid(op)),
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
