// Command-line options of the sandbox, checked; a mistake is one clear line.
import { parseArgs } from 'node:util';
import { isExtenderVersion, LATEST } from '@extender-users/api-types';
import { parseWholeNumber, UsageError } from '@extender-users/cli-kit';
import { DEFAULT_SLOW_AFTER } from './auth/login-guard.js';
import { DEFAULT_CONNECTION_LIMITS as LIMITS, type ConnectionLimits } from './plugins/connection-limits.js';
import { DEFAULT_TOKEN_TTL_SECONDS, type SandboxOptions } from './sandbox.js';

export const USAGE = `Usage: extender-users-sandbox [options]

Options:
  --host HOST            address to listen on (default 127.0.0.1)
  --port PORT            port to listen on (default 8090; 0 for any free port)
  --db PATH              SQLite file, or :memory: (default .sandbox/sandbox.db)
  --seed-users N         demo users to seed into an empty database (default 40)
  --context-path PATH    serve under a context path, e.g. /confluence
  --rate-limit N         requests per second per user (default: no limit)
  --captcha-after N      after N consecutive failed logins of a user name, refuse its basic
                         auth with 401 AUTHENTICATION_DENIED, as Confluence's CAPTCHA, until an
                         administrator clears it (default 0: off)
  --slow-logins-after N  after N consecutive failed logins of a user name from one client
                         address, space that client's further attempts on it out (250 ms,
                         doubling, at most 4 s) (default 10; 0: off)
  --request-timeout S    a request, headers and body, must arrive within S seconds (default 30)
  --headers-timeout S    its headers within S seconds; a new connection must start a request
                         within it too (default 10; at most the request timeout)
  --keep-alive-timeout S close a keep-alive connection idle for S seconds (default 5)
  --idle-timeout S       close a socket with no traffic either way for S seconds (default 60)
  --max-connections N    close connections beyond N open ones at once (default 1000)
  --max-connections-per-client N
                         close a client address's connections beyond N open ones at once
                         (default 100)
  --token-ttl S          the admin token printed at start expires after S seconds
                         (default 43200: 12 hours)
  --extender-version V   behave as Extender V: X.Y.Z or latest (default latest)
  --cors-origin ORIGIN   let pages from ORIGIN (e.g. http://localhost:5173) call the
                         sandbox from a browser; repeat for more origins (default: none)
  --no-xsrf-check        accept multipart uploads without X-Atlassian-Token: no-check
                         (Confluence refuses them with 403; so does the sandbox by default)
  --strict-input         refuse unknown fields of JSON request bodies with 400 (default:
                         ignore them, as Confluence's JSON mapper does)
  --fast-password-hashing
                         hash passwords with a cheap scrypt (about 2 ms of CPU, not 45): for a
                         throwaway sandbox that tests fill with accounts (--db :memory: only)
  --log                  log each request
  --ready-json           print one JSON line when ready (for programs that start the sandbox)
  -h, --help             show this help`;

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  return value === undefined ? fallback : parseWholeNumber(`--${name}`, value, min, max);
}

function extenderVersion(value: string | undefined): string {
  if (value === undefined) return LATEST;
  if (!isExtenderVersion(value))
    throw new UsageError(`--extender-version must be X.Y.Z (e.g. 2.13.0) or latest, got '${value}'`);
  return value;
}

/** An origin as a browser sends it: scheme://host[:port], nothing more. */
function origin(value: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(value);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.origin !== value) {
    throw new UsageError(
      `--cors-origin must be an origin like http://localhost:5173 (scheme, host, optional port; no path or trailing slash), got '${value}'`,
    );
  }
  return value;
}

/** The timeouts (whole seconds) and the cap on connections. */
function connectionLimits(values: Partial<Record<string, unknown>>): ConnectionLimits {
  const text = (flag: string) => values[flag] as string | undefined;
  const seconds = (name: keyof ConnectionLimits, flag: string) => integer(flag, text(flag), LIMITS[name], 1, 86_400);
  const limits: ConnectionLimits = {
    requestTimeout: seconds('requestTimeout', 'request-timeout'),
    headersTimeout: seconds('headersTimeout', 'headers-timeout'),
    keepAliveTimeout: seconds('keepAliveTimeout', 'keep-alive-timeout'),
    idleTimeout: seconds('idleTimeout', 'idle-timeout'),
    maxConnections: integer('max-connections', text('max-connections'), LIMITS.maxConnections, 1, 1_000_000),
    maxConnectionsPerClient: integer(
      'max-connections-per-client',
      text('max-connections-per-client'),
      LIMITS.maxConnectionsPerClient,
      1,
      1_000_000,
    ),
  };
  if (limits.headersTimeout > limits.requestTimeout) {
    throw new UsageError(
      `--headers-timeout (${limits.headersTimeout}) cannot be longer than --request-timeout (${limits.requestTimeout})`,
    );
  }
  return limits;
}

export type CommandLine = SandboxOptions & { help?: false; readyJson: boolean };

export function parseOptions(argv: string[]): CommandLine | { help: true } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        db: { type: 'string' },
        'seed-users': { type: 'string' },
        'context-path': { type: 'string' },
        'rate-limit': { type: 'string' },
        'captcha-after': { type: 'string' },
        'slow-logins-after': { type: 'string' },
        'request-timeout': { type: 'string' },
        'headers-timeout': { type: 'string' },
        'keep-alive-timeout': { type: 'string' },
        'idle-timeout': { type: 'string' },
        'max-connections': { type: 'string' },
        'max-connections-per-client': { type: 'string' },
        'extender-version': { type: 'string' },
        'token-ttl': { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        log: { type: 'boolean' },
        'no-xsrf-check': { type: 'boolean' },
        'strict-input': { type: 'boolean' },
        'fast-password-hashing': { type: 'boolean' },
        'ready-json': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true };
  // A file would keep the cheap hashes after this run, and a later start (with or without the
  // option) would check known names at another cost than unknown ones: the time would tell them apart.
  if (values['fast-password-hashing'] && values.db !== ':memory:')
    throw new UsageError(
      '--fast-password-hashing goes with --db :memory: (a database file would keep the cheap hashes)',
    );
  const contextPath = values['context-path'] ?? '';
  if (contextPath && !/^\/[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*\/?$/.test(contextPath)) {
    throw new UsageError(`--context-path must look like /confluence, got '${contextPath}'`);
  }
  return {
    host: values.host ?? '127.0.0.1',
    port: integer('port', values.port, 8090, 0, 65535),
    dbPath: values.db ?? '.sandbox/sandbox.db',
    seedUsers: integer('seed-users', values['seed-users'], 40, 0, 1_000_000),
    contextPath: contextPath.replace(/\/+$/, ''),
    rateLimit: integer('rate-limit', values['rate-limit'], 0, 0, 1_000_000),
    captchaAfter: integer('captcha-after', values['captcha-after'], 0, 0, 1_000_000),
    slowLoginsAfter: integer('slow-logins-after', values['slow-logins-after'], DEFAULT_SLOW_AFTER, 0, 1_000_000),
    connections: connectionLimits(values),
    tokenTtl: integer('token-ttl', values['token-ttl'], DEFAULT_TOKEN_TTL_SECONDS, 1, 366 * 86_400),
    extenderVersion: extenderVersion(values['extender-version']),
    corsOrigins: (values['cors-origin'] ?? []).map(origin),
    logger: values.log ?? false,
    xsrfCheck: !values['no-xsrf-check'],
    strictInput: values['strict-input'] ?? false,
    passwordHashing: values['fast-password-hashing'] ? 'fast' : 'strong',
    readyJson: values['ready-json'] ?? false,
  };
}
