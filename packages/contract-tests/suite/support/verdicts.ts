// The three verdicts of issue 20. A promise of the vendor, of the platform, of observed practice
// taken as required, or of security that is not kept: broken (the check fails, exit 1). Our own
// assumption where the vendor is silent, not met: "differs from our assumption", listed with the
// assumption and its source (exit 0). What the description does not know (a field, a header, a
// status): "undocumented", listed with the operation and where it was seen (exit 0). `--strict`
// makes every expectation a failure. The listed verdicts travel to the summary and the JUnit report
// as vitest annotations of the check, of the types below.
import type { TestContext } from 'vitest';
import { DIFFERS, UNDOCUMENTED } from '../../src/verdict-kinds.js';
import { ContractViolation } from './expectations.js';
import type { Reply } from './operations.js';
import { isPromise, type Source } from './promises.js';
import { target } from './settings.js';

/** The assumption and its source, as the summary lists them. */
export const describeAssumption = (source: Source): string =>
  `our assumption: ${source.note ?? source.ref} (${source.ref})`;

/**
 * Records expectations of `source` that the server does not meet, described in `what` (each begins
 * `operationId status: ` as every failure does). Fails the check when the source is a promise, or
 * under --strict; otherwise lists them.
 */
export async function judgeExpectations(context: TestContext, source: Source, what: string[]): Promise<string[]> {
  if (what.length === 0) return [];
  if (isPromise(source) || target.strict) return what;
  for (const line of what) await context.annotate(`${line} — ${describeAssumption(source)}`, DIFFERS);
  return [];
}

/**
 * Lists what the description does not know (each line begins `operationId status: `): the
 * "undocumented" verdict; under --strict, returns the lines for the check to fail with instead.
 */
export async function listUndocumented(context: TestContext, lines: string[]): Promise<string[]> {
  if (target.strict) return lines;
  for (const line of lines) await context.annotate(line, UNDOCUMENTED);
  return [];
}

/**
 * Like expectThat, for an expectation with a source: when `condition` does not hold, a promise
 * fails the check (as does anything under --strict), an assumption is listed as differing.
 */
export async function expectAs(
  context: TestContext,
  source: Source,
  reply: Reply,
  condition: boolean,
  what: string,
): Promise<void> {
  if (condition) return;
  const line = `${reply.operationId} ${reply.status}: ${what}`;
  if ((await judgeExpectations(context, source, [line])).length > 0) throw new ContractViolation(line);
}
