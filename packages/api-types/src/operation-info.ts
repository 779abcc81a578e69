// What the operation table says of each operation (see generated/operations.ts).

export interface ParameterInfo {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  /** The Extender version the parameter appeared in (`x-since`), or `unknown`. */
  readonly since: string;
  /** With `since: 'unknown'`: the last version known not to have it (`x-since-after`). */
  readonly sinceAfter?: string;
}

export interface OperationInfo {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  /** The Extender version the operation appeared in (`x-since`), or `unknown`. */
  readonly since: string;
  /** With `since: 'unknown'`: the last version known not to have it (`x-since-after`). */
  readonly sinceAfter?: string;
  readonly parameters: readonly ParameterInfo[];
  /** The request body's content types, if it takes a body. */
  readonly requestContentTypes: readonly string[];
  /** Every status the spec documents for it. */
  readonly statuses: readonly number[];
  /** Behaviour that differs by version (`x-version-behaviour`). */
  readonly behaviours: readonly VersionBehaviour[];
}

/**
 * What a 404 means for an operation (NOT_FOUND_MEANING): `true` a documented 404, the named user
 * (or property) does not exist; `false` none documented, the resource is not there at all; a
 * version: the operation came after it (`x-since-after`) and that version and older answer 404 for
 * it; `{ after }`: both at once (a newer operation that also documents the user-not-found 404).
 */
export type NotFoundMeaning = boolean | string | { readonly after: string };

/** One entry of `x-version-behaviour`: for `versions` (a semver range or `latest`), `aspect` is `value`. */
export interface VersionBehaviour {
  readonly aspect: string;
  readonly versions: string;
  readonly value: string;
}
