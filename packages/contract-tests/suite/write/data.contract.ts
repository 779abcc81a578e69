// Negative and positive data from the spec, in the manner of Schemathesis' negative_data_rejection
// and positive_data_acceptance: for every constrained parameter and body field of every operation
// (support/boundaries.ts), a value just outside the constraint is refused with a documented 4xx
// (or answered as the spec's documented alternative: a maxResults above the maximum may be
// capped), and a value just inside is accepted. Each case changes one value of the operation's
// sample request; the answers fit the spec.
import { afterAll, describe, type TestContext } from 'vitest';
import { operationIds, operationTable, type OperationId } from '@extender-users/api-types';
import {
  applyCase,
  dataCases,
  describeCase,
  documentedAlternative,
  sourceOfCase,
  statusSource,
  type DataCase,
} from '../support/boundaries.js';
import { sampleOn, subject } from '../support/causes.js';
import { expectConforms, expectThat } from '../support/expectations.js';
import { check, type Needs } from '../support/declare-check.js';
import { callUnchecked, type Reply, type UncheckedArgs } from '../support/operations.js';
import { isPromise, type Source } from '../support/promises.js';
import { samples } from '../support/samples.js';
import { CHECK, GROUP } from '../support/sentences.js';
import { target } from '../support/settings.js';
import { deleteCreatedUsers, remember } from '../support/users.js';
import { judgeExpectations } from '../support/verdicts.js';

afterAll(deleteCreatedUsers);

const needsOf = (op: OperationId): Needs => ({
  operations: [op],
  ...(operationTable[op].method === 'GET' ? {} : { writes: true }),
});

/** Sends one case; returns what is wrong with the answer, if anything. */
async function judge(
  op: OperationId,
  sample: UncheckedArgs,
  c: DataCase,
  kind: 'negative' | 'positive',
): Promise<Judged> {
  const args = applyCase(sample, c);
  const name = (args.json as { name?: unknown } | undefined)?.name;
  if (operationTable[op].method !== 'GET' && typeof name === 'string') remember(name);
  const reply = await callUnchecked(op, args);
  const alternative = kind === 'negative' ? documentedAlternative(c, reply) : undefined;
  if (!c.accept.includes(reply.status) && alternative === undefined) {
    const expected =
      kind === 'negative' ? `refused with ${c.accept.join(' or ')}` : `accepted (${c.accept.join(' or ')})`;
    return {
      reply,
      source: verdictSource(op, c, kind, reply.status),
      wrong: `${describeCase(c)} was answered ${reply.status}, expected to be ${expected}`,
    };
  }
  try {
    expectConforms(reply);
  } catch (error) {
    return { reply, wrong: `${describeCase(c)}: ${(error as Error).message}` };
  }
  return { reply };
}

/**
 * What a case answered otherwise is judged by: the constraint's source (the keyword's in the spec);
 * for a value refused with another 4xx than the one documented, also that status's source (the
 * 400 itself is our assumption), the weaker of the two. A 5xx is never right: no source, broken.
 */
function verdictSource(op: OperationId, c: DataCase, kind: 'negative' | 'positive', status: number) {
  if (status >= 500) return undefined;
  const constraint = sourceOfCase(c);
  if (kind === 'positive' || status < 400 || c.accept.length === 0) return constraint;
  const refusal = statusSource(op, c.accept[0]!);
  return [constraint, refusal].find((source) => source !== undefined && !isPromise(source)) ?? constraint;
}

interface Judged {
  reply: Reply;
  wrong?: string;
  /** The source of the constraint judged, when the suite knows it (promises.ts). */
  source?: Source;
}

/**
 * Fails with every case answered wrongly, named by the first wrong answer's operation and status;
 * a case that only differs from our assumption is listed instead (a failure with --strict).
 */
async function expectAllRight(context: TestContext, results: Judged[]): Promise<void> {
  const wrong: Judged[] = [];
  for (const r of results) {
    if (r.wrong === undefined) continue;
    const kept = r.source
      ? await judgeExpectations(context, r.source, [`${r.reply.operationId} ${r.reply.status}: ${r.wrong}`])
      : [r.wrong];
    if (kept.length > 0) wrong.push(r);
  }
  if (wrong.length > 0)
    expectThat(wrong[0]!.reply, false, `${wrong.length} of ${results.length}: ${wrong.map((w) => w.wrong).join('; ')}`);
}

describe(GROUP.data, () => {
  for (const op of operationIds) {
    check(CHECK.data.outside(op), needsOf(op), async (context) => {
      let sample = sampleOn(op, await subject(op));
      const results = [];
      const count = dataCases(op, 'negative', sample).length;
      for (let i = 0; i < count; i++) {
        const c = dataCases(op, 'negative', sample)[i]!;
        if (c.notOnMock && target.kind === 'prism') continue;
        // Your Confluence does not get values that would create groups if it wrongly took them.
        if (c.createsOthers && target.kind !== 'sandbox') continue;
        const judged = await judge(op, sample, c, 'negative');
        results.push(judged);
        // A write carried out (an unknown field ignored) may have used its user up (a rename, a
        // delete): the next cases go to a fresh one, each value made from its own sample.
        if (operationTable[op].method !== 'GET' && judged.reply.status < 300) sample = sampleOn(op, await subject(op));
      }
      await expectAllRight(context, results);
    });

    check(CHECK.data.inside(op), needsOf(op), async (context) => {
      const results = [];
      if (operationTable[op].method === 'GET') {
        const sample = sampleOn(op, await subject(op));
        for (const c of dataCases(op, 'positive', sample)) results.push(await judge(op, sample, c, 'positive'));
      } else {
        // A write on a fresh user for each value (a rename or a delete uses its user up); the
        // cases come in the same order whatever the user, each value made from its own sample.
        const count = dataCases(op, 'positive', samples[op]('contract-placeholder-0000') as UncheckedArgs).length;
        for (let i = 0; i < count; i++) {
          const sample = sampleOn(op, await subject(op));
          results.push(await judge(op, sample, dataCases(op, 'positive', sample)[i]!, 'positive'));
        }
      }
      await expectAllRight(context, results);
    });
  }
});
