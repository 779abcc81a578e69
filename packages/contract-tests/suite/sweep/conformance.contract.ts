// Conformance of every answer of the run, errors included: run last, these checks report what
// every-answer.ts found in all the answers the other checks received (setup and helper requests too),
// naming the operation, the status and the check that received each. What breaks a promise fails;
// what differs from our assumptions and what the description does not know (fields, statuses,
// headers) is listed, and fails only with --strict.
import { describe, type TestContext } from 'vitest';
import {
  answersJudged,
  assumptionsUnmet,
  undocumentedHeaders,
  undocumentedSeen,
  undocumentedStatuses,
  violationsOf,
  type Rule,
  type Undocumented,
} from '../support/every-answer.js';
import { ContractViolation } from '../support/expectations.js';
import { check } from '../support/declare-check.js';
import { CHECK, GROUP } from '../support/sentences.js';
import { judgeExpectations, listUndocumented } from '../support/verdicts.js';

const SHOWN = 3;

const RULES: [Rule, string][] = [
  ['status', CHECK.sweep.status],
  ['contentType', CHECK.sweep.contentType],
  ['body', CHECK.sweep.body],
  ['headers', CHECK.sweep.headers],
  ['secrets', CHECK.sweep.secrets],
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line per sighting: what, how often, and where first. */
const sightings = (found: Undocumented[], suffix = '') =>
  found.map(
    (u) =>
      `${u.what}${suffix} (in ${plural(u.answers, 'answer')}, first${u.request ? ` ${u.request}` : ''} in "${u.check}")`,
  );

/** Fails with the first few lines (--strict, or a promise). */
function failWith(lines: string[], why = ''): void {
  if (lines.length === 0) return;
  const more = lines.length > SHOWN ? `; and ${lines.length - SHOWN} more` : '';
  throw new ContractViolation(`${lines.slice(0, SHOWN).join('; ')}${more}${why}`);
}

/** What the run saw besides the rule's violations, listed (undocumented, or differing from our assumptions). */
const LISTED: Partial<Record<Rule, (context: TestContext) => Promise<string[]>>> = {
  status: (context) => listUndocumented(context, sightings(undocumentedStatuses())),
  body: async (context) => {
    const failing: string[] = [];
    for (const a of assumptionsUnmet())
      failing.push(
        ...(await judgeExpectations(context, a.source, [
          `${a.what} (in ${plural(a.answers, 'answer')}, first in "${a.check}")`,
        ])),
      );
    return failing;
  },
};

describe(GROUP.sweep, () => {
  for (const [rule, name] of RULES) {
    check(name, {}, async (context) => {
      if (answersJudged() === 0) throw new ContractViolation('no answer was judged: the checks before sent nothing');
      failWith(violationsOf(rule).map((v) => `${v.what} (in "${v.check}")`));
      failWith((await LISTED[rule]?.(context)) ?? [], ' (--strict)');
    });
  }

  // Not a promise: the description closes these objects by our assumption (undocumented.ts).
  check(CHECK.sweep.fields, {}, async (context) => {
    failWith(
      await listUndocumented(context, sightings(undocumentedSeen(), ' is not in the description')),
      ' (--strict)',
    );
  });

  // Headers of HTTP itself (every-answer.ts, EVERY_SERVER_SENDS) are not listed.
  check(CHECK.sweep.headerNames, {}, async (context) => {
    failWith(
      await listUndocumented(context, sightings(undocumentedHeaders(), ' is not in the description')),
      ' (--strict)',
    );
  });
});
