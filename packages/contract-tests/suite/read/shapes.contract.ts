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
import { CHECK, GROUP } from '../support/sentences.js';
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
  describe(GROUP.detailLevels(op), () => {
    check(CHECK.detailLevels.names, { operations: [op] }, async () => {
      const r = await call(op, {});
      expectStatus(r, 200);
      expectShape(r, 'UserNamesPage');
    });

    // The mock cannot pick a shape from the flags; it is asked for the matching named example.
    check(CHECK.detailLevels.basic, { operations: [op], parameters: [[op, 'showBasicDetails']] }, async () => {
      const r = await call(op, {
        query: { showBasicDetails: true },
        example: target.kind === 'prism' ? 'basic' : undefined,
      });
      expectStatus(r, 200);
      expectShape(r, 'UserBasicPage');
    });

    check(CHECK.detailLevels.extended, { operations: [op], parameters: [[op, 'showExtendedDetails']] }, async () => {
      const r = await call(op, {
        query: { showExtendedDetails: true },
        example: target.kind === 'prism' ? 'extended' : undefined,
      });
      expectStatus(r, 200);
      expectShape(r, 'UserExtendedPage');
    });

    check(
      CHECK.detailLevels.both,
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

  describe(GROUP.whoIsListed(op), () => {
    check(
      CHECK.whoIsListed.onlyWithAccess,
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

  describe(GROUP.dateFormat(op), () => {
    check(
      CHECK.dateFormat.changes,
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

    check(CHECK.dateFormat.invalid, { state: true, operations: [op], parameters: [[op, 'dateFormat']] }, async () => {
      expectRefused(await call(op, { query: { dateFormat: 'yyyy-bb' } }), [400]);
    });
  });
}

describe(GROUP.detailsAndProperty, () => {
  check(CHECK.detailsAndProperty.conform, { operations: ['getUserDetails'] }, async () => {
    const name = await aListedUser();
    const r = await call('getUserDetails', { path: { userName: name } });
    expectStatus(r, 200);
    const user = expectShape(r, 'UserDetails');
    // The mock answers its example whoever is asked for.
    if (target.stateful)
      expectThat(r, user.name.toLowerCase() === name.toLowerCase(), `asked for '${name}', got '${user.name}'`);
  });

  check(
    CHECK.detailsAndProperty.invalidDateFormat,
    { state: true, operations: ['getUserDetails'], parameters: [['getUserDetails', 'dateFormat']] },
    async () => {
      const name = await aListedUser();
      expectRefused(
        await call('getUserDetails', { path: { userName: name }, query: { dateFormat: "yyyy 'open" } }),
        [400],
      );
    },
  );

  check(CHECK.detailsAndProperty.neverSet, { operations: ['getUserProperty'] }, async () => {
    const name = await aListedUser();
    const r = await call('getUserProperty', {
      path: { userName: name, propertyKey: `contract.never.set.${Date.now()}` },
    });
    expectConforms(r);
    expectThat(r, r.status === 200 || r.status === 404, `expected 200 or 404, got ${r.status}`);
  });
});

// Operations the checked version does not have must not be served: when one answers, the server
// runs another version than the one checked.
const absentReads = readOperations.filter((op: OperationId) => presenceIn(target.version, operationTable[op]) === 'no');
if (absentReads.length > 0)
  describe(GROUP.version(target.version), () => {
    for (const op of absentReads) {
      const info = operationTable[op];
      check(CHECK.version.absent(op, target.version), {}, async () => {
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
