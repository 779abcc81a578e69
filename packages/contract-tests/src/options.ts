// The contract CLI's options, from flags, the CONFLUENCE_* environment and (for --password-stdin)
// standard input. A mistake is a UsageError: one line, exit code 2.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isExtenderVersion } from '@extender-users/api-types';
import { resolveCredentials, UsageError, type CredentialSources } from '@extender-users/cli-kit';
import type { Credentials, TargetKind } from './settings.js';
import { BUDGET_IN_WORDS } from './request-budget.js';

export const USAGE = `Usage: extender-users-contract --target prism|sandbox|url [options]
       (in the extender-users repository: npm run contract -- --target … [options])

Targets:
  prism     start the Prism mock of the bundled spec on a free 127.0.0.1 port (checked as 'latest')
  sandbox   start the sandbox on a free port with a fresh in-memory database
  url       check a running server (your Confluence): read-only unless --allow-writes

Options for --target url (the password is best given by CONFLUENCE_PASSWORD or --password-stdin):
  --base-url URL            Confluence base URL (context path allowed, no /rest/...)   [CONFLUENCE_URL]
  --user NAME               an administrator's user name                                [CONFLUENCE_USER]
  --password-stdin          read the password (or Extender API token) from standard input
  --token TOKEN             bearer token instead of a password (npm prints it!)        [CONFLUENCE_TOKEN]
  --password PASSWORD       the password on the command line (npm prints it!)           [CONFLUENCE_PASSWORD]
  --non-admin-user NAME     an ordinary user, for the 403 checks                        [CONFLUENCE_NON_ADMIN_USER]
  --non-admin-password PW   that user's password (npm prints it!)                       [CONFLUENCE_NON_ADMIN_PASSWORD]
  --allow-writes            also create, change and delete disposable contract-* users
                            (without it, only GET requests: ${BUDGET_IN_WORDS},
                            a check that would send more is inconclusive; 429 bursts apart)

Options for every target:
  --junit FILE              write a JUnit XML report
  --checks PATTERN          run only the checks whose name matches this regular expression
                            (e.g. 'paging' or 'refusals > addUser'); the others are left out
  --strict                  fail where the server differs from our assumptions or answers what the
                            description does not document (by default those are listed, exit 0)
  --seed N                  the seed of the model's generated sequences (a failure prints the one
                            it ran with: give it to replay the same sequences)
  -h, --help                show this help

Options for --target sandbox and url:
  --extender-version V      check as Extender V (X.Y.Z or latest) instead of asking the plugin manager

Options for --target sandbox:
  --sandbox-version V       start the sandbox as Extender V (X.Y.Z or latest; default latest)`;

export interface ContractOptions {
  target: TargetKind;
  baseUrl?: string;
  auth?: Credentials;
  nonAdmin?: { user: string; password: string };
  allowWrites: boolean;
  /** Every expectation fails when not met (assumptions and undocumented answers too). */
  strict: boolean;
  junit?: string;
  /** Only the checks whose full name (`a > b`) matches. */
  checks?: RegExp;
  /** The seed of the model's generated sequences (suite/model). */
  seed?: number;
  /** The version to check, when told (otherwise the plugin manager is asked). */
  extenderVersion?: string;
  /** The version the sandbox target is started as. */
  sandboxVersion?: string;
}

const URL_ONLY = [
  'base-url',
  'user',
  'password',
  'password-stdin',
  'token',
  'non-admin-user',
  'non-admin-password',
] as const;

function version(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isExtenderVersion(value))
    throw new UsageError(`${flag} must be X.Y.Z or latest, got '${value}'`);
  return value;
}

/** The URL as typed, but never what could be a user name and password in it (before an `@`). */
const shown = (raw: string) => raw.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/@]*@/i, '$1…@');

function checksPattern(value: string | undefined): RegExp | undefined {
  if (value === undefined) return undefined;
  try {
    return new RegExp(value);
  } catch (error) {
    throw new UsageError(`--checks must be a regular expression: ${(error as Error).message}`);
  }
}

function seedOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`--seed must be a whole number, got '${value}'`);
  return Number(value) | 0;
}

function baseUrlOf(raw: string | undefined): string {
  if (!raw) throw new UsageError('--target url needs --base-url or CONFLUENCE_URL');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--base-url must be an http(s) URL, got '${shown(raw)}'`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`--base-url must be an http(s) URL, got '${shown(raw)}'`);
  if (url.username || url.password)
    throw new UsageError(
      '--base-url must not hold a user name or password: give them as CONFLUENCE_USER and CONFLUENCE_PASSWORD (or --password-stdin)',
    );
  if (/\/rest(\/|$)/.test(url.pathname))
    throw new UsageError('--base-url is the Confluence base URL, without /rest/...');
  return raw.replace(/\/+$/, '');
}

export async function parseOptions(argv: string[], sources: CredentialSources): Promise<ContractOptions | 'help'> {
  const { env } = sources;
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        target: { type: 'string' },
        'base-url': { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        token: { type: 'string' },
        'non-admin-user': { type: 'string' },
        'non-admin-password': { type: 'string' },
        'allow-writes': { type: 'boolean' },
        strict: { type: 'boolean' },
        junit: { type: 'string' },
        checks: { type: 'string' },
        seed: { type: 'string' },
        'extender-version': { type: 'string' },
        'sandbox-version': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const target = values.target;
  if (target !== 'prism' && target !== 'sandbox' && target !== 'url')
    throw new UsageError(`--target must be prism, sandbox or url${target ? `, got '${target}'` : ''}`);
  const options: ContractOptions = {
    target,
    allowWrites: values['allow-writes'] ?? false,
    strict: values.strict ?? false,
    // Relative to where the command runs (vitest would take it relative to its root).
    // Absolute, so that the report's line names where it went; '' and a trailing / are kept for the
    // check before the run to refuse (resolve would make them the folder's own path).
    junit:
      values.junit === undefined || values.junit === ''
        ? values.junit
        : `${resolve(values.junit)}${/[\\/]$/.test(values.junit) ? '/' : ''}`,
    checks: checksPattern(values.checks),
    seed: seedOf(values.seed),
    extenderVersion: version('--extender-version', values['extender-version']),
    sandboxVersion: version('--sandbox-version', values['sandbox-version']),
  };
  if (options.sandboxVersion !== undefined && target !== 'sandbox')
    throw new UsageError('--sandbox-version goes with --target sandbox');
  if (options.extenderVersion !== undefined && target === 'prism')
    throw new UsageError(
      '--extender-version does not go with --target prism: Prism mocks the spec, which describes the latest',
    );
  if (target !== 'url') {
    const misplaced = URL_ONLY.find((flag) => values[flag] !== undefined);
    if (misplaced)
      throw new UsageError(
        `--${misplaced} goes with --target url (the ${target} target brings its own server and users)`,
      );
    return options;
  }

  options.baseUrl = baseUrlOf(values['base-url'] ?? env.CONFLUENCE_URL);
  const nonAdminUser = values['non-admin-user'] ?? env.CONFLUENCE_NON_ADMIN_USER;
  const nonAdminPassword = values['non-admin-password'] ?? env.CONFLUENCE_NON_ADMIN_PASSWORD;
  if (nonAdminUser !== undefined || nonAdminPassword !== undefined) {
    if (!nonAdminUser || nonAdminPassword === undefined)
      throw new UsageError('--non-admin-user goes with --non-admin-password or CONFLUENCE_NON_ADMIN_PASSWORD');
    options.nonAdmin = { user: nonAdminUser, password: nonAdminPassword };
  }
  const credentials = await resolveCredentials(
    { user: values.user, password: values.password, token: values.token, passwordStdin: values['password-stdin'] },
    sources,
  );
  if ('token' in credentials) options.auth = { token: credentials.token };
  else if (credentials.password === undefined)
    throw new UsageError(
      `no password for '${credentials.username}': set CONFLUENCE_PASSWORD, or pipe it to --password-stdin`,
    );
  else options.auth = { user: credentials.username, password: credentials.password };
  return options;
}
