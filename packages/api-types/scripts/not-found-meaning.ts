// What a 404 means for an operation, from its spec: generated into NOT_FOUND_MEANING.
import type { OperationObject } from '@extender-users/spec';
import type { NotFoundMeaning } from '../src/operation-info.js';

/** The shared response of a user (or property) that does not exist. */
const RESOURCE_NOT_FOUND = '#/components/responses/NotFound';

/** What a 404 means for the operation (see NotFoundMeaning); a 404 it writes inline itself means the operation is missing. */
export function notFoundMeaning(operation: OperationObject): NotFoundMeaning {
  const notFound = operation.responses['404'];
  const after = operation['x-since-after'];
  if (typeof after === 'string') return notFound?.$ref === RESOURCE_NOT_FOUND ? { after } : after;
  return notFound !== undefined;
}
