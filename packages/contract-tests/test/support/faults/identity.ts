// Faults of the identity rules: user names compared with regard to case somewhere.
import { operationIds, operationTable } from '@extender-users/api-types';
import { relisting } from './listing.js';
import { listings } from './paging.js';
import { jsonAnswer, type Catch, type Fault } from './types.js';
import { CHECK, fullName, GROUP } from '../../../suite/support/sentences.js';

const oneUser = operationIds.filter((op) =>
  operationTable[op].parameters.some((p) => p.name === 'userName' && p.in === 'path'),
);
const otherCase = (name: string) => (name === name.toUpperCase() ? name.toLowerCase() : name.toUpperCase());

export const identityFaults = {
  'case-sensitive-lookup': {
    breaks: 'finds a user only by its name as stored, with regard to case (404 otherwise)',
    caughtBy: [
      {
        check: fullName(GROUP.names, CHECK.names.detailsInOtherCase),
        message: /^getUserDetails 404: expected 200 but got 404/,
      },
      ...oneUser.map((op): Catch => ({
        check: fullName(GROUP.names, CHECK.names.findsInOtherCase(op)),
        message: new RegExp(`^${op} 404: expected 200 but got 404`),
      })),
    ],
    writes: true,
    proxy: {
      async request({ operationId, params }, tools) {
        if (!operationId || !oneUser.includes(operationId)) return undefined;
        const asked = params.userName!;
        const stored = await tools.send('GET', `/rest/extender/1.0/user/getUserDetails/${encodeURIComponent(asked)}`);
        if (stored.status === 200 && stored.json.name !== asked)
          return jsonAnswer(404, { message: `User '${asked}' does not exist` });
        return undefined;
      },
    },
  },
  'listing-case-twin': {
    breaks: 'lists a second user whose name differs from another only in case',
    caughtBy: listings.map((op) => ({
      check: fullName(GROUP.names, CHECK.names.noTwins(op)),
      message: new RegExp(`^${op} 200: lists both '[^']+' and '[^']+': one user to Confluence`),
    })),
    proxy: relisting({
      list(users) {
        const at = users.findIndex((u) => otherCase(u.name) !== u.name);
        return at < 0
          ? users
          : [...users.slice(0, at + 1), { ...users[at], name: otherCase(users[at].name) }, ...users.slice(at + 1)];
      },
    }),
  },
  'listing-case-sensitive-order': {
    breaks:
      'orders the listing by user name with regard to case (upper case first); the order is our assumption: judged with --strict',
    caughtBy: listings.map((op) => ({
      check: fullName(GROUP.names, CHECK.names.order(op)),
      message: new RegExp(
        `^${op} 200: lists '[^']+-B' \\(position \\d+\\) before '[^']+-a' \\(position \\d+\\): ordered with regard to case`,
      ),
    })),
    writes: true,
    args: ['--strict'],
    proxy: relisting({ list: (users) => [...users].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) }),
  },
  'old-name-in-other-case': {
    breaks: 'after a rename, still finds the user by its old name given in other case',
    caughtBy: [
      {
        check: fullName(GROUP.names, CHECK.names.rename),
        message: /^getUserDetails 200: the old name in other case \('[^']+'\) still answers 200/,
      },
    ],
    writes: true,
    proxy: {
      request(exchange, tools) {
        const renamed =
          (tools.state.get('renamed') as Map<string, { from: string; to: string }> | undefined) ?? new Map();
        tools.state.set('renamed', renamed);
        const asked = exchange.params.userName;
        if (exchange.operationId === 'renameUser' && asked && typeof exchange.json?.name === 'string')
          renamed.set(asked.toLowerCase(), { from: asked, to: exchange.json.name });
        const earlier = asked === undefined ? undefined : renamed.get(asked.toLowerCase());
        if (exchange.operationId === 'getUserDetails' && earlier && earlier.from !== asked)
          exchange.url.pathname = `/rest/extender/1.0/user/getUserDetails/${encodeURIComponent(earlier.to)}`;
        return undefined;
      },
    },
  },
} satisfies Record<string, Fault>;
