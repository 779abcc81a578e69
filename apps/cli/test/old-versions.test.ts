// Extender versions whose listings or getUserDetails lack fields a command needs: before 2.8.0
// listings hold names only (the detail flags do nothing), before 2.3.0 getUserDetails has no dates,
// before 2.7.0 no hasAccessToUseConfluence. The CLI never concludes from data that is not there:
// it completes the listing from getUserDetails, or stops and says what this version does not report.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { startMisbehavingServer } from './support/misbehaving-server.js';
import { runCli } from './support/run.js';

let v241: SandboxProcess;
let v201: SandboxProcess;
const as = (sandbox: SandboxProcess) => ({
  CONFLUENCE_URL: sandbox.baseUrl,
  CONFLUENCE_USER: 'admin',
  CONFLUENCE_PASSWORD: 'admin',
});
const AUTH = { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` };
const DAY = 86_400_000;

/** What getUserDetails says of every user the (names-only) listing holds, straight from the server. */
async function detailsOfEveryone(sandbox: SandboxProcess): Promise<Record<string, unknown>[]> {
  const page = (await (
    await fetch(`${sandbox.baseUrl}/rest/extender/1.0/user/getUsers?maxResults=1000`, { headers: AUTH })
  ).json()) as { users: { name: string }[] };
  return Promise.all(
    page.users.map(
      async (u) =>
        (await (
          await fetch(`${sandbox.baseUrl}/rest/extender/1.0/user/getUserDetails/${encodeURIComponent(u.name)}`, {
            headers: AUTH,
          })
        ).json()) as Record<string, unknown>,
    ),
  );
}

beforeAll(async () => {
  [v241, v201] = await Promise.all([
    startSandboxProcess(['--db', ':memory:', '--seed-users', '40', '--extender-version', '2.4.1']),
    startSandboxProcess(['--db', ':memory:', '--seed-users', '5', '--extender-version', '2.0.1']),
  ]);
});
afterAll(async () => {
  await Promise.all([v241?.stop(), v201?.stop()]);
});

describe('a listing of names only (Extender 2.4.1)', () => {
  it('audit inactive looks each user up with getUserDetails and finds the inactive ones; --dry-run counts them', async () => {
    const everyone = await detailsOfEveryone(v241);
    const cutoff = Date.now() - 180 * DAY;
    const expected = everyone
      .filter((u) => ((u.lastSuccessfulLoginDate as number | null) ?? (u.createdDate as number)) < cutoff)
      .map((u) => u.name as string);
    expect(expected.length).toBeGreaterThan(2);

    const r = await runCli(['users', 'audit', 'inactive', '--days', '180', '--format', 'json'], { env: as(v241) });
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { name: string; createdDate: string }[];
    expect(rows.map((u) => u.name).sort()).toEqual([...expected].sort());
    expect(rows.every((u) => /^\d{4}-\d\d-\d\dT/.test(u.createdDate))).toBe(true);
    expect(r.stderr).toMatch(
      /the listing has no .*lastSuccessfulLoginDate \(Extender versions before 2\.8\.0 list names only\): looking each user up with getUserDetails, 4 at once/,
    );
    expect(r.stderr).toMatch(new RegExp(`look up: ${everyone.length}/${everyone.length}`));

    const dry = await runCli(
      ['users', 'audit', 'inactive', '--days', '180', '--deactivate', '--dry-run', '--format', 'csv'],
      { env: as(v241) },
    );
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain(`dry run: ${expected.length} users would be deactivated`);
  });

  it('export and list --detail basic complete each user from getUserDetails; rows are never left empty', async () => {
    const everyone = await detailsOfEveryone(v241);
    const basic = everyone.map((u) => ({ name: u.name, fullName: u.fullName, email: u.email, key: u.key }));
    const exported = await runCli(['users', 'export', '--detail', 'basic', '--format', 'json', '--page-size', '7'], {
      env: as(v241),
    });
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(basic);
    const listed = await runCli(['users', 'list', '--detail', 'basic', '--max-results', '5', '--format', 'json'], {
      env: as(v241),
    });
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual(basic.slice(0, 5));
  });

  it('export --detail extended stops with one line naming what this version does not report; exit 1, no file', async () => {
    const r = await runCli(['users', 'export', '--detail', 'extended', '--format', 'csv'], { env: as(v241) });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('extender-users:'))).toEqual([
      'extender-users: this Extender version does not report hasAccessToUseConfluence (neither its listing nor getUserDetails has it): use --detail basic',
    ]);
    expect(r.stdout).not.toMatch(/\r\n[^,\r\n]+,/); // no data row
  });
});

describe('addUser without a password before Extender 2.13.0', () => {
  it('users add says to give --new-password, naming the version the plugin manager gives', async () => {
    const r = await runCli(['users', 'add', 'nopw', '--full-name', 'No Password', '--email', 'nopw@acme.test'], {
      env: as(v241),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "extender-users: addUser failed with HTTP 400: body must have required property 'password' (Extender 2.4.1 requires a password for a new user: give --new-password)\n",
    );
    const made = await runCli(
      [
        'users',
        'add',
        'nopw',
        '--full-name',
        'No Password',
        '--email',
        'nopw@acme.test',
        '--new-password',
        'S0me-Pa55word',
      ],
      { env: as(v241) },
    );
    expect(made.code, made.stderr).toBe(0);
  });

  it('users import says to add a password column, in the report too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-old-'));
    try {
      const csv = join(dir, 'hires.csv');
      writeFileSync(csv, 'name,fullName,email\nhire1,Hire One,hire1@acme.test\n');
      const r = await runCli(['users', 'import', csv], { env: as(v241) });
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(
        `${csv}:2: hire1: addUser failed with HTTP 400: body must have required property 'password' (Extender 2.4.1 requires a password for a new user: add a password column)\n`,
      );
      expect(readFileSync(`${csv}.failures.csv`, 'utf8')).toContain(
        '(Extender 2.4.1 requires a password for a new user: add a password column)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("stops, exit 1, where getUserDetails answers another user's details (the Prism mock's one example), never writing them as the user's row", async () => {
    const admin = { name: 'admin', fullName: 'Administrator', email: 'admin@acme.test', key: 'k-admin' };
    const server = await startMisbehavingServer((path) =>
      path.includes('/user/getUsers')
        ? { answer: 200, body: JSON.stringify({ users: [{ name: 'admin' }, { name: 'new_user' }], total: 2 }) }
        : path.includes('/user/getUserDetails/')
          ? { answer: 200, body: JSON.stringify(admin) }
          : { answer: 404, body: '{"message":"no"}' },
    );
    try {
      const r = await runCli(['users', 'list', '--detail', 'basic', '--format', 'json'], {
        env: { CONFLUENCE_URL: server.url, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' },
      });
      expect(r.code).toBe(1);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('extender-users:'))).toEqual([
        "extender-users: getUserDetails answered the user 'admin' when asked for 'new_user': this server does not answer for the user asked (a mock answering its example?)",
      ]);
      expect(r.stdout).not.toMatch(/"name": ?"admin"[\s\S]*"name": ?"admin"/);
    } finally {
      await server.close();
    }
  });

  it('where the version is not known, the hint comes from the 400 alone', async () => {
    const server = await startMisbehavingServer((path) =>
      path.endsWith('/user/add')
        ? { answer: 400, body: '{"message":"body must have required property \'password\'"}' }
        : { answer: 404, body: '{"message":"no"}' },
    );
    try {
      const r = await runCli(['users', 'add', 'nopw', '--full-name', 'No Password', '--email', 'nopw@acme.test'], {
        env: { CONFLUENCE_URL: server.url, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' },
      });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe(
        "extender-users: addUser failed with HTTP 400: body must have required property 'password' (Extender versions <2.13.0 require a password for a new user: give --new-password)\n",
      );
    } finally {
      await server.close();
    }
  });
});

describe('getUserDetails without dates (Extender 2.0.1)', () => {
  it('audit inactive says that this version does not report login dates; exit 1, nothing deactivated', async () => {
    for (const extra of [[], ['--deactivate', '--dry-run'], ['--deactivate', '--yes']]) {
      const r = await runCli(['users', 'audit', 'inactive', '--days', '180', ...extra], { env: as(v201) });
      expect(r.code, extra.join(' ')).toBe(1);
      const end = extra.length ? '; nothing was deactivated' : '';
      expect(
        r.stderr.endsWith(
          `\nextender-users: this Extender version does not report createdDate, lastSuccessfulLoginDate (neither its listing nor getUserDetails has them): inactive users cannot be found through its API${end}\n`,
        ),
        r.stderr,
      ).toBe(true);
      expect(r.stdout).toBe('');
    }
  });

  it('users show marks what this version does not report instead of saying "never"', async () => {
    const table = await runCli(['users', 'show', 'admin', '--format', 'table'], { env: as(v201) });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/lastSuccessfulLoginDate +│ not reported by this Extender version/);
    expect(table.stdout).not.toMatch(/never/);
  });
});
