// Every write operation, with a valid request on a fresh user of the suite's (addUser makes one),
// succeeds with its documented answer. Only users the suite creates are touched (`contract-`
// names, enforced in http.ts), and every user it may have created is deleted afterwards, even when
// a check fails. Without writes allowed, each check is left out and nothing is sent.
import { afterAll, describe } from 'vitest';
import { expectConforms, expectStatus } from '../support/expectations.js';
import { check } from '../support/declare-check.js';
import { ownName } from '../support/http.js';
import { callUnchecked, writeOperations, type UncheckedArgs } from '../support/operations.js';
import { samples } from '../support/samples.js';
import { addOwnedUser, deleteCreatedUsers, remember } from '../support/users.js';
import { CHECK, GROUP } from '../support/sentences.js';

afterAll(deleteCreatedUsers);

describe(GROUP.success, () => {
  for (const op of writeOperations) {
    check(CHECK.success.valid(op), { writes: true, operations: [op] }, async () => {
      // Each on a fresh user of its own (addUser makes one); a rename's new name is remembered too.
      const user = op === 'addUser' ? remember(ownName('ok')) : await addOwnedUser('ok');
      remember(`${user}-renamed`);
      const r = await callUnchecked(op, samples[op](user) as UncheckedArgs);
      expectStatus(r, 200);
      expectConforms(r);
    });
  }
});
