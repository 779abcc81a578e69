// What the checked Extender version has: operations and parameters by their x-since, fields by
// the spec as of that version, behaviour by x-version-behaviour. An operation whose presence is
// unknown (added after the last version we know, in a version not known) is asked of the
// server: a 404 for it means "not on this version".
import {
  behaviourIn,
  operationTable,
  presenceIn,
  type OperationId,
  type OperationInfo,
  type ParameterInfo,
  type PathParamsOf,
  type QueryOf,
  type Schemas,
} from '@extender-users/api-types';
import { spec } from './expectations.js';
import { callUnchecked, type UncheckedArgs } from './operations.js';
import { samples } from './samples.js';
import { target } from './settings.js';

export type ParameterOf<K extends OperationId> = { [P in K]: [P, keyof QueryOf<P> | keyof PathParamsOf<P>] }[K];

/** Why the version lacks the operation, or undefined when it has it. */
export async function operationMissing(operationId: OperationId): Promise<string | undefined> {
  const info: OperationInfo = operationTable[operationId];
  const presence = presenceIn(target.version, info);
  if (presence === 'yes') return undefined;
  if (presence === 'no')
    return `${operationId} is not in ${target.version} (${info.since === 'unknown' ? `it came after ${info.sinceAfter}` : `since ${info.since}`})`;
  return probe(operationId);
}

const probes = new Map<OperationId, Promise<string | undefined>>();

/** Asks the server whether it has an operation of unknown presence (reads only: a write is never sent to find out). */
function probe(operationId: OperationId): Promise<string | undefined> {
  const info: OperationInfo = operationTable[operationId];
  let answer = probes.get(operationId);
  if (!answer) {
    answer =
      info.method !== 'GET' || info.parameters.some((p) => p.in === 'path')
        ? Promise.resolve(
            `whether ${target.version} has ${operationId} is not known (it came after ${info.sinceAfter}), and the suite only asks the server with a read of no user`,
          )
        : callUnchecked(operationId, samples[operationId]('admin') as UncheckedArgs).then((reply) =>
            reply.status === 404
              ? `${operationId} is not on this ${target.version} (it answers 404; it came after ${info.sinceAfter})`
              : undefined,
          );
    probes.set(operationId, answer);
  }
  return answer;
}

/** Why the version lacks the parameter, or undefined when it has it. */
export function parameterMissing<K extends OperationId>([operationId, name]: ParameterOf<K>): string | undefined {
  const parameters: readonly ParameterInfo[] = operationTable[operationId].parameters;
  const parameter = parameters.find((p) => p.name === name);
  if (!parameter) return `${operationId} takes no parameter ${String(name)}`;
  const presence = presenceIn(target.version, parameter);
  if (presence === 'yes') return undefined;
  if (presence === 'no')
    return `${operationId}'s ${String(name)} is not in ${target.version} (${parameter.since === 'unknown' ? `it came after ${parameter.sinceAfter}` : `since ${parameter.since}`})`;
  return `whether ${target.version} has ${operationId}'s ${String(name)} is not known (it came after ${parameter.sinceAfter})`;
}

/** Why the version lacks the field of a named schema, or undefined when it has it. */
export function fieldMissing(schema: keyof Schemas, field: string): string | undefined {
  const properties = (spec.components.schemas?.[schema] as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return properties && field in properties ? undefined : `${schema}.${field} is not in ${target.version}`;
}

/** The value of a behaviour aspect of an operation in the checked version, or undefined when not known. */
export function behaviourOf(operationId: OperationId, aspect: string): string | undefined {
  return behaviourIn(target.version, operationTable[operationId].behaviours, aspect);
}
