// The model-based check (issue 20, point 3): fast-check generates sequences of operations on
// disposable users of the suite's own, runs them against the server and compares every answer and
// every read-back with the model of what the description says. A broken promise fails, shrunk to
// the shortest sequence that still breaks it, with the seed that replays it (--seed); a server
// that differs from one of our assumptions is listed, not failed. Every request counts against a
// budget suited to a production instance: at most 240 for the generated sequences and 300 in all
// (shrinking a failure included), besides one delete per name it created, at the end of the run.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { DIFFERS } from '../../src/verdict-kinds.js';
import { setCurrentCheck } from '../support/every-answer.js';
import { leftOutBecause, type Needs } from '../support/declare-check.js';
import { target } from '../support/settings.js';
import { deleteCreatedUsers } from '../support/users.js';
import { behaviourOf, operationMissing } from '../support/version.js';
import { sequences } from './arbitraries.js';
import { Judge, PromiseBroken } from './judge.js';
import type { ListingFacts } from './listing.js';
import { Model } from './model.js';
import { Budget, Server } from './server.js';
import { CHECK, GROUP } from '../support/sentences.js';

afterAll(deleteCreatedUsers);

/** The model's budget of requests: for the generated sequences, and in all with shrinking. */
export const MODEL_BUDGET = { sequences: 240, total: 300 } as const;
const MAX_COMMANDS = 15;
const NUM_RUNS = 200;

const needs: Needs = {
  writes: true,
  state: true,
  operations: [
    'addUser',
    'getUserDetails',
    'changeUserDetails',
    'renameUser',
    'deleteUser',
    'activateUser',
    'deactivateUser',
    'getUserProperty',
    'setUserProperty',
    'getUsers',
  ],
  parameters: [
    ['getUsers', 'showBasicDetails'],
    ['getUsers', 'showExtendedDetails'],
    ['getUserDetails', 'dateFormat'],
  ],
  fields: [['UserDetails', 'hasAccessToUseConfluence']],
};

const NAME = CHECK.model.sequences;

describe(GROUP.model, () => {
  // Not `check`: the run may take longer than one check's minute on a slow instance (300 requests).
  it(NAME, { timeout: 900_000 }, async (context) => {
    setCurrentCheck(context.task.fullTestName ?? NAME);
    const reason = await leftOutBecause(needs);
    if (reason) context.skip(reason);
    const seed = target.seed ?? Math.floor(Math.random() * 0x7fffffff);
    const notes = new Set<string>();
    const facts: ListingFacts = {
      accessListing: (await operationMissing('getUsersWithConfluenceAccess')) === undefined,
      getUsersLists: behaviourOf('getUsers', 'listedUsers'),
      note: (text) => void notes.add(text),
    };
    const judge = new Judge(target.strict);
    const budget = new Budget(MODEL_BUDGET.sequences, MODEL_BUDGET.total);
    const server = new Server(judge, budget);
    const token = Math.random().toString(36).slice(2, 6);
    let sequencesRun = 0;
    const property = fc.asyncProperty(sequences(token, facts, MAX_COMMANDS), async ([adds, commands]) => {
      const model = new Model();
      sequencesRun++;
      try {
        for (const add of adds) await add.run(model, server);
        await fc.asyncModelRun(() => ({ model, real: server }), commands);
      } catch (error) {
        // fast-check now shrinks the failure: what is left of the budget is for that.
        budget.shrinking = true;
        throw error;
      }
      // The sequence's users stay until the end of the run (deleteCreatedUsers): later sequences
      // judge only their own, and the deletes are not spent from the budget.
    });
    const result = await fc.check(property, { seed, numRuns: NUM_RUNS });
    for (const d of judge.differences.values())
      await context.annotate(
        `${d.operationId}: ${d.detail} — our assumption '${d.promise}': ${d.source.note ?? d.source.ref} (${d.source.ref})`,
        DIFFERS,
      );
    for (const note of notes) await context.annotate(note, 'notice');
    await context.annotate(
      `${budget.used} requests, ${server.commandsRun} commands in ${sequencesRun} sequences (budget ${MODEL_BUDGET.sequences}, ${MODEL_BUDGET.total} with shrinking), seed ${seed}`,
      'notice',
    );
    if (result.failed) {
      const error = result.errorInstance;
      const what = error instanceof PromiseBroken ? error.message : `the model run failed: ${String(error)}`;
      const [adds, commands] = result.counterexample?.[0] ?? [[], undefined];
      const shortest = [...adds.map(String), String(commands ?? '')].filter(Boolean).join(',');
      throw new Error(
        `${what} (seed ${seed})\n` +
          `  shortest sequence (after ${result.numShrinks} shrinks): ${shortest}\n` +
          `  replay: npm run contract -- … --seed ${seed} --checks '^model'`,
      );
    }
  });
});
