// Before Extender 2.13.0 addUser requires a password (the spec's x-version-behaviour
// `passwordRequired`); such a server answers a user without one with a bare 400. The hint says
// what to do, for the version the plugin manager names when it can be read, else from the 400.
import { behaviourIn, EXTENDER_PLUGIN_KEY, isExtenderVersion, operationTable } from '@extender-users/api-types';
import { BadRequestError, type ExtenderUsersClient } from '@extender-users/client';

type LooseGet = (path: string, init: { signal?: AbortSignal }) => Promise<{ data?: unknown; response: Response }>;

/** The Extender version Confluence's plugin manager names (administrators only), or undefined. */
export async function extenderVersion(client: ExtenderUsersClient, signal?: AbortSignal): Promise<string | undefined> {
  try {
    // client.raw is typed for the API's paths; this one is Confluence's own.
    const { data, response } = await (client.raw.GET as unknown as LooseGet)(
      `/rest/plugins/1.0/${EXTENDER_PLUGIN_KEY}-key`,
      signal ? { signal } : {},
    );
    const version =
      response.ok && data && typeof data === 'object' ? (data as { version?: unknown }).version : undefined;
    return typeof version === 'string' && isExtenderVersion(version) ? version : undefined;
  } catch {
    return undefined;
  }
}

const { behaviours } = operationTable.addUser;
/** The versions that require it, as the spec gives them (e.g. `<2.13.0`). */
const REQUIRED_IN = behaviours.find((b) => b.aspect === 'passwordRequired' && b.value === 'required')?.versions;

/**
 * For a 400 of addUser sent without a password: ` (Extender 2.8.0 requires a password for a new
 * user: <todo>)`, or the same for the versions that require one when the version is not known and
 * the server's message is about the password; '' otherwise. `version` is asked for only when needed.
 */
export async function missingPasswordHint(
  error: unknown,
  version: () => Promise<string | undefined>,
  todo: string,
): Promise<string> {
  if (!(error instanceof BadRequestError)) return '';
  const known = await version();
  const behaviour = known === undefined ? undefined : behaviourIn(known, behaviours, 'passwordRequired');
  if (behaviour === 'required') return ` (Extender ${known} requires a password for a new user: ${todo})`;
  if (behaviour === undefined && /password/i.test(error.serverMessage ?? '') && REQUIRED_IN)
    return ` (Extender versions ${REQUIRED_IN} require a password for a new user: ${todo})`;
  return '';
}
