// Conformance of every answer of the run, errors included: run last, these checks report what
// answers.ts found in all the answers the other checks received (setup and helper requests too),
// naming the operation, the status and the check that received each.
import { describe } from 'vitest';
import { answersJudged, undocumentedSeen, violationsOf, type Rule } from '../support/answers.js';
import { ContractViolation } from '../support/check.js';
import { check } from '../support/checks.js';
import { listUndocumented } from '../support/verdicts.js';

const SHOWN = 3;

const RULES: [Rule, string][] = [
  ['status', 'every answer has a status its operation documents'],
  ['contentType', 'every answer has a content type its status documents'],
  ['body', "every answer's body fits the schema of its status"],
  ['headers', 'every answer carries the headers its status requires, each fitting its schema'],
  ['secrets', 'no answer carries a password or a password hash'],
];

describe('every answer of the run', () => {
  for (const [rule, name] of RULES) {
    check(name, {}, async () => {
      if (answersJudged() === 0) throw new ContractViolation('no answer was judged: the checks before sent nothing');
      const found = violationsOf(rule);
      if (found.length === 0) return;
      const first = found.slice(0, SHOWN).map((v) => `${v.what} (in "${v.check}")`);
      const more = found.length > SHOWN ? `; and ${found.length - SHOWN} more` : '';
      throw new ContractViolation(`${first.join('; ')}${more}`);
    });
  }

  // Not a promise: the description closes these objects by our assumption (undocumented.ts).
  check(
    'every field of every answer is one the description knows, else it is listed as undocumented',
    {},
    async (context) => {
      const lines = undocumentedSeen().map(
        (u) =>
          `${u.what} is not in the description (in ${u.answers} answer${u.answers === 1 ? '' : 's'}, first in "${u.check}")`,
      );
      const failing = await listUndocumented(context, lines);
      if (failing.length > 0) {
        const more = failing.length > SHOWN ? `; and ${failing.length - SHOWN} more` : '';
        throw new ContractViolation(`${failing.slice(0, SHOWN).join('; ')}${more} (--strict)`);
      }
    },
  );
});
