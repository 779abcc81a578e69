// Faults of the answers' shapes: a required field dropped, a wrong type, a password leaked.
import type { Fault } from './types.js';

export const shapeFaults = {
  'drop-required-field': {
    breaks: 'drops the required email from listed users and from user details',
    caughtBy: [{ check: 'getUsers: the three detail levels > showBasicDetails=true lists basic users (UserBasicPage)', message: /^getUsers 200: #\/components\/schemas\/UserBasic\/required: \/users\/0 must have required property 'email'/ }],
    proxy: {
      response({ url }, answer) {
        if (!answer.json || typeof answer.json !== 'object') return;
        if (Array.isArray(answer.json.users)) for (const user of answer.json.users) delete user.email;
        if (url.pathname.includes('/getUserDetails/')) delete answer.json.email;
      },
    },
  },
  'wrong-type': {
    breaks: "getUsers' total is a string",
    caughtBy: [{ check: 'getUsers: the three detail levels > without flags lists names only (UserNamesPage)', message: /^getUsers 200: #\/components\/schemas\/UserNamesPage\/properties\/total\/type: \/total must be integer/ }],
    proxy: {
      response({ operationId }, answer) {
        if (operationId === 'getUsers' && answer.json && 'total' in answer.json) answer.json.total = String(answer.json.total);
      },
    },
  },
  'leak-password': {
    breaks: 'getUserDetails answers carry a password field',
    caughtBy: [{ check: 'getUserDetails and getUserProperty > details of a listed user conform to UserDetails', message: /^getUserDetails 200: #\/components\/schemas\/UserDetails\/additionalProperties: \(root\) must NOT have additional properties \(password\)/ }],
    proxy: {
      response({ operationId }, answer) {
        if (operationId === 'getUserDetails' && answer.status === 200) answer.json.password = 'hunter2';
      },
    },
  },
} satisfies Record<string, Fault>;
