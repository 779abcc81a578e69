// Which Extender version the target runs: Confluence's plugin manager tells administrators
// (`GET {base}/rest/plugins/1.0/{pluginKey}-key` → `{ key, name, version, enabled }`).
import { EXTENDER_PLUGIN_KEY, isExtenderVersion } from '@extender-users/api-types';
import type { Credentials } from './settings.js';

/** Confluence's plugin manager resource for the app (its key from the spec, via api-types). */
export const PLUGIN_RESOURCE = `/rest/plugins/1.0/${EXTENDER_PLUGIN_KEY}-key`;

/** The version could not be found; the message says why and what to do. */
export class VersionNotFound extends Error {
  override readonly name = 'VersionNotFound';
}

export interface InstalledExtender {
  version: string;
  enabled: boolean;
}

function authorization(auth: Credentials): string {
  return 'token' in auth
    ? `Bearer ${auth.token}`
    : `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
}

const GIVE_IT = 'give the version with --extender-version X.Y.Z';

/** Asks the plugin manager which Extender version is installed, and whether it is enabled. */
export async function askPluginManager(
  baseUrl: string,
  auth: Credentials,
  timeoutMs = 30_000,
): Promise<InstalledExtender> {
  const url = `${baseUrl}${PLUGIN_RESOURCE}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: authorization(auth), accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new VersionNotFound(
      `cannot reach ${baseUrl} to ask the plugin manager for the Extender version: ${(error as Error).message}`,
    );
  }
  const text = await response.text();
  if (response.status === 401)
    throw new VersionNotFound(`the plugin manager refused the credentials (401): check them, or ${GIVE_IT}`);
  if (response.status === 403)
    throw new VersionNotFound(
      `the plugin manager answers only administrators (403): use an administrator, or ${GIVE_IT}`,
    );
  if (response.status === 404)
    throw new VersionNotFound(
      `the plugin manager does not know ${EXTENDER_PLUGIN_KEY} (404): is Extender installed, and is this Confluence? Otherwise ${GIVE_IT}`,
    );
  if (!response.ok) throw new VersionNotFound(`the plugin manager answered ${response.status}; ${GIVE_IT}`);
  let body: { version?: unknown; enabled?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new VersionNotFound(
      `the plugin manager's answer is not JSON: does ${baseUrl} look like Confluence? Otherwise ${GIVE_IT}`,
    );
  }
  if (typeof body.version !== 'string' || !isExtenderVersion(body.version)) {
    throw new VersionNotFound(
      `the plugin manager reports version ${JSON.stringify(body.version)}, which is not X.Y.Z; ${GIVE_IT}`,
    );
  }
  return { version: body.version, enabled: body.enabled !== false };
}
