// Servers that differ from the sandbox in ways no promise forbids: the suite must pass against
// them (a false alarm counts like a miss). Each is a proxy in front of a healthy sandbox, with
// nothing to catch; `undocumented-field` is the same extra fields judged with --strict.
import { setTimeout as sleep } from 'node:timers/promises';
import { relisting } from './listing.js';
import type { ProxyReply, Fault, Json } from './types.js';
import { CHECK, fullName, GROUP } from '../../../suite/support/sentences.js';

/**
 * Fields beside the documented ones, as a real 2022 answer carried `"status":"success"` beside the
 * page (field-evidence.md), and a header Confluence sends with every answer (its request id).
 */
function addFields(answer: ProxyReply): void {
  answer.headers['x-arequestid'] = '1154x1234x1';
  const body: Json = answer.json;
  if (answer.status !== 200 || !body || typeof body !== 'object' || Array.isArray(body)) return;
  const addToUser = (user: Json) => {
    if (user && typeof user === 'object') user.avatarUrl = `/download/attachments/${String(user.name)}.png`;
  };
  if (Array.isArray(body.users)) {
    body.status = 'success';
    body.users.forEach(addToUser);
  } else if (typeof body.key === 'string') addToUser(body);
}

export const healthyServers = {
  'extra-fields': {
    breaks:
      'nothing the vendor promises: "status":"success" beside every page (as a real 2022 answer), avatarUrl in every user object and an X-AREQUESTID header (as Confluence sends)',
    caughtBy: [],
    writes: true,
    proxy: { response: (_, answer) => addFields(answer) },
  },
  'charset-spelling': {
    breaks: 'nothing: its JSON answers say application/json;charset=UTF-8 (another spelling of the same type)',
    caughtBy: [],
    writes: true,
    proxy: {
      response(_, answer) {
        if (/^application\/json/i.test(answer.headers['content-type'] ?? ''))
          answer.headers['content-type'] = 'application/json;charset=UTF-8';
      },
    },
  },
  'another-stable-order': {
    breaks:
      'nothing the vendor promises: lists users in reverse name order, the same on every page and every walk (the vendor names no order; its own example lists new_user before admin)',
    caughtBy: [],
    writes: true,
    proxy: relisting({ list: (users) => [...users].reverse() }),
  },
  slower: {
    breaks:
      'nothing: every answer comes 250 ms later (a distant or busy instance); only the paging checks of getUsers, the longest walks, are run against it',
    caughtBy: [],
    args: ['--checks', '^getUsers: paging > '],
    proxy: {
      async request() {
        await sleep(250);
        return undefined;
      },
    },
  },
  'users-changing': {
    breaks:
      'nothing: users change during the run, as on any production instance (an account created and a login recorded every 150 ms); paging checks that see it walk again, then say inconclusive',
    caughtBy: [],
    writes: true,
    churn: true,
    proxy: {},
  },
} satisfies Record<string, Fault>;

export const undocumentedFaults = {
  'undocumented-field': {
    breaks: 'adds fields and a header the description does not know (as extra-fields); judged with --strict',
    caughtBy: [
      {
        check: fullName(GROUP.sweep, CHECK.sweep.fields),
        message: /^\w+ 200: \/\S+ is not in the description \(in \d+ answers?, first GET \S+ in "/,
      },
      {
        check: fullName(GROUP.sweep, CHECK.sweep.headerNames),
        message: /^\w+ \d+: header x-arequestid is not in the description \(in \d+ answers?, first \w+ \S+ in "/,
      },
    ],
    args: ['--strict'],
    feeds: [
      fullName(GROUP.detailLevels('getUsers'), CHECK.detailLevels.names),
      fullName(GROUP.detailsAndProperty, CHECK.detailsAndProperty.conform),
    ],
    proxy: { response: (_, answer) => addFields(answer) },
  },
} satisfies Record<string, Fault>;
