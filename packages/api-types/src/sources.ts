// Where each promise and constraint of the description comes from (`x-source`, `x-keyword-sources`
// and `x-promises` in the spec: spec/extensions.md), as types and a lookup by JSON pointer. The
// tables themselves are generated (generated/sources.ts).
import { sourceTable } from './generated/sources.js';
import type { promiseTable } from './generated/sources.js';
import type { OperationId } from './operation-types.js';

/**
 * Who stands behind a promise: the vendor's page, Confluence itself, what was seen in the field, a
 * security rule we hold every server to, or our assumption where the vendor is silent.
 */
export type SourceKind = 'vendor' | 'platform' | 'observed' | 'security' | 'assumption';

/** One `x-source`. */
export interface Source {
  readonly kind: SourceKind;
  /** For `vendor`: the version of the page that states it (`2.13.0`), or `latest` for the current page. */
  readonly since?: string;
  /** Where it is said (page section, field-evidence entry, Confluence behaviour), or where we explain it. */
  readonly ref: string;
  /** For `assumption`: what we assume and why. */
  readonly note?: string;
}

/** One behaviour an operation promises (an `x-promises` entry). */
export interface PromiseInfo {
  readonly says: string;
  /** Only for these Extender versions (a semver range, or `latest`); every version when absent. */
  readonly versions?: string;
  readonly source: Source;
  /** `api`: a promise of every operation (the document's own `x-promises`); `operation`: of this one. */
  readonly scope: 'api' | 'operation';
}

/** The ids of the promises of an operation, checked by the compiler: `PromiseOf<'getUsers'>`. */
export type PromiseOf<Op extends OperationId> = keyof (typeof promiseTable)[Op] & string;

/** Whether a broken promise of this kind fails a server (vendor, platform, observed, security) or differs from us. */
export function isPromise(source: Source): boolean {
  return source.kind !== 'assumption';
}

/**
 * The source that governs a JSON pointer of the bundled description (`#/components/schemas/UserKey/pattern`,
 * or without `#`): the pointer's own, else its nearest ancestor's. A keyword with its own entry in
 * `x-keyword-sources` is its own node. `undefined` outside any sourced node.
 */
export function sourceAt(pointer: string): Source | undefined {
  let at = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  const table: Readonly<Record<string, Source>> = sourceTable;
  for (;;) {
    const found = table[at];
    if (found) return found;
    if (at === '') return undefined;
    at = at.slice(0, Math.max(0, at.lastIndexOf('/')));
  }
}
