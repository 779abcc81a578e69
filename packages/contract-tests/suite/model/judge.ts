// Judges what the server did against the promises of the description, each by its id in the
// generated promise table: a broken promise of the vendor, of Confluence, of what was observed or
// of security fails (PromiseBroken, which fast-check then shrinks to the shortest sequence); a
// server that differs from one of our assumptions is recorded, not failed (unless --strict).
import {
  isPromise,
  promiseTable,
  type OperationId,
  type PromiseInfo,
  type PromiseOf,
  type Source,
} from '@extender-users/api-types';

const KIND_WORDS: Record<Source['kind'], string> = {
  vendor: "the vendor's",
  platform: "Confluence's",
  observed: 'an observed',
  security: 'a security',
  assumption: 'our assumed',
};

/** The source in a few words: `the vendor's (2.13.0)`, `Confluence's`. */
export const sourceWords = (source: Source): string =>
  `${KIND_WORDS[source.kind]} promise${source.since ? ` (${source.since === 'latest' ? 'current page' : source.since})` : ''}`;

/** A promise the server broke: the failure names the operation, the promise and its source. */
export class PromiseBroken extends Error {
  override name = 'PromiseBroken';
  constructor(
    readonly operationId: OperationId,
    readonly promise: string,
    readonly source: Source,
    readonly detail: string,
  ) {
    super(`${operationId} broke ${sourceWords(source)} '${promise}': ${detail}`);
  }
}

/** Where the server differs from one of our assumptions. */
export interface Difference {
  operationId: OperationId;
  promise: string;
  source: Source;
  detail: string;
}

export class Judge {
  /** One difference per operation and promise (the first seen). */
  readonly differences = new Map<string, Difference>();

  constructor(private readonly strict: boolean) {}

  /** The promise as the description states it. */
  static promise<K extends OperationId>(operationId: K, promise: PromiseOf<K>): PromiseInfo {
    return (promiseTable[operationId] as Readonly<Record<string, PromiseInfo>>)[promise]!;
  }

  /**
   * Whether the server kept the promise. A broken promise throws; a difference from our assumption
   * is recorded (thrown under --strict) and the caller carries on with what the server did.
   */
  expect<K extends OperationId>(operationId: K, promise: PromiseOf<K>, kept: boolean, detail: () => string): boolean {
    if (kept) return true;
    const { source } = Judge.promise(operationId, promise);
    if (isPromise(source) || this.strict) throw new PromiseBroken(operationId, promise, source, detail());
    const key = `${operationId}:${promise}`;
    if (!this.differences.has(key)) this.differences.set(key, { operationId, promise, source, detail: detail() });
    return false;
  }
}
