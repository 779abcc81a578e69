// Identity rules the spec states: user names are compared without regard to case wherever a name
// is looked up, created or renamed. (A name taken in other case is refused by addUser and
// renameUser: the 409 checks of refusals.contract.ts.)
import { afterAll, describe } from 'vitest';
import { expectConforms, expectStatus, expectThat, Inconclusive } from '../support/expectations.js';
import { check } from '../support/declare-check.js';
import { otherCase, ownName } from '../support/http.js';
import { steadyWalk } from '../support/listing.js';
import { call, callUnchecked, listingOperations, oneUserOperations } from '../support/operations.js';
import { promiseOf } from '../support/promises.js';
import { SAMPLE_PROPERTY_KEY, samples } from '../support/samples.js';
import { CHECK, GROUP } from '../support/sentences.js';
import { addOwnedUser, deleteCreatedUsers, remember } from '../support/users.js';
import { expectAs } from '../support/verdicts.js';

afterAll(deleteCreatedUsers);

const writes = { writes: true, state: true };

describe(GROUP.names, () => {
  check(CHECK.names.detailsInOtherCase, { state: true, operations: ['getUserDetails'] }, async (context) => {
    const page = expectStatus(await call('getUsers', { query: { maxResults: 50 } }), 200);
    const name = page.users.map((u) => u.name).find((n) => otherCase(n) !== n);
    if (name === undefined) return context.skip('no listed user name has letters to change the case of');
    const exactReply = await call('getUserDetails', { path: { userName: name } });
    // Listed a moment ago, gone now: someone else deleted the user meanwhile.
    if (exactReply.status === 404) throw new Inconclusive(`'${name}' was listed, then answered 404: deleted meanwhile`);
    const exact = expectStatus(exactReply, 200);
    const reply = await call('getUserDetails', { path: { userName: otherCase(name) } });
    const found = expectStatus(reply, 200);
    expectThat(
      reply,
      found.key === exact.key && found.name.toLowerCase() === name.toLowerCase(),
      `asked for '${otherCase(name)}', got '${found.name}' (key ${found.key}); '${name}' has key ${exact.key}`,
    );
  });

  for (const op of listingOperations) {
    check(CHECK.names.noTwins(op), { state: true, operations: [op] }, async () => {
      const { users, pages } = await steadyWalk(op);
      const seen = new Map<string, string>();
      for (const { name } of users) {
        const twin = seen.get(name.toLowerCase());
        expectThat(pages[0]!.reply, twin === undefined, `lists both '${twin}' and '${name}': one user to Confluence`);
        seen.set(name.toLowerCase(), name);
      }
    });

    check(CHECK.names.order(op), { ...writes, operations: [op] }, async (context) => {
      const stem = ownName('order');
      const [lower, upper] = [
        await addOwnedUser('order', { name: `${stem}-a` }),
        await addOwnedUser('order', { name: `${stem}-B` }),
      ];
      const { users, pages } = await steadyWalk(op);
      const at = (name: string) => users.findIndex((u) => u.name.toLowerCase() === name.toLowerCase());
      expectThat(
        pages[0]!.reply,
        at(lower) >= 0 && at(upper) >= 0,
        `does not list both new users '${lower}' and '${upper}'`,
      );
      // The order itself is our assumption (listing-order): another one differs, it breaks nothing.
      await expectAs(
        context,
        promiseOf(op, 'listing-order').source,
        pages[0]!.reply,
        at(lower) < at(upper),
        `lists '${users[at(upper)]!.name}' (position ${at(upper)}) before '${users[at(lower)]!.name}' (position ${at(lower)}): ordered with regard to case`,
      );
    });
  }

  for (const op of oneUserOperations) {
    check(
      CHECK.names.findsInOtherCase(op),
      { ...writes, operations: [op, ...(op === 'getUserProperty' ? (['setUserProperty'] as const) : [])] },
      async () => {
        const name = await addOwnedUser('case');
        if (op === 'getUserProperty')
          expectStatus(
            await call('setUserProperty', {
              path: { userName: name, propertyKey: SAMPLE_PROPERTY_KEY },
              json: { value: 'found in any case' },
            }),
            200,
          );
        const args = samples[op](otherCase(name));
        const renamed = (args as { json?: { name?: unknown } }).json?.name;
        if (typeof renamed === 'string') remember(renamed);
        const reply = await callUnchecked(op, args);
        expectStatus(reply, 200);
        expectConforms(reply);
      },
    );
  }

  check(CHECK.names.rename, { ...writes, operations: ['renameUser', 'getUserDetails'] }, async () => {
    const old = await addOwnedUser('rename');
    const renamed = remember(`${old}-new`);
    const key = expectStatus(await call('getUserDetails', { path: { userName: old } }), 200).key;
    expectStatus(await call('renameUser', { path: { userName: old }, json: { name: renamed } }), 200);
    const found = await call('getUserDetails', { path: { userName: otherCase(renamed) } });
    expectThat(
      found,
      found.status === 200 && (found.body as { key?: string }).key === key,
      `the new name in other case ('${otherCase(renamed)}') answers ${found.status}${found.status === 200 ? ` with another key` : ''}`,
    );
    const gone = await call('getUserDetails', { path: { userName: otherCase(old) } });
    expectThat(
      gone,
      gone.status === 404,
      `the old name in other case ('${otherCase(old)}') still answers ${gone.status}`,
    );
  });
});
