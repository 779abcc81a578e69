// --with-access on users list, export and audit inactive: getUsersWithConfluenceAccess, which
// lists only users with access, where getUsers (in versions after 2.13.0) lists every user.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { runCli } from './support/run.js';

let latest: SandboxProcess;
let old: SandboxProcess;
const as = (sandbox: SandboxProcess) => ({
  CONFLUENCE_URL: sandbox.baseUrl,
  CONFLUENCE_USER: 'admin',
  CONFLUENCE_PASSWORD: 'admin',
});
const names = async (args: string[], sandbox = latest) => {
  const r = await runCli(args, { env: as(sandbox) });
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { name: string }[]).map((u) => u.name);
};

beforeAll(async () => {
  [latest, old] = await Promise.all([
    startSandboxProcess(['--db', ':memory:', '--seed-users', '12']),
    startSandboxProcess(['--db', ':memory:', '--seed-users', '3', '--extender-version', '2.13.0']),
  ]);
  expect((await runCli(['users', 'deactivate', 'anna.nowak'], { env: as(latest) })).code).toBe(0);
});
afterAll(async () => {
  await Promise.all([latest?.stop(), old?.stop()]);
});

it('users list, export and audit read only users with access with --with-access', async () => {
  const extended = JSON.parse(
    (await runCli(['users', 'list', '--all', '--detail', 'extended', '--format', 'json'], { env: as(latest) })).stdout,
  ) as { name: string; hasAccessToUseConfluence: boolean }[];
  const all = extended.map((u) => u.name);
  expect(all).toContain('anna.nowak'); // getUsers lists deactivated users too in this version
  const withAccess = await names(['users', 'list', '--all', '--with-access', '--format', 'json']);
  expect(withAccess).toEqual(extended.filter((u) => u.hasAccessToUseConfluence).map((u) => u.name));
  expect(withAccess).not.toContain('anna.nowak');
  expect(await names(['users', 'list', '--with-access', '--max-results', '100', '--format', 'json'])).toEqual(
    withAccess,
  );
  expect(await names(['users', 'export', '--with-access', '--format', 'json'])).toEqual(withAccess);
  expect(await names(['users', 'export', '--format', 'json'])).toEqual(all);
  const audited = await names(['users', 'audit', 'inactive', '--days', '30', '--with-access', '--format', 'json']);
  expect(audited).toEqual(await names(['users', 'audit', 'inactive', '--days', '30', '--format', 'json']));
  expect(audited).not.toContain('anna.nowak');
});

it('against a version without getUsersWithConfluenceAccess, says so and what to do instead', async () => {
  const r = await runCli(['users', 'list', '--with-access'], { env: as(old) });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /^extender-users: getUsersWithConfluenceAccess failed with HTTP 404: .*2\.13\.0 and older do not have getUsersWithConfluenceAccess.*\(leave out --with-access: on such versions the plain listing holds only users with access\)\n$/,
  );
  expect(await names(['users', 'list', '--all', '--format', 'json'], old)).toContain('admin');
});
