// The contract CLI's options: credentials from flags, CONFLUENCE_* variables and standard input;
// mistakes are UsageErrors (one line, exit code 2).
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '@extender-users/cli-kit';
import { readFileSync } from 'node:fs';
import { parseOptions, USAGE } from '../src/options.js';

const stdin = (text = '', isTTY = false) => Object.assign(Readable.from([text]), { isTTY });
const parse = (argv: string[], env: NodeJS.ProcessEnv = {}, input = stdin()) =>
  parseOptions(argv, { env, stdin: input });
const url = ['--target', 'url', '--base-url', 'https://wiki.acme.test/confluence/'];

describe('credentials for --target url', () => {
  it('takes the password from CONFLUENCE_PASSWORD', async () => {
    expect(await parse([...url, '--user', 'admin'], { CONFLUENCE_PASSWORD: 'pw' })).toMatchObject({
      baseUrl: 'https://wiki.acme.test/confluence',
      auth: { user: 'admin', password: 'pw' },
    });
  });

  it('takes everything from CONFLUENCE_URL, CONFLUENCE_USER and CONFLUENCE_PASSWORD', async () => {
    expect(
      await parse(['--target', 'url'], {
        CONFLUENCE_URL: 'http://127.0.0.1:8090',
        CONFLUENCE_USER: 'admin',
        CONFLUENCE_PASSWORD: 'pw',
      }),
    ).toMatchObject({
      baseUrl: 'http://127.0.0.1:8090',
      auth: { user: 'admin', password: 'pw' },
      allowWrites: false,
    });
  });

  it('takes a token from CONFLUENCE_TOKEN or --token, before any password', async () => {
    expect(
      await parse(url, { CONFLUENCE_TOKEN: 'tok', CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'pw' }),
    ).toMatchObject({ auth: { token: 'tok' } });
    expect(await parse([...url, '--token', 'tok2'])).toMatchObject({ auth: { token: 'tok2' } });
  });

  it('reads the password from standard input with --password-stdin (without the final line break)', async () => {
    expect(await parse([...url, '--user', 'admin', '--password-stdin'], {}, stdin('s3cret\n'))).toMatchObject({
      auth: { user: 'admin', password: 's3cret' },
    });
  });

  it('still takes --password (npm prints it: the README says so)', async () => {
    expect(await parse([...url, '--user', 'admin', '--password', 'pw'])).toMatchObject({
      auth: { user: 'admin', password: 'pw' },
    });
  });

  it('takes the non-administrator from flags or CONFLUENCE_NON_ADMIN_USER and CONFLUENCE_NON_ADMIN_PASSWORD', async () => {
    const env = {
      CONFLUENCE_PASSWORD: 'pw',
      CONFLUENCE_NON_ADMIN_USER: 'jsmith',
      CONFLUENCE_NON_ADMIN_PASSWORD: 'pw2',
    };
    expect(await parse([...url, '--user', 'admin'], env)).toMatchObject({
      nonAdmin: { user: 'jsmith', password: 'pw2' },
    });
  });

  it.each<[string[], NodeJS.ProcessEnv, string]>([
    [
      [...url, '--user', 'admin'],
      {},
      "no password for 'admin': set CONFLUENCE_PASSWORD, or pipe it to --password-stdin",
    ],
    [
      url,
      {},
      'no credentials: give --user with CONFLUENCE_PASSWORD or --password-stdin, or --token; or set CONFLUENCE_USER/CONFLUENCE_PASSWORD or CONFLUENCE_TOKEN',
    ],
    [[...url, '--user', 'admin', '--password-stdin'], {}, '--password-stdin read an empty password'],
    [
      [...url, '--user', 'admin', '--non-admin-user', 'jsmith'],
      { CONFLUENCE_PASSWORD: 'pw' },
      '--non-admin-user goes with --non-admin-password or CONFLUENCE_NON_ADMIN_PASSWORD',
    ],
  ])('refuses %j with a UsageError', async (argv, env, message) => {
    await expect(parse(argv, env)).rejects.toThrow(new UsageError(message));
  });

  it('refuses --password-stdin at a terminal', async () => {
    await expect(parse([...url, '--user', 'admin', '--password-stdin'], {}, stdin('', true))).rejects.toThrow(
      UsageError,
    );
  });
});

describe('reports', () => {
  it('takes --junit relative to where the command runs', async () => {
    expect(await parse(['--target', 'prism', '--junit', 'contract.xml'])).toMatchObject({
      junit: resolve('contract.xml'),
    });
  });
});

describe('versions and targets', () => {
  it('takes --extender-version and --sandbox-version as X.Y.Z or latest', async () => {
    expect(
      await parse(['--target', 'sandbox', '--sandbox-version', '1.2.0', '--extender-version', 'latest']),
    ).toMatchObject({ sandboxVersion: '1.2.0', extenderVersion: 'latest' });
  });

  it.each<[string[], string]>([
    [['--target', 'sandbox', '--sandbox-version', '2.13'], "--sandbox-version must be X.Y.Z or latest, got '2.13'"],
    [['--target', 'sandbox', '--extender-version', 'v2'], "--extender-version must be X.Y.Z or latest, got 'v2'"],
    [
      ['--target', 'url', '--base-url', 'http://x', '--sandbox-version', '2.13.0', '--token', 't'],
      '--sandbox-version goes with --target sandbox',
    ],
    [
      ['--target', 'prism', '--extender-version', '2.13.0'],
      '--extender-version does not go with --target prism: Prism mocks the spec, which describes the latest',
    ],
    [
      ['--target', 'sandbox', '--user', 'admin'],
      '--user goes with --target url (the sandbox target brings its own server and users)',
    ],
    [['--target', 'moon'], "--target must be prism, sandbox or url, got 'moon'"],
    [['--target', 'url', '--base-url', 'ftp://x', '--token', 't'], "--base-url must be an http(s) URL, got 'ftp://x'"],
  ])('refuses %j with a UsageError', async (argv, message) => {
    await expect(parse(argv)).rejects.toThrow(new UsageError(message));
  });
});

describe('the base URL', () => {
  it('refuses a user name and password in it, and never repeats them', async () => {
    const refusal = await parseOptions(['--target', 'url', '--base-url', 'http://admin:s3cretPW@127.0.0.1:1'], {
      env: { CONFLUENCE_PASSWORD: 'x' },
      stdin: Readable.from([]),
    }).catch((e: Error) => e);
    expect(refusal).toBeInstanceOf(UsageError);
    expect(String((refusal as Error).message)).toMatch(/must not hold a user name or password/);
    expect(String((refusal as Error).message)).not.toContain('s3cretPW');
    const unparsable = await parseOptions(['--target', 'url', '--base-url', 'https://admin:s3cretPW@wiki acme.test'], {
      env: { CONFLUENCE_PASSWORD: 'x' },
      stdin: Readable.from([]),
    }).catch((e: Error) => e);
    expect(String((unparsable as Error).message)).toMatch(/must be an http\(s\) URL, got 'https:\/\/…@wiki acme.test'/);
  });
});

describe('--checks', () => {
  it('takes a regular expression, and refuses one that does not parse in one line', async () => {
    expect(
      await parseOptions(['--target', 'sandbox', '--checks', '^refusals > addUser'], {
        env: {},
        stdin: Readable.from([]),
      }),
    ).toMatchObject({ checks: /^refusals > addUser/ });
    await expect(
      parseOptions(['--target', 'sandbox', '--checks', 'paging ('], { env: {}, stdin: Readable.from([]) }),
    ).rejects.toThrow(/--checks must be a regular expression/);
  });
});

describe('--seed', () => {
  it("takes the model's seed as a whole number, and refuses anything else in one line", async () => {
    const parseSeed = (seed: string) =>
      parseOptions(['--target', 'sandbox', '--seed', seed], { env: {}, stdin: Readable.from([]) });
    expect(await parseSeed('1577437256')).toMatchObject({ seed: 1577437256 });
    expect(await parseSeed('0')).toMatchObject({ seed: 0 });
    await expect(parseSeed('12abc')).rejects.toThrow("--seed must be a whole number, got '12abc'");
  });
});

describe('--help', () => {
  it("names the command as installed (the package's bin), and how to run it in the repository", async () => {
    expect(await parse(['--help'])).toBe('help');
    const { bin } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(USAGE).toMatch(
      new RegExp(`^Usage: ${Object.keys(bin)[0]} --target prism\\|sandbox\\|url \\[options\\]\n.*npm run contract -- `),
    );
  });
});
