// Which Extender version the target runs: Confluence's plugin manager tells administrators
// (`GET {base}/rest/plugins/1.0/{pluginKey}-key` → `{ key, name, version, enabled }`).
import { EXTENDER_PLUGIN_KEY, isExtenderVersion } from '@extender-users/api-types';
import { checkUrl, describeAnswer, redirectedAway } from '@extender-users/cli-kit';
import { diagnoseBaseUrl, seenAnswer } from './preflight.js';
import type { Credentials } from './settings.js';

/** Confluence's plugin manager resource for the app (its key from the spec, via api-types). */
export const PLUGIN_RESOURCE = `/rest/plugins/1.0/${EXTENDER_PLUGIN_KEY}-key`;

/** The version could not be found; the message says why and what to do. */
export class VersionNotFound extends Error {
  override readonly name = 'VersionNotFound';
  /**
   * Whether the base URL is no running Confluence, where that was already found out (it does not
   * answer, or /status was asked); undefined where nobody asked.
   */
  readonly notConfluence: boolean | undefined;
  /** The credentials were refused (401): nothing more may be sent with them. */
  readonly credentialsRefused: boolean;

  constructor(message: string, notConfluence?: boolean, credentialsRefused = false) {
    super(message);
    this.notConfluence = notConfluence;
    this.credentialsRefused = credentialsRefused;
  }
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

/**
 * Asks the plugin manager which Extender version is installed, and whether it is enabled. An answer
 * it cannot use is diagnosed as the CLI's doctor diagnoses it (preflight.ts): a closed port, a login
 * front, an HTML page, a Confluence not RUNNING are each said as such, not as "fetch failed" or "not JSON".
 */
export async function askPluginManager(
  baseUrl: string,
  auth: Credentials,
  timeoutMs = 30_000,
): Promise<InstalledExtender> {
  const answer = await seenAnswer(
    `${baseUrl}${PLUGIN_RESOURCE}`,
    { headers: { authorization: authorization(auth), accept: 'application/json' } },
    timeoutMs,
  );
  if ('unreachable' in answer)
    throw new VersionNotFound(`${baseUrl} does not answer (${answer.unreachable}): ${checkUrl('--base-url')}`, true);
  const away = redirectedAway(answer, '--base-url');
  if (away) throw new VersionNotFound(`the credentials were not verified: ${away}`);
  const { status } = answer;
  if (status === 401)
    // Every refused login counts toward the CAPTCHA Confluence puts on the account after a few: the
    // suite sends nothing more with credentials it knows to be wrong, told the version or not.
    throw new VersionNotFound(
      'the plugin manager refused the credentials (401): check them; nothing more was sent with them (each refused login counts toward the CAPTCHA Confluence puts on the account)',
      undefined,
      true,
    );
  if (status === 403)
    throw new VersionNotFound(
      `the plugin manager answers only administrators (403): use an administrator, or ${GIVE_IT}`,
    );
  if (status === 404)
    throw new VersionNotFound(
      `the plugin manager does not know ${EXTENDER_PLUGIN_KEY} (404): is Extender installed, and is this Confluence? Otherwise ${GIVE_IT}`,
    );
  if (status < 200 || status > 299) throw new VersionNotFound(`the plugin manager answered ${status}; ${GIVE_IT}`);
  const body = answer.json as { version?: unknown; enabled?: unknown } | undefined;
  if (body === null || typeof body !== 'object') {
    const diagnosis = await diagnoseBaseUrl(baseUrl, timeoutMs);
    throw new VersionNotFound(
      diagnosis ??
        `the plugin manager answered ${describeAnswer(answer)}, not its JSON: check the base URL and what stands in front of Confluence, or ${GIVE_IT}`,
      diagnosis !== undefined,
    );
  }
  if (typeof body.version !== 'string' || !isExtenderVersion(body.version)) {
    throw new VersionNotFound(
      `the plugin manager reports version ${JSON.stringify(body.version)}, which is not X.Y.Z; ${GIVE_IT}`,
    );
  }
  return { version: body.version, enabled: body.enabled !== false };
}
