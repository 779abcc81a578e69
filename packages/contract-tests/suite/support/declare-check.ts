// Declares a check with what it needs. Every check is always registered; one that cannot run on
// this target or version is left out with the reason (vitest's `skip(note)`), which the summary
// groups, so a run always says what it did not check and why. Setup that writes is done inside
// the checks (see users.ts), so nothing is sent for a check that is left out.
import { it, type TestContext } from 'vitest';
import type { OperationId, Schemas } from '@extender-users/api-types';
import { INCONCLUSIVE } from '../../src/verdict-kinds.js';
import { setCurrentCheck } from './every-answer.js';
import { Inconclusive } from './expectations.js';
import { requestsSent } from './request-budget.js';
import { target } from './settings.js';
import { behaviourOf, fieldMissing, operationMissing, parameterMissing, type ParameterOf } from './version.js';

export const WRITES_OFF = 'writes are off (read-only is the default for --target url; --allow-writes runs them)';
export const STATELESS = 'Prism is a stateless mock: it answers from examples, remembers nothing and knows no users';
export const NO_NON_ADMIN = 'no non-administrator given (--non-admin-user)';

export interface Needs {
  /** It sends requests other than GET. */
  writes?: boolean;
  /** It needs a server that keeps state (not the mock). */
  state?: boolean;
  /** It needs an ordinary user's credentials. */
  nonAdmin?: boolean;
  /** Operations the version must have. */
  operations?: OperationId[];
  /** Parameters the version must have. */
  parameters?: ParameterOf<OperationId>[];
  /** Fields of named schemas the version must have. */
  fields?: [keyof Schemas, string][];
  /** A behaviour aspect of an operation that must be known for the version. */
  behaviour?: [OperationId, string];
}

/** Why the check cannot run here, or undefined when it can. */
export async function leftOutBecause(needs: Needs): Promise<string | undefined> {
  if (needs.writes && !target.writes) return WRITES_OFF;
  if (needs.state && !target.stateful) return STATELESS;
  // The mock has no users, so no ordinary one; on a real instance one has to be given.
  if (needs.nonAdmin && !target.nonAdmin) return target.stateful ? NO_NON_ADMIN : STATELESS;
  for (const operationId of needs.operations ?? []) {
    const missing = await operationMissing(operationId);
    if (missing) return missing;
  }
  for (const parameter of needs.parameters ?? []) {
    const missing = parameterMissing(parameter);
    if (missing) return missing;
  }
  for (const [schema, field] of needs.fields ?? []) {
    const missing = fieldMissing(schema, field);
    if (missing) return missing;
  }
  if (needs.behaviour) {
    const [operationId, aspect] = needs.behaviour;
    if (behaviourOf(operationId, aspect) === undefined)
      return `how ${operationId} behaves on ${target.version} (${aspect}) is not known`;
  }
  return undefined;
}

/** A check: runs `body` when the target and the version have what it needs, else leaves it out with the reason. */
export function check(name: string, needs: Needs, body: (context: TestContext) => Promise<void>): void {
  it(name, async (context) => {
    setCurrentCheck(context.task.fullTestName ?? name);
    const reason = await leftOutBecause(needs);
    if (reason) context.skip(reason);
    try {
      await body(context);
    } catch (error) {
      if (error instanceof Inconclusive) context.skip(`${INCONCLUSIVE}: ${error.message}`);
      throw error;
    } finally {
      // For the summary: the requests sent so far (the last check's are the run's).
      context.task.meta.requests = requestsSent();
    }
  });
}
