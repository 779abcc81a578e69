// Command-line options of the sandbox, checked; a mistake is one clear line.
import { parseArgs } from 'node:util';
import type { SandboxOptions } from './sandbox.js';

export class UsageError extends Error {}

export const USAGE = `Usage: extender-users-sandbox [options]

Options:
  --host HOST            address to listen on (default 127.0.0.1)
  --port PORT            port to listen on (default 8090; 0 for any free port)
  --db PATH              SQLite file, or :memory: (default .sandbox/sandbox.db)
  --seed-users N         demo users to seed into an empty database (default 40)
  --context-path PATH    serve under a context path, e.g. /confluence
  --rate-limit N         requests per second per user (default: no limit)
  --no-xsrf-check        accept multipart uploads without X-Atlassian-Token: no-check
                         (Confluence refuses them with 403; so does the sandbox by default)
  --log                  log each request
  --ready-json           print one JSON line when ready (for programs that start the sandbox)
  -h, --help             show this help`;

function integer(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got '${value}'`);
  return Number(value);
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
        log: { type: 'boolean' },
        'no-xsrf-check': { type: 'boolean' },
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
    logger: values.log ?? false,
    xsrfCheck: !values['no-xsrf-check'],
    readyJson: values['ready-json'] ?? false,
  };
}
