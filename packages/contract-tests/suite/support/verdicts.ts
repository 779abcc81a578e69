// The three verdicts of issue 20. A promise of the vendor, of the platform, of observed practice
// taken as required, or of security that is not kept: broken (the check fails, exit 1). Our own
// assumption where the vendor is silent, not met: "differs from our assumption", listed with the
// assumption and its source (exit 0). What the description does not know (a field, a header, a
// status): "undocumented", listed with the operation and where it was seen (exit 0). `--strict`
// makes every expectation a failure. The listed verdicts travel to the summary and the JUnit report
// as vitest annotations of the check, of the types below.
import type { TestContext } from 'vitest';
import { DIFFERS } from '../../src/verdict-kinds.js';
import type { Source } from './promises.js';
import { target } from './settings.js';

/** A source whose broken expectation fails the check (everything but our own assumptions). */
export const isPromise = (source: Source | undefined): boolean => source?.kind !== 'assumption';

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
