// extender-users doctor against the sandbox (healthy, a non-administrator, wrong credentials) and
// against servers that are not Confluence with Extender: each case says which, in one line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIds, operationTable, presenceIn } from '@extender-users/api-types';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { closedUrl, startConfluenceWithoutExtender, startOtherWebServer } from './support/fake-servers.js';
import { runCli } from './support/run.js';

let latest: SandboxProcess;
let older: SandboxProcess;
const doctor = (url: string, user: string, password: string, ...args: string[]) =>
  runCli(['doctor', ...args], { env: { CONFLUENCE_URL: url, CONFLUENCE_USER: user, CONFLUENCE_PASSWORD: password } });
const line = (stdout: string, label: string) =>
  stdout.split('\n').find((l) => l.slice(6).startsWith(`${label} `)) ?? `(no ${label} line in:\n${stdout})`;

beforeAll(async () => {
  [latest, older] = await Promise.all([
    startSandboxProcess(['--db', ':memory:', '--seed-users', '3', '--rate-limit', '50']),
    startSandboxProcess(['--db', ':memory:', '--seed-users', '3', '--extender-version', '2.8.0']),
  ]);
});
afterAll(async () => {
  await Promise.all([latest?.stop(), older?.stop()]);
});

describe('doctor', () => {
  it('against the sandbox: every check ok, the version, its operations and the rate limit; exit 0', async () => {
    const r = await doctor(latest.baseUrl, 'admin', 'admin');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout.split('\n').map((l) => l.slice(0, 19).trimEnd())).toEqual([
      'ok    URL',
      'ok    Confluence',
      'ok    credentials',
      'ok    administrator',
      'ok    Extender',
      'info  operations',
      'info  rate limit',
      'everything needed w',
      '',
    ]);
    expect(r.stdout).toMatch(/\neverything needed works\n$/);
    expect(line(r.stdout, 'Extender')).toMatch(/Extender for Confluence latest is installed and enabled$/);
    expect(line(r.stdout, 'rate limit')).toMatch(/bursts of 50 requests, 50 more every 1 s/);
    expect(r.stderr).toBe('');
  });

  it('names the version a sandbox emulates, and what that version lacks or may lack, from the spec', async () => {
    const r = await doctor(older.baseUrl, 'admin', 'admin', '--format', 'json');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      healthy: boolean;
      checks: { check: string; verdict: string; message: string }[];
    };
    expect(report.healthy).toBe(true);
    const byCheck = Object.fromEntries(report.checks.map((c) => [c.check, c.message]));
    expect(byCheck.extender).toBe('Extender for Confluence 2.8.0 is installed and enabled');
    // What 2.8.0 lacks comes from the spec (x-since / x-since-after), never from a list written here.
    const lacking = operationIds.filter((id) => presenceIn('2.8.0', operationTable[id]) === 'no');
    expect(lacking).toContain('getUsersWithConfluenceAccess');
    expect(byCheck.operations).toMatch(
      new RegExp(
        `^2\\.8\\.0 has ${operationIds.length - lacking.length} of the ${operationIds.length} operations; not: `,
      ),
    );
    for (const id of lacking) expect(byCheck.operations).toContain(id);
    expect(byCheck['rate-limit']).toMatch(/no rate-limit headers seen/);
  });

  it('a non-administrator: the credentials work, the administrator check fails; exit 1', async () => {
    const r = await doctor(latest.baseUrl, 'user', 'user');
    expect(r.code).toBe(1);
    expect(line(r.stdout, 'credentials')).toMatch(/^ok/);
    expect(line(r.stdout, 'administrator')).toBe(
      'FAIL  administrator user is not a Confluence administrator (HTTP 403): use an account in confluence-administrators, or ask for one',
    );
    expect(r.stderr).toBe('extender-users: doctor: the administrator check failed\n');
  });

  it('wrong credentials: says so once, and sends no more of them; exit 1', async () => {
    const r = await doctor(latest.baseUrl, 'admin', 'not-the-password');
    expect(r.code).toBe(1);
    expect(line(r.stdout, 'credentials')).toMatch(
      /^FAIL  credentials   the credentials for admin are refused \(HTTP 401\): check CONFLUENCE_USER and CONFLUENCE_PASSWORD/,
    );
    expect(r.stdout).not.toMatch(/administrator|Extender/);
    expect(r.stdout).not.toContain('not-the-password');
    // Given on the command line: the hint names the flags, not the variables.
    const flags = await runCli(['doctor', '--user', 'admin', '--password', 'not-the-password'], {
      env: { CONFLUENCE_URL: latest.baseUrl },
    });
    expect(line(flags.stdout, 'credentials')).toBe(
      'FAIL  credentials   the credentials for admin are refused (HTTP 401): check --user and --password',
    );
  });

  it('a server that is not Confluence: says so, and never sends it the credentials; exit 1', async () => {
    const other = await startOtherWebServer();
    try {
      const r = await doctor(other.url, 'admin', 'admin');
      expect(r.code).toBe(1);
      expect(line(r.stdout, 'URL')).toMatch(/^ok/);
      expect(line(r.stdout, 'Confluence')).toMatch(
        /^FAIL  Confluence    it is not Confluence: \/status answered HTTP 404 text\/html, not Confluence's \{"state":…\}; check the base URL and its context path/,
      );
      expect(r.stderr).toBe('extender-users: doctor: the Confluence check failed\n');
      expect(other.authorizations).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('Confluence without Extender: says that Extender is not installed; exit 1', async () => {
    const confluence = await startConfluenceWithoutExtender();
    try {
      const r = await doctor(confluence.url, 'admin', 'admin');
      expect(r.code).toBe(1);
      expect(line(r.stdout, 'Confluence')).toMatch(/^ok/);
      expect(line(r.stdout, 'Extender')).toMatch(
        /^FAIL  Extender      Extender for Confluence is not installed \(the plugin manager does not know com\.itlab\.confluence\.plugins\.restapi-extender\): install it from the Atlassian Marketplace/,
      );
      expect(r.stderr).toBe('extender-users: doctor: the Extender check failed\n');
    } finally {
      await confluence.close();
    }
  });

  it('a URL that does not answer: says so first; exit 1', async () => {
    const url = await closedUrl();
    const r = await doctor(url, 'admin', 'admin', '--timeout', '5');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `FAIL  URL           ${url} does not answer (connect ECONNREFUSED ${url.replace('http://', '')}; 4 attempts): check CONFLUENCE_URL or --url, and that Confluence is running\n`,
    );
  });

  it("a port fetch never connects to: says why, after one attempt (it said 'does not answer' after four)", async () => {
    const r = await doctor('http://127.0.0.1:9', 'admin', 'admin', '--timeout', '5');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^FAIL  URL           http:\/\/127\.0\.0\.1:9 does not answer \(bad port \(fetch never connects to this port, one the Fetch standard blocks: use another\); 1 attempt\)/,
    );
  });
});
