// Starting and stopping what the suite checks, and finding which Extender version it runs. The
// sandbox is started as a process (the suite never imports it), on a free port with an in-memory
// database; Prism mocks the bundled spec, which describes the latest version. Both are optional
// peer dependencies of the installed suite (`--target url` needs neither): loaded only when asked for.
import { LATEST } from '@extender-users/api-types';
import { startPrism } from '@extender-users/spec';
import { askPluginManager, VersionNotFound, type InstalledExtender } from './extender-version.js';
import { diagnoseBaseUrl } from './preflight.js';
import type { ContractOptions } from './options.js';
import type { Credentials, TargetKind } from './settings.js';

export interface RunningTarget {
  kind: TargetKind;
  baseUrl: string;
  auth: Credentials;
  nonAdmin?: { user: string; password: string };
  stop(): Promise<void>;
}

/** The sandbox's demo accounts (public: the sandbox seeds them in every fresh database). */
const SANDBOX_ADMIN = { user: 'admin', password: 'admin' };
const SANDBOX_USER = { user: 'user', password: 'user' };

/** The sandbox's launcher, or a clear error when the optional sandbox package is not installed. */
async function sandboxLauncher() {
  try {
    return await import('@extender-users/sandbox/launcher');
  } catch (error) {
    const missing = (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
    if (!missing || !String((error as Error).message).includes("'@extender-users/sandbox'")) throw error;
    throw new Error(
      '--target sandbox needs the sandbox, which is not installed: npm install --save-dev @extender-users/sandbox',
    );
  }
}

async function startSandbox(version: string | undefined, strict: boolean): Promise<RunningTarget> {
  const { startSandboxProcess } = await sandboxLauncher();
  // With --strict the sandbox holds to our assumptions too: it refuses unknown request fields. Its
  // passwords are hashed cheaply: a throwaway database, and a run with writes adds dozens of accounts
  // (about 2.3 CPU-s of a whole run's 8.8 otherwise).
  const sandbox = await startSandboxProcess(
    [
      '--db',
      ':memory:',
      '--seed-users',
      '60',
      '--fast-password-hashing',
      ...(version ? ['--extender-version', version] : []),
      ...(strict ? ['--strict-input'] : []),
    ],
    60_000,
  );
  return {
    kind: 'sandbox',
    baseUrl: sandbox.baseUrl,
    auth: SANDBOX_ADMIN,
    nonAdmin: SANDBOX_USER,
    stop: () => sandbox.stop(),
  };
}

async function startMock(): Promise<RunningTarget> {
  const prism = await startPrism();
  return { kind: 'prism', baseUrl: prism.url, auth: SANDBOX_ADMIN, stop: () => prism.stop() };
}

export async function startTarget(options: ContractOptions): Promise<RunningTarget> {
  if (options.target === 'prism') return startMock();
  if (options.target === 'sandbox') return startSandbox(options.sandboxVersion, options.strict);
  return {
    kind: 'url',
    baseUrl: options.baseUrl!,
    auth: options.auth!,
    nonAdmin: options.nonAdmin,
    stop: async () => undefined,
  };
}

export interface CheckedVersion {
  /** `X.Y.Z` or `latest`. */
  version: string;
  /** How it was found, for the report. */
  source: string;
  /** The version the plugin manager reports, when it differs from the one told. */
  reportedOtherwise?: string;
}

/**
 * The version to check: `latest` for the Prism mock (it has no plugin manager; it mocks the spec,
 * which describes the latest), the one told with --extender-version, otherwise the one the plugin
 * manager reports. When told, the plugin manager is still asked, so the report can show a mismatch.
 */
export async function findVersion(options: ContractOptions, target: RunningTarget): Promise<CheckedVersion> {
  if (target.kind === 'prism') return { version: LATEST, source: 'Prism mocks the spec, which describes the latest' };
  if (options.extenderVersion !== undefined) {
    const asked = await askPluginManager(target.baseUrl, target.auth).catch((error: unknown) => error);
    if (asked instanceof VersionNotFound && asked.credentialsRefused) throw asked;
    const reported = asked instanceof Error ? undefined : (asked as InstalledExtender).version;
    // Told the version, the suite still needs a Confluence to judge: where the plugin manager gave
    // nothing usable, /status says whether this is one (an HTML server must not pass a single check),
    // unless asking the plugin manager already found that out.
    if (reported === undefined) {
      const known = asked instanceof VersionNotFound ? asked.notConfluence : undefined;
      const notConfluence =
        known === undefined ? await diagnoseBaseUrl(target.baseUrl) : known ? (asked as Error).message : undefined;
      if (notConfluence !== undefined) throw new VersionNotFound(notConfluence, true);
    }
    if (reported === undefined || reported === options.extenderVersion) {
      return {
        version: options.extenderVersion,
        source: `--extender-version${reported === undefined ? '' : '; the plugin manager agrees'}`,
      };
    }
    return {
      version: options.extenderVersion,
      source: `--extender-version; the plugin manager reports ${reported}`,
      reportedOtherwise: reported,
    };
  }
  const found = await askPluginManager(target.baseUrl, target.auth);
  if (!found.enabled)
    throw new VersionNotFound(
      `Extender ${found.version} is installed but disabled: enable it in Confluence's Manage apps, then run again`,
    );
  return { version: found.version, source: 'the plugin manager' };
}
