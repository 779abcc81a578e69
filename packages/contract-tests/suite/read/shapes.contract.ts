// Read-only checks (GET only): safe against any instance. The shapes of the answers, for every
// listing operation of the spec at each detail level; dateFormat; who a listing shows; the
// details of a listed user; a property never set; operations the version does not have.
import { describe } from 'vitest';
import { operationTable, presenceIn, type OperationId } from '@extender-users/api-types';
import { expectConforms, expectRefused, expectShape, expectStatus, expectThat } from '../support/expectations.js';
import { check } from '../support/declare-check.js';
import { largestPage } from '../support/listing.js';
import {
  call,
  callUnchecked,
  listingOperations,
  readOperations,
  type ListingId,
  type UncheckedArgs,
} from '../support/operations.js';
import { samples } from '../support/samples.js';
import { target } from '../support/settings.js';
import { aListedUser } from '../support/users.js';
import { behaviourOf } from '../support/version.js';

/**
 * Whether each listing lists only users with access in the checked version (undefined: not
 * known). A listing operation added to the spec without an entry here is a compile error.
 */
const listsOnlyUsersWithAccess: Record<ListingId, () => boolean | undefined> = {
  getUsers: () => {
    const listed = behaviourOf('getUsers', 'listedUsers');
    return listed === undefined ? undefined : listed === 'withAccess';
  },
  getUsersWithConfluenceAccess: () => true,
};

for (const op of listingOperations) {
  describe(`${op}: the three detail levels`, () => {
    check('without flags lists names only (UserNamesPage)', { operations: [op] }, async () => {
      const r = await call(op, {});
      expectStatus(r, 200);
      expectShape(r, 'UserNamesPage');
    });

    // The mock cannot pick a shape from the flags; it is asked for the matching named example.
    check(
      'showBasicDetails=true lists basic users (UserBasicPage)',
      { operations: [op], parameters: [[op, 'showBasicDetails']] },
      async () => {
        const r = await call(op, {
          query: { showBasicDetails: true },
          example: target.kind === 'prism' ? 'basic' : undefined,
        });
        expectStatus(r, 200);
        expectShape(r, 'UserBasicPage');
      },
    );

    check(
      'showExtendedDetails=true lists extended users (UserExtendedPage)',
      { operations: [op], parameters: [[op, 'showExtendedDetails']] },
      async () => {
        const r = await call(op, {
          query: { showExtendedDetails: true },
          example: target.kind === 'prism' ? 'extended' : undefined,
        });
        expectStatus(r, 200);
        expectShape(r, 'UserExtendedPage');
      },
    );

    check(
      'both flags: extended wins',
      {
        state: true,
        operations: [op],
        parameters: [
          [op, 'showBasicDetails'],
          [op, 'showExtendedDetails'],
        ],
      },
      async () => {
        const r = await call(op, { query: { showBasicDetails: true, showExtendedDetails: true } });
        expectStatus(r, 200);
        expectShape(r, 'UserExtendedPage');
      },
    );
  });

  describe(`${op}: who is listed`, () => {
    check(
      'lists only users with access (showExtendedDetails: hasAccessToUseConfluence)',
      { state: true, operations: [op], parameters: [[op, 'showExtendedDetails']] },
      async (context) => {
        const onlyWithAccess = listsOnlyUsersWithAccess[op]();
        if (onlyWithAccess === undefined) context.skip(`whom ${op} lists on ${target.version} is not known`);
        if (!onlyWithAccess)
          context.skip(`${op} lists every user on ${target.version}, deactivated ones too: a write check proves it`);
        const r = await call(op, { query: { showExtendedDetails: true, maxResults: largestPage(op) } });
        const page = expectShape(r, 'UserExtendedPage');
        const without = page.users.filter((u) => !u.hasAccessToUseConfluence).map((u) => u.name);
        expectThat(r, without.length === 0, `lists users without access: ${without.slice(0, 5).join(', ')}`);
      },
    );
  });

  describe(`${op}: dateFormat`, () => {
    check(
      'changes the ...String fields as the pattern says',
      {
        state: true,
        operations: [op],
        parameters: [
          [op, 'dateFormat'],
          [op, 'showExtendedDetails'],
        ],
      },
      async () => {
        const plain = await call(op, { query: { showExtendedDetails: true, maxResults: 5 } });
        const custom = await call(op, {
          query: { showExtendedDetails: true, maxResults: 5, dateFormat: "dd.MM.yyyy 'x'" },
        });
        const a = expectShape(plain, 'UserExtendedPage').users;
        const b = expectShape(custom, 'UserExtendedPage').users;
        expectThat(custom, b.length > 0, 'no users to check dateFormat on');
        for (const [i, user] of b.entries()) {
          expectThat(
            custom,
            /^\d{2}\.\d{2}\.\d{4} x$/.test(user.createdDateString ?? ''),
            `dateFormat=dd.MM.yyyy 'x' gave createdDateString '${user.createdDateString}'`,
          );
          const year = new Date(user.createdDate ?? 0).getUTCFullYear();
          expectThat(
            custom,
            Math.abs(Number(user.createdDateString!.slice(6, 10)) - year) <= 1,
            `createdDateString '${user.createdDateString}' does not match createdDate ${user.createdDate}`,
          );
          expectThat(
            custom,
            a[i]?.createdDateString !== user.createdDateString,
            'dateFormat did not change createdDateString',
          );
        }
      },
    );

    check(
      'an invalid pattern is a 400',
      { state: true, operations: [op], parameters: [[op, 'dateFormat']] },
      async () => {
        expectRefused(await call(op, { query: { dateFormat: 'yyyy-bb' } }), [400]);
      },
    );
  });
}

describe('getUserDetails and getUserProperty', () => {
  check('details of a listed user conform to UserDetails', { operations: ['getUserDetails'] }, async () => {
    const name = await aListedUser();
    const r = await call('getUserDetails', { path: { userName: name } });
    expectStatus(r, 200);
    const user = expectShape(r, 'UserDetails');
    // The mock answers its example whoever is asked for.
    if (target.stateful)
      expectThat(r, user.name.toLowerCase() === name.toLowerCase(), `asked for '${name}', got '${user.name}'`);
  });

  check(
    'an invalid dateFormat is a 400',
    { state: true, operations: ['getUserDetails'], parameters: [['getUserDetails', 'dateFormat']] },
    async () => {
      const name = await aListedUser();
      expectRefused(
        await call('getUserDetails', { path: { userName: name }, query: { dateFormat: "yyyy 'open" } }),
        [400],
      );
    },
  );

  check(
    'a property never set answers as documented (200 with a value, or 404)',
    { operations: ['getUserProperty'] },
    async () => {
      const name = await aListedUser();
      const r = await call('getUserProperty', {
        path: { userName: name, propertyKey: `contract.never.set.${Date.now()}` },
      });
      expectConforms(r);
      expectThat(r, r.status === 200 || r.status === 404, `expected 200 or 404, got ${r.status}`);
    },
  );
});

// Operations the checked version does not have must not be served: when one answers, the server
// runs another version than the one checked.
const absentReads = readOperations.filter((op: OperationId) => presenceIn(target.version, operationTable[op]) === 'no');
if (absentReads.length > 0)
  describe(`the server is Extender ${target.version}`, () => {
    for (const op of absentReads) {
      const info = operationTable[op];
      check(`${op}, which ${target.version} does not have, is a 404`, {}, async () => {
        const r = await callUnchecked(op, samples[op](await aListedUser()) as UncheckedArgs);
        const since = info.since === 'unknown' ? `it came after ${info.sinceAfter}` : `since ${info.since}`;
        expectThat(
          r,
          r.status === 404,
          `${op} answers ${r.status}, but it is not in ${target.version} (${since}): is the server really ${target.version}?`,
        );
      });
    }
  });
