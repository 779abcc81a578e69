// What administrators open: values anyone who can set a full name controls, in the spreadsheets and
// terminals of the administrator who runs the CLI (issue 22).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedUrl } from './support/fake-servers.js';
import { runCli, runCliInTerminal, startSandbox } from './support/run.js';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let env: NodeJS.ProcessEnv;
const dir = mkdtempSync(join(tmpdir(), 'cli-hostile-'));
const cli = (args: string[], input?: string) => runCli(args, { env, input, cwd: dir });
const path = (name: string) => join(dir, name);

/** Users whose full names (and some names) a spreadsheet would run as formulas. */
const FORMULA_USERS = [
  { name: 'hyper', fullName: '=HYPERLINK("http://evil.test","x")', email: 'hyper@acme.test' },
  { name: 'plus', fullName: '+1+1', email: 'plus@acme.test' },
  { name: 'minus', fullName: "-2+3+cmd|' /C calc'!A0", email: 'minus@acme.test' },
  { name: 'at', fullName: '@SUM(1,2)', email: 'at@acme.test' },
  { name: '=eq', fullName: 'Already Quoted', email: 'eq@acme.test' },
  { name: '-dash', fullName: "'=1+1", email: 'dash@acme.test' },
  { name: 'zoe', fullName: 'Zoë Ångström', email: 'zoe@acme.test' },
];
/** Users whose full names are terminal controls: a title change and a screen clear, a C1 CSI, a bidi override. */
const ESCAPE_USERS = [
  { name: 'eve', fullName: 'Eve \u001b]0;pwned\u0007\u001b[2J', email: 'eve@acme.test' },
  { name: 'mallory', fullName: 'Mal \u009b31m\u202elory\rX', email: 'mallory@acme.test' },
];
const NAMES = new Set(FORMULA_USERS.map((u) => u.name));
/** Our users' rows, by their names as stored or as a guarded CSV cell holds them ('=eq). */
const ours = <T extends { name?: string }>(rows: T[]) =>
  rows.filter((r) => NAMES.has(r.name ?? '') || NAMES.has(r.name?.replace(/^'/, '') ?? ''));

beforeAll(async () => {
  sandbox = await startSandbox();
  env = { CONFLUENCE_URL: sandbox.baseUrl, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' };
  // The users are set up through the API (a CLI process costs a fifth of a second of CPU), but for
  // one added as a user would, a name that looks like an option after `--`.
  for (const u of [...FORMULA_USERS, ...ESCAPE_USERS]) {
    if (u.name === '-dash') {
      const made = await cli(['users', 'add', '--full-name', u.fullName, '--email', u.email, '--', u.name]);
      expect(made.code, made.stderr).toBe(0);
      continue;
    }
    const made = await fetch(`${sandbox.baseUrl}/rest/extender/1.0/user/add`, {
      method: 'PUT',
      headers: {
        authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(u),
    });
    expect(made.status, await made.text()).toBe(200);
  }
});
afterAll(async () => {
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const csvRows = (text: string) => parse(text, { columns: true, bom: true }) as Record<string, string>[];
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

describe('spreadsheet formula injection', () => {
  it("users export and users list --format csv write no cell a spreadsheet would run: such a cell gets a ' in front", async () => {
    const exported = await cli(['users', 'export']);
    const listed = await cli(['users', 'list', '--all', '--format', 'csv']);
    for (const r of [exported, listed]) {
      expect(r.code, r.stderr).toBe(0);
      const rows = ours(csvRows(r.stdout));
      expect(rows).toHaveLength(FORMULA_USERS.length);
      for (const row of csvRows(r.stdout))
        for (const cell of Object.values(row)) expect(cell, JSON.stringify(row)).not.toMatch(FORMULA_START);
      expect(rows.find((u) => u.name === "'=eq")?.fullName).toBe('Already Quoted');
      expect(rows.find((u) => u.name === 'hyper')?.fullName).toBe(`'=HYPERLINK("http://evil.test","x")`);
      // A value that begins with ' before a formula gets one more, so that it comes back as it was.
      expect(rows.find((u) => u.name === "'-dash")?.fullName).toBe("''=1+1");
    }
    const shown = await cli(['users', 'show', 'hyper', '--format', 'csv']);
    expect(csvRows(shown.stdout)[0]!.fullName).toBe(`'=HYPERLINK("http://evil.test","x")`);
  });

  it('--raw-cells writes the values as stored; --bom begins the file with a byte-order mark; both only for CSV', async () => {
    const raw = await cli(['users', 'export', '--raw-cells', '--bom', '-o', path('raw.csv')]);
    expect(raw.code, raw.stderr).toBe(0);
    const bytes = readFileSync(path('raw.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(ours(csvRows(bytes.toString('utf8'))).map((r) => [r.name, r.fullName])).toEqual(
      expect.arrayContaining(FORMULA_USERS.map((u) => [u.name, u.fullName])),
    );
    const plain = await cli(['users', 'list', '--format', 'csv']);
    expect(plain.stdout.charCodeAt(0)).not.toBe(0xfeff);
    for (const args of [
      ['users', 'list', '--format', 'json', '--bom'],
      ['users', 'export', '--format', 'ndjson', '--raw-cells'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/applies to CSV output; add --format csv/);
    }
  });

  it('an export imported back, and a delete record imported back, give the same values', async () => {
    const exported = await cli(['users', 'export', '-o', path('export.csv')]);
    expect(exported.code, exported.stderr).toBe(0);
    // Delete our users by the names as the export wrote them ('=eq, '-dash), then add them again from
    // the delete record.
    const victims = csvRows(readFileSync(path('export.csv'), 'utf8'))
      .map((r) => r.name!)
      .filter((name) => NAMES.has(name.replace(/^'/, '')));
    expect(victims).toEqual(expect.arrayContaining(["'=eq", "'-dash", 'hyper']));
    writeFileSync(path('victims.csv'), `name\r\n${victims.join('\r\n')}\r\n`);
    const deleted = await cli([
      'users',
      'delete',
      '--from',
      path('victims.csv'),
      '--yes',
      '--record-file',
      path('deleted.csv'),
    ]);
    expect(deleted.code, deleted.stderr).toBe(0);
    const record = readFileSync(path('deleted.csv'), 'utf8');
    for (const row of csvRows(record))
      for (const cell of Object.values(row)) expect(cell, JSON.stringify(row)).not.toMatch(FORMULA_START);
    expect(csvRows(record)).toHaveLength(FORMULA_USERS.length);

    const again = await cli(['users', 'import', path('deleted.csv')]);
    expect(again.code, again.stderr).toBe(0);
    // It says what it does: new accounts, not the deleted ones restored.
    expect(again.stderr).toContain(
      `${path('deleted.csv')} is a record of deleted users: import adds NEW accounts with these names, full names and e-mails; they get new keys, and the deleted accounts' groups, content, permissions and passwords are not restored`,
    );
    expect(again.stdout).toMatch(/^added 7 new accounts, skipped 0 existing, failed 0 \(of 7 rows\)/);
    const back = await cli(['users', 'export', '--format', 'ndjson']);
    expect(back.code, back.stderr).toBe(0);
    const users = ours(
      back.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { name: string; fullName: string; email: string }),
    );
    expect(users.map((u) => [u.name, u.fullName, u.email]).sort()).toEqual(
      FORMULA_USERS.map((u) => [u.name, u.fullName, u.email]).sort(),
    );
  });
});

/** Characters that act on a terminal: C0 controls but the line ends, DEL, C1, the bidirectional overrides. */
const RAW_CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

describe('terminal escapes', () => {
  it('users show, tables, CSV and JSON on a terminal show control characters as escapes', async () => {
    for (const args of [
      ['users', 'show', 'eve'],
      ['users', 'show', 'mallory'],
      ['users', 'list', '--all'],
      ['users', 'list', '--all', '--format', 'csv'],
      ['users', 'list', '--all', '--format', 'json'],
      ['users', 'show', 'eve', '--format', 'json'],
      ['users', 'export', '--detail', 'extended', '--format', 'ndjson'],
    ]) {
      const r = await runCliInTerminal(args, { env, cwd: dir });
      expect(r.code, `${args.join(' ')}: ${r.output}`).toBe(0);
      expect(r.output, args.join(' ')).not.toMatch(RAW_CONTROL);
      if (!args.includes('mallory')) expect(r.output, args.join(' ')).toMatch(/Eve \\(x1b|u001b)\]0;pwned/);
    }
    const shown = await runCliInTerminal(['users', 'show', 'mallory'], { env, cwd: dir });
    expect(shown.output).toContain('Mal \\x9b31m\\u202elory\\rX');
  });

  it('a table is for people, wherever it goes; CSV and JSON into a pipe keep the data, and JSON reads back the same', async () => {
    const table = await cli(['users', 'list', '--all', '--format', 'table']);
    expect(table.stdout).not.toMatch(RAW_CONTROL);
    expect(table.stdout).toContain('Eve \\x1b]0;pwned\\x07\\x1b[2J');
    const csv = await cli(['users', 'list', '--all', '--format', 'csv']);
    expect(csvRows(csv.stdout).find((r) => r.name === 'eve')?.fullName).toBe(ESCAPE_USERS[0]!.fullName);
    const json = await cli(['users', 'list', '--all', '--format', 'json']);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const users = JSON.parse(json.stdout) as { name: string; fullName: string }[];
    expect(users.filter((u) => u.name === 'eve' || u.name === 'mallory').map((u) => u.fullName)).toEqual(
      ESCAPE_USERS.map((u) => u.fullName),
    );
  });

  it('messages that echo values of an import file or a command line show their control characters', async () => {
    writeFileSync(
      path('bad-import.csv'),
      'name,fullName,email\r\n"bad\u001b[2Jname",X,x@acme.test\r\nok,Y,"y\u001b]0;t\u0007@acme"\r\n',
    );
    const imported = await cli(['users', 'import', path('bad-import.csv')]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).not.toMatch(RAW_CONTROL);
    expect(imported.stderr).toContain("name 'bad\\x1b[2Jname'");
    expect(imported.stderr).toContain("email 'y\\x1b]0;t\\x07@acme'");
    writeFileSync(path('bad-names.txt'), 'fine\n\u001b]0;x\u0007\n');
    const deactivated = await cli(['users', 'deactivate', '--from', path('bad-names.txt'), '--dry-run']);
    expect(deactivated.code).toBe(2);
    expect(deactivated.stderr).not.toMatch(RAW_CONTROL);
    expect(deactivated.stderr).toContain('\\x1b]0;x\\x07');
    const missing = await cli(['users', 'show', '--', 'no\u001b[2Jbody']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('import files and messages', () => {
  it("a row whose name exists in another case names the existing user and says its other values were not applied; '1 row valid'", async () => {
    writeFileSync(path('case.csv'), 'name,fullName,email\r\nHYPER,Other Name,other@acme.test\r\n');
    const dry = await cli(['users', 'import', path('case.csv'), '--dry-run']);
    expect(dry.stdout).toBe(
      "would skip HYPER (line 2): exists already as 'hyper'\ndry run: 0 to add, 1 existing skipped, 1 row valid\n",
    );
    const r = await cli(['users', 'import', path('case.csv')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `case.csv:2: HYPER: exists already as 'hyper': skipped; the row's other values (full name, e-mail, password, groups) were not applied (users update changes a user)`,
    );
    expect(r.stdout).toBe('added 0, skipped 1 existing, failed 0 (of 1 row)\n');
  });

  it('a bad header, a duplicated column, Latin-1 and a ;-separated file are each one line about the file, not invalid rows', async () => {
    const cases: [string, string | Buffer, RegExp][] = [
      [
        'header.csv',
        'name,fullname,email\r\na,A,a@acme.test\r\n',
        /header\.csv:1: missing column 'fullName'; unknown column 'fullname'/,
      ],
      [
        'twice.csv',
        'name,fullName,email,email\r\na,A,a@acme.test,b@acme.test\r\n',
        /twice\.csv:1: column 'email' appears 2 times/,
      ],
      [
        'latin1.csv',
        Buffer.from('name,fullName,email\r\nzoe,Zoë,z@acme.test\r\n', 'latin1'),
        /latin1\.csv:2: not UTF-8 \(the byte 0xEB/,
      ],
      [
        'semi.csv',
        'name;fullName;email\r\na;A;a@acme.test\r\n',
        /semi\.csv:1: the header is one column, 'name;fullName;email': the file seems to be separated by ';'/,
      ],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(path(name), content);
      const r = await cli(['users', 'import', path(name)]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr, name).toMatch(/; nothing was (imported|read)\n$/);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
      expect(r.stderr, name).not.toMatch(/invalid row/);
    }
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('name,fullName,email\r\nzoe,Zoë,zoe@acme.test\r\n', 'utf16le'),
    ]);
    writeFileSync(path('utf16.csv'), utf16);
    const read = await cli(['users', 'import', path('utf16.csv'), '--dry-run']);
    expect(read.stdout).toContain('would skip zoe (line 2): exists already\n');
  });

  it("users list --max-results and users export --page-size out of the spec's range are refused before anything is sent", async () => {
    const nowhere = { ...env, CONFLUENCE_URL: await closedUrl() };
    for (const [args, message] of [
      [['users', 'list', '--max-results', '2000'], "--max-results must be a whole number from 1 to 1000, got '2000'"],
      [['users', 'list', '--max-results', '0'], "--max-results must be a whole number from 1 to 1000, got '0'"],
      [['users', 'export', '--page-size', '5000'], "--page-size must be a whole number from 1 to 1000, got '5000'"],
    ] as const) {
      const r = await runCli([...args], { env: nowhere, cwd: dir });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});
