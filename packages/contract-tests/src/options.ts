// The contract CLI's options, from flags and the CONFLUENCE_* environment.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Usage: npm run contract -- --target prism|sandbox|url [options]

Targets:
  prism     start the Prism mock of the bundled spec on a free 127.0.0.1 port
  sandbox   start the sandbox on a free port with a fresh in-memory database
  url       check a running server (your Confluence): read-only unless --allow-writes

Options for --target url:
  --base-url URL            Confluence base URL (context path allowed, no /rest/...)   [CONFLUENCE_URL]
  --user NAME               administrator's user name                                   [CONFLUENCE_USER]
  --password PASSWORD       password or Extender API token                              [CONFLUENCE_PASSWORD]
  --token TOKEN             bearer token (personal access token) instead of a password  [CONFLUENCE_TOKEN]
  --non-admin-user NAME     an ordinary user, for the 403 checks
  --non-admin-password PW
  --allow-writes            also create, change and delete disposable contract-* users

Options for every target:
  --junit FILE              write a JUnit XML report
  -h, --help                show this help`;

export interface ContractOptions {
  target: 'prism' | 'sandbox' | 'url';
  baseUrl?: string;
  auth?: { user: string; password: string } | { token: string };
  nonAdmin?: { user: string; password: string };
  allowWrites: boolean;
  junit?: string;
}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): ContractOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        target: { type: 'string' },
        'base-url': { type: 'string' },
        user: { type: 'string' },
        password: { type: 'string' },
        token: { type: 'string' },
        'non-admin-user': { type: 'string' },
        'non-admin-password': { type: 'string' },
        'allow-writes': { type: 'boolean' },
        junit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const target = values.target;
  if (target !== 'prism' && target !== 'sandbox' && target !== 'url') throw new UsageError(`--target must be prism, sandbox or url${target ? `, got '${target}'` : ''}`);
  const options: ContractOptions = { target, allowWrites: values['allow-writes'] ?? false, junit: values.junit };
  if (values['non-admin-user'] || values['non-admin-password']) {
    if (!values['non-admin-user'] || values['non-admin-password'] === undefined) throw new UsageError('--non-admin-user and --non-admin-password go together');
    options.nonAdmin = { user: values['non-admin-user'], password: values['non-admin-password'] };
  }
  if (target !== 'url') return options;

  const baseUrl = values['base-url'] ?? env.CONFLUENCE_URL;
  if (!baseUrl) throw new UsageError('--target url needs --base-url or CONFLUENCE_URL');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new UsageError(`--base-url must be an http(s) URL, got '${baseUrl}'`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`--base-url must be an http(s) URL, got '${baseUrl}'`);
  if (/\/rest(\/|$)/.test(url.pathname)) throw new UsageError('--base-url is the Confluence base URL, without /rest/...');
  options.baseUrl = baseUrl.replace(/\/+$/, '');
  const token = values.token ?? env.CONFLUENCE_TOKEN;
  const user = values.user ?? env.CONFLUENCE_USER;
  const password = values.password ?? env.CONFLUENCE_PASSWORD;
  if (token) options.auth = { token };
  else if (user && password !== undefined) options.auth = { user, password };
  else throw new UsageError('--target url needs --user and --password (or --token), or CONFLUENCE_USER and CONFLUENCE_PASSWORD (or CONFLUENCE_TOKEN)');
  return options;
}
