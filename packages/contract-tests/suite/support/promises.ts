// Where each expectation of the suite comes from (issue 20): the vendor's page, Confluence's
// platform, what real instances were seen to do, a security rule, or our own assumption where the
// vendor is silent. The spec says it (`x-source`, `x-keyword-sources`, `x-promises`), and
// @extender-users/api-types generates the tables; the verdict of a check follows the source's kind
// (verdicts.ts).
import { promiseTable, type OperationId, type PromiseInfo, type PromiseOf } from '@extender-users/api-types';

export { isPromise, sourceAt, type Source, type SourceKind } from '@extender-users/api-types';

/** One promise of an operation, by its id (checked by the compiler). */
export function promiseOf<Op extends OperationId>(operationId: Op, id: PromiseOf<Op>): PromiseInfo {
  return (promiseTable[operationId] as Record<string, PromiseInfo>)[id]!;
}
