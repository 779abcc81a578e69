// Which Extender version has what: operations, parameters and fields by their x-since, behaviour
// by x-version-behaviour. A version is `X.Y.Z`, or `latest` for the vendor's current page.
// What was added after the last version we know, in a version not known, is present in `latest`,
// absent up to that version, and unknown for numbered versions after it (ask the server).
import compare from 'semver/functions/compare.js';
import satisfies from 'semver/functions/satisfies.js';
import valid from 'semver/functions/valid.js';
import { KNOWN_VERSIONS } from './generated/operations.js';
import type { VersionBehaviour } from './operation-info.js';

/** The vendor's current page, whose version number is not known. */
export const LATEST = 'latest';

/** The newest version the vendor's history names. */
export const LAST_KNOWN_VERSION: string = KNOWN_VERSIONS[KNOWN_VERSIONS.length - 1]!;

export type Presence = 'yes' | 'no' | 'unknown';

/** `X.Y.Z` or `latest`. */
export function isExtenderVersion(version: string): boolean {
  return version === LATEST || (valid(version) !== null && /^\d+\.\d+\.\d+$/.test(version));
}

/** Orders versions; `latest` comes after every number. */
export function compareVersions(a: string, b: string): number {
  if (a === b) return 0;
  if (a === LATEST) return 1;
  if (b === LATEST) return -1;
  return compare(a, b);
}

/** Whether `version` has an item of this `since` (`unknown` with `sinceAfter` for the unknown ones). */
export function presenceIn(version: string, item: { since: string; sinceAfter?: string }): Presence {
  if (version === LATEST) return 'yes';
  if (item.since === 'unknown')
    return item.sinceAfter !== undefined && compareVersions(version, item.sinceAfter) <= 0 ? 'no' : 'unknown';
  return compareVersions(version, item.since) >= 0 ? 'yes' : 'no';
}

/** The value of a behaviour `aspect` in `version`, or undefined when no entry covers it (unknown). */
export function behaviourIn(
  version: string,
  behaviours: readonly VersionBehaviour[],
  aspect: string,
): string | undefined {
  for (const b of behaviours) {
    if (b.aspect !== aspect) continue;
    if (b.versions === LATEST ? version === LATEST : version !== LATEST && satisfies(version, b.versions))
      return b.value;
  }
  return undefined;
}
