import { operationTable } from './generated/operations.js';
import type { OperationId } from './operation-types.js';

/** Every operationId of the spec, in the spec's order. */
export const operationIds = Object.keys(operationTable) as OperationId[];
