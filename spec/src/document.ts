// Walking the bundled document: operations, resolved `$ref`s.
import { httpMethods, type LocatedOperation, type OpenApiDocument } from './types.js';

/** Resolves a local `$ref` (`#/components/...`) to the object it points at. */
export function resolveRef<T>(doc: OpenApiDocument, value: T | { $ref: string }): T {
  let current: unknown = value;
  for (let depth = 0; depth < 20; depth++) {
    if (!current || typeof current !== 'object' || !('$ref' in current)) return current as T;
    const ref = (current as { $ref: string }).$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
    if (current === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  throw new Error('Too deep a $ref chain');
}

/** Every operation of the document, in document order. */
export function listOperations(doc: OpenApiDocument): LocatedOperation[] {
  const operations: LocatedOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of httpMethods) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(doc, p));
      operations.push({ path, method, operation, parameters });
    }
  }
  return operations;
}

/** The operation with this operationId; throws when there is none. */
export function findOperation(doc: OpenApiDocument, operationId: string): LocatedOperation {
  const found = listOperations(doc).find((o) => o.operation.operationId === operationId);
  if (!found) throw new Error(`No operation ${operationId} in the spec`);
  return found;
}
