// What a 404 means for an operation, from its spec: generated into NOT_FOUND_MEANING.
import type { OperationObject } from '@extender-users/spec';

/** The shared response of a user (or property) that does not exist. */
const RESOURCE_NOT_FOUND = '#/components/responses/NotFound';

export type NotFoundMeaning = boolean | string | { readonly after: string };

/**
 * `true`: a documented 404, the named user (or property) does not exist. `false`: none documented,
 * so a 404 means the resource is not there at all. A version: the operation came after it
 * (`x-since-after`) and its 404 says so: that version and older answer 404 for it. `{ after }`:
 * both at once (an operation after a version that also documents the user-not-found 404): a 404
 * alone cannot tell which.
 */
export function notFoundMeaning(operation: OperationObject): NotFoundMeaning {
  const notFound = operation.responses['404'];
  const after = operation['x-since-after'];
  if (typeof after === 'string') return notFound?.$ref === RESOURCE_NOT_FOUND ? { after } : after;
  return notFound !== undefined;
}
