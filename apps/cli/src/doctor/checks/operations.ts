// The operations check: which of the spec's operations the version has (from x-since, via api-types).
import { isExtenderVersion, LATEST, operationIds, operationTable, presenceIn } from '@extender-users/api-types';
import type { CheckResult } from '../check-result.js';

export function operationsCheck(version: string | undefined): CheckResult {
  if (version === undefined) return { check: 'operations', verdict: 'skip', message: 'not known without the version' };
  if (!isExtenderVersion(version))
    return {
      check: 'operations',
      verdict: 'info',
      message: `version '${version}' is not a release number: which of the ${operationIds.length} operations it has is unknown`,
    };
  const by = { yes: [] as string[], no: [] as string[], unknown: [] as string[] };
  for (const id of operationIds) {
    const info = operationTable[id];
    const presence = presenceIn(version, info);
    by[presence].push(
      presence === 'no'
        ? `${id} (${info.since === 'unknown' ? `after ${'sinceAfter' in info ? info.sinceAfter : '?'}` : `since ${info.since}`})`
        : presence === 'unknown'
          ? `${id} (added after ${'sinceAfter' in info ? info.sinceAfter : '?'}, in a version not known)`
          : id,
    );
  }
  const name = version === LATEST ? 'the latest version' : version;
  const parts = [`${name} has ${by.yes.length} of the ${operationIds.length} operations`];
  if (by.no.length) parts.push(`not: ${by.no.join(', ')}`);
  if (by.unknown.length) parts.push(`unknown: ${by.unknown.join(', ')}`);
  return { check: 'operations', verdict: 'info', message: parts.join('; ') };
}
