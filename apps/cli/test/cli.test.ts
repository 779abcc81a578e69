import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { buildProgram } from '../src/program.js';
import { closedUrl } from './support/fake-servers.js';
import { startFailingProxy } from './support/failing-proxy.js';
import { startMisbehavingServer } from './support/misbehaving-server.js';
import { runCli, startSandbox, transcript } from './support/run.js';

const ADMIN_PASSWORD = 'Adm1n-S3cret-Pa55';
const USER_PASSWORD = 'N3w-User-Pa55w0rd';
const USER_PASSWORD_2 = 'Ch4nged-User-Pa55';
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let env: NodeJS.ProcessEnv;
const dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
const PNG = readFileSync(new URL('./fixtures/avatar.png', import.meta.url));

beforeAll(async () => {
  sandbox = await startSandbox();
  // A dedicated administrator whose password is distinctive, so a leak would be visible.
  const made = await runCli([
    '--url',
    sandbox.baseUrl,
    '--user',
    'admin',
    '--password',
    'admin',
    'users',
    'add',
    'clibot',
    '--full-name',
    'CLI Bot',
    '--email',
    'clibot@acme.test',
    '--new-password',
    ADMIN_PASSWORD,
    '--group',
    'confluence-administrators',
  ]);
  expect(made.code, made.stderr).toBe(0);
  env = { CONFLUENCE_URL: sandbox.baseUrl, CONFLUENCE_USER: 'clibot', CONFLUENCE_PASSWORD: ADMIN_PASSWORD };
});
afterAll(async () => {
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (args: string[], input?: string) => runCli(args, { env, input, cwd: dir });
const file = (name: string, content?: string | Buffer) => {
  const path = join(dir, name);
  if (content !== undefined) writeFileSync(path, content);
  return path;
};

describe('help', () => {
  it('--help and --version, as a user runs them', async () => {
    const root = await cli(['--help']);
    expect(root.code, root.stderr).toBe(0);
    expect(root.stdout).toMatch(/Exit codes: 0 done, 1 API or network error, 2 usage/);
    const version = await cli(['--version']);
    expect(version.stdout).toBe(
      `${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version}\n`,
    );
    const deepest = await cli(['users', 'audit', 'inactive', '--help']);
    expect(deepest.code, deepest.stderr).toBe(0);
    expect(deepest.stdout).toMatch(/^Usage: extender-users users audit inactive /);
    expect(deepest.stdout).toMatch(/Examples?:\n {2}\$ extender-users users audit inactive /);
  });

  // Every command of the tree, found in it rather than listed here; what --help prints is the same
  // outputHelp() (the process runs above cost a third of a second of CPU per command).
  it('every command has --help with an example', () => {
    let printed = '';
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, done) {
        printed += chunk.toString();
        done();
      },
    });
    const ctx = createContext({ stdout, stderr: stdout, stdin: process.stdin, env: {} }, new AbortController().signal);
    const leaves = (command: Command, path: string[]): [string[], Command][] =>
      command.commands.length
        ? command.commands.flatMap((sub) => leaves(sub, [...path, sub.name()]))
        : [[path, command]];
    const commands = leaves(buildProgram(ctx), []);
    expect(commands.map(([path]) => path.join(' '))).toEqual(
      expect.arrayContaining(['users list', 'users audit inactive', 'props set', 'avatar set', 'doctor']),
    );
    for (const [path, command] of commands) {
      printed = '';
      command.outputHelp();
      expect(printed, path.join(' ')).toMatch(new RegExp(`^Usage: extender-users ${path.join(' ')}`));
      expect(printed, path.join(' ')).toMatch(/Examples?:\n {2}\$ extender-users /);
    }
    expect(commands.length).toBeGreaterThanOrEqual(15);
  });
});

describe('one command per operation', () => {
  it('users list in the three formats', async () => {
    const json = await cli(['users', 'list', '--max-results', '5', '--format', 'json']);
    expect(json.code).toBe(0);
    const users = JSON.parse(json.stdout) as Record<string, string>[];
    expect(users).toHaveLength(5);
    expect(Object.keys(users[0]!)).toEqual(['name', 'fullName', 'email', 'key']);
    const csv = await cli(['users', 'list', '--max-results', '5', '--format', 'csv']);
    expect(parse(csv.stdout, { columns: true })).toEqual(users);
    const table = await cli(['users', 'list', '--max-results', '5', '--format', 'table', '--detail', 'name']);
    expect(table.stdout.split('\n').filter((l) => l.startsWith('│'))).toHaveLength(6);
    expect(table.stderr).toMatch(/users 1–5 of \d+/);
    const page2 = JSON.parse(
      (await cli(['users', 'list', '--start-at', '5', '--max-results', '5', '--format', 'json'])).stdout,
    ) as { name: string }[];
    expect(page2.map((u) => u.name)).not.toContain(users[0]!.name);
  });

  it('users list never stops short in silence: more pages are said on stderr in every format; --all streams every user', async () => {
    const all = JSON.parse((await cli(['users', 'list', '--all', '--format', 'json'])).stdout) as { name: string }[];
    const total = all.length;
    expect(total).toBeGreaterThan(40);
    for (const format of ['json', 'csv', 'table']) {
      const r = await cli(['users', 'list', '--max-results', '5', '--format', format]);
      expect(r.code, `${format}: ${r.stderr}`).toBe(0);
      expect(r.stderr, format).toBe(
        `users 1–5 of ${total}; ${total - 5} more: add --all for every user, or --start-at 5 for the next page\n`,
      );
    }
    const lastPage = await cli([
      'users',
      'list',
      '--start-at',
      String(total - 2),
      '--max-results',
      '5',
      '--format',
      'json',
    ]);
    expect(JSON.parse(lastPage.stdout)).toHaveLength(2);
    expect(lastPage.stderr).toBe('');
    const csv = await cli(['users', 'list', '--all', '--max-results', '7', '--format', 'csv']);
    expect((parse(csv.stdout, { columns: true }) as { name: string }[]).map((u) => u.name)).toEqual(
      all.map((u) => u.name),
    );
    const table = await cli(['users', 'list', '--all', '--max-results', '7', '--format', 'table', '--detail', 'name']);
    expect(
      table.stdout
        .split('\n')
        .filter((l) => l.startsWith('│') && !l.includes(' name '))
        .map((l) => l.replace(/[│ ]/g, '')),
    ).toEqual(all.map((u) => u.name));
    expect(table.stderr).toBe(`${total} users\n`);
    expect(csv.stderr + JSON.stringify(all)).not.toMatch(/more: add --all/);
  });

  it('users list --all writes each page as it comes: a failure on page 2 leaves page 1 on stdout', async () => {
    const proxy = await startFailingProxy(sandbox.baseUrl, { failPagesFrom: 2 });
    try {
      const r = await runCli(['users', 'list', '--all', '--max-results', '5', '--format', 'csv', '--detail', 'name'], {
        env: { ...env, CONFLUENCE_URL: proxy.url },
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/HTTP 500: Simulated failure/);
      expect(r.stdout.trim().split('\r\n')).toHaveLength(6);
    } finally {
      await proxy.close();
    }
  });

  it('users add, show, rename, update, deactivate, activate, delete', async () => {
    expect(
      (
        await cli([
          'users',
          'add',
          'jdoe',
          '--full-name',
          'John Doe',
          '--email',
          'jdoe@acme.test',
          '--new-password',
          USER_PASSWORD,
          '--group',
          'developers',
          '--send-mail',
        ])
      ).stdout,
    ).toBe('User jdoe (John Doe) was created\n');
    const shown = JSON.parse((await cli(['users', 'show', 'jdoe', '--format', 'json'])).stdout) as Record<
      string,
      unknown
    >;
    expect(shown).toMatchObject({
      name: 'jdoe',
      fullName: 'John Doe',
      email: 'jdoe@acme.test',
      hasAccessToUseConfluence: true,
    });
    // Dates as ISO 8601 UTC, as in every listing; the ...String twins as the server formats them.
    expect(shown.createdDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(shown.updatedDate).toMatch(/Z$/);
    expect(shown.lastSuccessfulLoginDate).toBeNull();
    expect(shown.createdDateString).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect((await cli(['users', 'show', 'jdoe', '--format', 'table'])).stdout).toMatch(
      /lastSuccessfulLoginDate +│ never/,
    );
    expect((await cli(['users', 'rename', 'jdoe', 'john.doe'])).stdout).toBe(
      "User name 'jdoe' was changed into 'john.doe'\n",
    );
    expect((await cli(['users', 'update', 'john.doe', '--email', 'john@acme.test'])).stdout).toBe(
      "User 'john.doe' was changed\n",
    );
    expect((await cli(['users', 'deactivate', 'john.doe'])).stdout).toBe('User john.doe (John Doe) deactivated\n');
    expect(
      JSON.parse((await cli(['users', 'show', 'john.doe', '--format', 'json'])).stdout).hasAccessToUseConfluence,
    ).toBe(false);
    expect((await cli(['users', 'activate', 'john.doe'])).stdout).toBe('User john.doe (John Doe) activated\n');
    expect((await cli(['users', 'delete', 'john.doe', '--yes'])).stdout).toBe('User john.doe (John Doe) was deleted\n');
    const gone = await cli(['users', 'show', 'john.doe']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe("extender-users: getUserDetails failed with HTTP 404: User 'john.doe' does not exist\n");
  });

  it('props set and get; avatar set both ways', async () => {
    expect(
      (await cli(['props', 'set', 'user', 'user.organisation.position.full.name', 'Chief Information Officer'])).stdout,
    ).toBe('success\n');
    expect((await cli(['props', 'get', 'user', 'user.organisation.position.full.name'])).stdout).toBe(
      'Chief Information Officer\n',
    );
    expect(
      (await cli(['props', 'get', 'user', 'user.organisation.position.full.name', '--format', 'json'])).stdout,
    ).toBe('{"value":"Chief Information Officer"}\n');
    const png = file('me.png', PNG);
    expect((await cli(['avatar', 'set', 'user', png])).stdout).toBe('avatar changed\n');
    expect((await cli(['avatar', 'set', 'user', png, '--base64'])).stdout).toBe('avatar changed\n');
    // Not an image: refused here, with nothing sent (not even to a server that is not there).
    const notes = file('notes.png', 'plain text');
    const notImage = await runCli(['avatar', 'set', 'user', notes], {
      env: { ...env, CONFLUENCE_URL: 'http://127.0.0.1:9' },
    });
    expect(notImage.code).toBe(2);
    expect(notImage.stderr).toBe(
      `extender-users: '${notes}' is not a PNG, JPEG or GIF image (by its first bytes); nothing was sent\n`,
    );
    const readme = await cli([
      'avatar',
      'set',
      'user',
      fileURLToPath(new URL('../README.md', import.meta.url)),
      '--base64',
    ]);
    expect(readme.code).toBe(2);
    expect(readme.stderr).toMatch(/README\.md' is not a PNG, JPEG or GIF image/);
    const missing = await cli(['avatar', 'set', 'user', join(dir, 'nope.png')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^extender-users: cannot read '.*nope.png': no such file\n$/);
  });
});

describe('export and import', () => {
  it('export equals the listing, in every format', async () => {
    const listing = JSON.parse((await cli(['users', 'list', '--all', '--format', 'json'])).stdout) as Record<
      string,
      string
    >[];
    const csvPath = file('export.csv');
    const exported = await cli(['users', 'export', '-o', csvPath, '--page-size', '7']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toContain(`exported ${listing.length} users`);
    expect(parse(readFileSync(csvPath, 'utf8'), { columns: true })).toEqual(listing);
    expect(JSON.parse((await cli(['users', 'export', '--format', 'json'])).stdout)).toEqual(listing);
    const ndjson = (await cli(['users', 'export', '--format', 'ndjson', '--detail', 'name'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(ndjson).toEqual(listing.map((u) => ({ name: u.name })));
  });

  it('file mistakes name the path and say whether reading or writing failed', async () => {
    const directory = await cli(['users', 'import', dir]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toBe(`extender-users: cannot read '${dir}': it is a directory, not a file\n`);
    const missing = await cli(['users', 'import', join(dir, 'nope.csv')]);
    expect(missing.stderr).toBe(`extender-users: cannot read '${join(dir, 'nope.csv')}': no such file\n`);
    const noFolder = await cli(['users', 'export', '-o', '/no/such/dir/users.csv']);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toBe("extender-users: cannot write '/no/such/dir/users.csv': its folder does not exist\n");
    const ontoDirectory = await cli(['users', 'export', '-o', dir]);
    expect(ontoDirectory.stderr).toBe(`extender-users: cannot write '${dir}': it is a directory, not a file\n`);
    const quote = file('quote.csv', 'name,fullName,email\nq1,"Open quote,q1@acme.test\nq2,Q Two,q2@acme.test\n');
    const unclosed = await cli(['users', 'import', quote]);
    expect(unclosed.code).toBe(2);
    // One line about the file, not an invalid row (issue 22).
    expect(unclosed.stderr).toMatch(
      new RegExp(
        `^extender-users: ${quote}:2: not a valid CSV file: a quoted field .* is never closed .*; nothing was imported\n$`,
      ),
    );
  });

  it('a failed export leaves no partial file and keeps the one that was there', async () => {
    const proxy = await startFailingProxy(sandbox.baseUrl, { failPagesFrom: 2 });
    try {
      const path = file('kept.csv', 'the previous export\n');
      const r = await runCli(['users', 'export', '-o', path, '--page-size', '5', '--concurrency', '1'], {
        env: { ...env, CONFLUENCE_URL: proxy.url },
      });
      expect(r.code).toBe(1);
      expect(readFileSync(path, 'utf8')).toBe('the previous export\n');
      expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('import validates every row first, by line number, and imports nothing when any is bad', async () => {
    const bad = file(
      'bad.csv',
      'name,fullName,email,password,groups\nimp1,Imp One,imp1@acme.test,,\nimp 2,Imp Two,imp2@acme.test,,\nimp3,Imp Three,nope,,\nimp1,Dup,dup@acme.test,,\n',
    );
    const r = await cli(['users', 'import', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:3: imp 2: name 'imp 2' is not a valid user name`);
    expect(r.stderr).toContain(`${bad}:4: imp3: email 'nope' is not an e-mail address`);
    expect(r.stderr).toContain(`${bad}:5: imp1: name 'imp1' appears already on line 2`);
    expect(r.stderr).toMatch(/3 invalid rows in .*; nothing was imported/);
    expect((await cli(['users', 'show', 'imp1'])).code).toBe(1);
  });

  it('import adds with bounded concurrency, skips existing users, and can be re-run; --dry-run changes nothing', async () => {
    const rows = [
      'name,fullName,email,password,groups',
      `imp1,"Imp, One",imp1@acme.test,${USER_PASSWORD},developers;qa`,
      'admin,Already There,admin@acme.test,,',
      ...Array.from({ length: 25 }, (_, i) => `bulk${i},Bulk ${i},bulk${i}@acme.test,,`),
    ];
    const path = file('good.csv', `${rows.join('\r\n')}\r\n`);
    const dry = await cli(['users', 'import', path, '--dry-run']);
    expect(dry.stdout).toMatch(/dry run: 26 to add, 1 existing skipped, 27 rows valid/);
    expect(dry.stdout).toContain('would skip admin (line 3): exists already\n');
    expect((await cli(['users', 'show', 'bulk0'])).code).toBe(1);
    const first = await cli(['users', 'import', path, '--concurrency', '6']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe('added 26, skipped 1 existing, failed 0 (of 27 rows)\n');
    expect(first.stderr).toContain(
      `${path}:3: admin: exists already: skipped; the row's other values (full name, e-mail, password, groups) were not applied (users update changes a user)\n`,
    );
    expect(first.stderr).toMatch(/import: 26\/26/);
    expect(JSON.parse((await cli(['users', 'show', 'imp1', '--format', 'json'])).stdout).fullName).toBe('Imp, One');
    const again = await cli(['users', 'import', path]);
    expect(again.stdout).toBe('added 0, skipped 27 existing, failed 0 (of 27 rows)\n');
    expect(again.stderr.split('\n').filter((l) => / exists already: skipped; /.test(l))).toHaveLength(27);
    expect(existsSync(`${path}.failures.csv`)).toBe(false);
  });

  it('a partial failure exits 3, reports the failed rows, keeps the added ones, and a re-run finishes the job', async () => {
    const proxy = await startFailingProxy(sandbox.baseUrl);
    try {
      const path = file(
        'partial.csv',
        'name,fullName,email\npart1,Part One,p1@acme.test\nfail-one,Fails Once,f1@acme.test\npart2,Part Two,p2@acme.test\n',
      );
      const report = join(dir, 'partial-report.csv');
      const r = await runCli(['users', 'import', path, '--report', report], {
        env: { ...env, CONFLUENCE_URL: proxy.url },
      });
      expect(r.code, r.stderr).toBe(3);
      expect(r.stdout).toBe('added 2, skipped 0 existing, failed 1 (of 3 rows)\n');
      expect(r.stderr).toContain(`${path}:3: fail-one: addUser failed with HTTP 500: Simulated failure`);
      expect(r.stderr).toMatch(/1 row failed; see .*partial-report.csv; fix them and re-run/);
      expect(parse(readFileSync(report, 'utf8'), { columns: true })).toEqual([
        {
          line: '3',
          name: 'fail-one',
          fullName: 'Fails Once',
          email: 'f1@acme.test',
          groups: '',
          error: 'addUser failed with HTTP 500: Simulated failure',
        },
      ]);
      expect((await cli(['users', 'show', 'part2'])).code).toBe(0);
      const rerun = await cli(['users', 'import', path]);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toBe('added 1, skipped 2 existing, failed 0 (of 3 rows)\n');
    } finally {
      await proxy.close();
    }
  });
});

describe('mistakes and exit codes', () => {
  it('usage mistakes are one line and exit 2, with no stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['users', 'list', '--max-results', 'lots'], /--max-results must be a whole number/],
      [['users', 'list', '--format', 'xml'], /argument 'xml' is invalid/],
      [['users', 'frobnicate'], /unknown command 'frobnicate'/],
      [['users', 'add', 'x'], /required option '--full-name <name>' not specified/],
      [['users', 'update', 'x'], /nothing to change/],
      [['users', 'delete', 'user'], /confirm with --yes when not at a terminal/],
      [['users', 'audit', 'inactive', '--days', '0'], /--days must be a whole number from 1/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0], args.join(' ')).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    }
  });

  it('configuration mistakes say what to set', async () => {
    const noUrl = await runCli(['users', 'list'], { env: {} });
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toMatch(/no Confluence URL: set CONFLUENCE_URL or pass --url/);
    const noPassword = await runCli(['users', 'list'], {
      env: { CONFLUENCE_URL: sandbox.baseUrl, CONFLUENCE_USER: 'clibot' },
    });
    expect(noPassword.code, noPassword.stderr).toBe(2);
    expect(noPassword.stderr).toMatch(/no password for clibot/);
    const restUrl = await runCli(['users', 'list'], {
      env: { ...env, CONFLUENCE_URL: `${sandbox.baseUrl}/rest/extender/1.0/user` },
    });
    expect(restUrl.code).toBe(2);
    expect(restUrl.stderr).toMatch(/--url is the Confluence base URL without \/rest/);
  });

  it('API errors exit 1 with the server message; wrong credentials and network errors say what to check', async () => {
    const wrong = await runCli(['users', 'list'], { env: { ...env, CONFLUENCE_PASSWORD: 'not-it' } });
    expect(wrong.code).toBe(1);
    // The hint names where this run took the credentials from, not every way there is to give them.
    expect(wrong.stderr).toMatch(
      /HTTP 401: Invalid user name or password \(check CONFLUENCE_USER and CONFLUENCE_PASSWORD\)\n$/,
    );
    const onTheLine = await runCli(['users', 'list', '--user', 'admin', '--password', 'not-it'], {
      env: { CONFLUENCE_URL: env.CONFLUENCE_URL, CONFLUENCE_PASSWORD: 'admin' },
    });
    expect(onTheLine.code).toBe(1);
    expect(onTheLine.stderr).toMatch(/HTTP 401: Invalid user name or password \(check --user and --password\)\n$/);
    const piped = await runCli(['users', 'list', '--password-stdin'], {
      env: { CONFLUENCE_URL: env.CONFLUENCE_URL, CONFLUENCE_USER: env.CONFLUENCE_USER },
      input: 'not-it\n',
    });
    expect(piped.stderr).toMatch(/\(check CONFLUENCE_USER and the password piped to --password-stdin\)\n$/);
    await cli([
      'users',
      'add',
      'plain',
      '--full-name',
      'Plain User',
      '--email',
      'plain@acme.test',
      '--new-password',
      USER_PASSWORD,
    ]);
    const nonAdmin = await runCli(['users', 'list'], {
      env: { ...env, CONFLUENCE_USER: 'plain', CONFLUENCE_PASSWORD: USER_PASSWORD },
    });
    expect(nonAdmin.code).toBe(1);
    expect(nonAdmin.stderr).toMatch(/HTTP 403: .*must be a Confluence administrator/);
    const down = await runCli(['users', 'list', '--timeout', '5'], {
      env: { ...env, CONFLUENCE_URL: await closedUrl() },
    });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/request failed.*check CONFLUENCE_URL or --url/);
  });

  it('--deadline bounds a whole call, retries included, even when each attempt may wait for ever', async () => {
    const silent = await startMisbehavingServer(() => ({ silent: true }));
    try {
      const r = await runCli(['users', 'list', '--timeout', '0', '--deadline', '2'], {
        env: { ...env, CONFLUENCE_URL: silent.url },
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(
        /^extender-users: getUsers: not done within the --deadline of 2 s \(1 attempt\) \(a slow or stuck server: try a larger --timeout or --deadline/,
      );
      const perAttempt = await runCli(['users', 'list', '--timeout', '1', '--deadline', '60'], {
        env: { ...env, CONFLUENCE_URL: silent.url },
      });
      expect(perAttempt.stderr).toMatch(/no answer within the --timeout of 1 s \(attempt \d\)/);
      expect(r.stderr + perAttempt.stderr).not.toMatch(/timeoutMs|deadlineMs| ms\b/);
    } finally {
      await silent.close();
    }
  });

  it('--password-stdin and --token work; flags after the command override the environment', async () => {
    const viaStdin = await runCli(
      [
        '--url',
        sandbox.baseUrl,
        '--user',
        'clibot',
        '--password-stdin',
        'users',
        'list',
        '--max-results',
        '1',
        '--format',
        'json',
      ],
      { input: `${ADMIN_PASSWORD}\n` },
    );
    expect(viaStdin.code, viaStdin.stderr).toBe(0);
    const after = await runCli(
      [
        'users',
        'list',
        '--url',
        sandbox.baseUrl,
        '--user',
        'clibot',
        '--password',
        ADMIN_PASSWORD,
        '--max-results',
        '1',
        '--format',
        'json',
      ],
      { env: { CONFLUENCE_URL: 'http://127.0.0.1:9' } },
    );
    expect(after.code, after.stderr).toBe(0);
    const badToken = await runCli(['users', 'list', '--token', 'eus_nope'], {
      env: { CONFLUENCE_URL: sandbox.baseUrl },
    });
    expect(badToken.code).toBe(1);
    expect(badToken.stderr).toMatch(/HTTP 401: Invalid token/);
  });

  it("global options work before or after the command; --password is always the administrator's, --new-password the user's", async () => {
    const debugAfter = await runCli(['users', 'show', 'ghost-user', '--debug'], { env });
    expect(debugAfter.code, debugAfter.stderr).toBe(1);
    expect(debugAfter.stderr).toMatch(/\n\s+at /);
    const admin = ['--url', sandbox.baseUrl, '--user', 'clibot', '--password', ADMIN_PASSWORD];
    const made = await runCli([
      'users',
      'add',
      'newpw',
      '--full-name',
      'New Pw',
      '--email',
      'newpw@acme.test',
      '--new-password',
      USER_PASSWORD,
      ...admin,
      '--timeout',
      '20',
    ]);
    expect(made.code, made.stderr).toBe(0);
    // A known user who is not an administrator gets 403; a wrong password would be 401.
    const asNewUser = (password: string) =>
      runCli(['users', 'list', '--url', sandbox.baseUrl, '--user', 'newpw', '--password-stdin'], { input: password });
    expect((await asNewUser(USER_PASSWORD)).stderr).toMatch(/HTTP 403/);
    const updated = await runCli(['users', 'update', 'newpw', '--new-password', USER_PASSWORD_2, ...admin]);
    expect(updated.code, updated.stderr).toBe(0);
    expect((await asNewUser(USER_PASSWORD_2)).stderr).toMatch(/HTTP 403/);
    expect((await asNewUser(USER_PASSWORD)).stderr).toMatch(/HTTP 401/);
  });

  it('a mistyped option is named without its value (it may be a password)', async () => {
    const r = await runCli(['users', 'list', `--passwrd=${ADMIN_PASSWORD}`], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--passwrd=…'/);
    expect(r.stderr).not.toContain(ADMIN_PASSWORD);
  });

  it('a mistake in the command line is one line, with the pointer to --help (it was two)', async () => {
    for (const args of [
      ['users', 'lst'],
      ['users', 'list', '--format', 'xml'],
      ['users', 'audit', 'inactive'],
    ]) {
      const r = await runCli(args, { env });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^extender-users: [^\n]+ \(add --help for usage\)\n$/);
    }
  });

  it('--debug adds a stack trace, still without secrets', async () => {
    const r = await runCli(['--debug', 'users', 'show', 'ghost-user'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('no password ever appears in any output of this whole file', () => {
    const everything = transcript.join('\n');
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything).not.toContain(ADMIN_PASSWORD);
    expect(everything).not.toContain(USER_PASSWORD);
    expect(everything).not.toContain(USER_PASSWORD_2);
    expect(everything).not.toContain(Buffer.from(`clibot:${ADMIN_PASSWORD}`).toString('base64'));
  });
});
