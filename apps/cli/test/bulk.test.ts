// Bulk state changes, safe by default: the audit of inactive users and activate/deactivate/delete
// --from FILE, against a sandbox process, as an administrator would run them.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFailingProxy } from './support/failing-proxy.js';
import { runCli, startCli, startSandbox, transcript } from './support/run.js';

const ADMIN_PASSWORD = 'Bulk-Adm1n-S3cret';
const INTERRUPTED = Array.from({ length: 8 }, (_, i) => `int${i + 1}`);
const RERUN = ['re1', 'fail-re2', 're3'];
const KILLED = Array.from({ length: 6 }, (_, i) => `k${i + 1}`);
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let env: NodeJS.ProcessEnv;
const dir = mkdtempSync(join(tmpdir(), 'cli-bulk-'));

const cli = (args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}) =>
  runCli(args, { env: options.env ?? env, cwd: options.cwd ?? dir });
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
// What the server holds, asked of it directly (the state a bulk run leaves is the oracle here, not
// another CLI command: a process per look costs a third of a second of CPU, and some tests look at
// every user of a run).
const details = (name: string) =>
  fetch(`${sandbox.baseUrl}/rest/extender/1.0/user/getUserDetails/${encodeURIComponent(name)}`, {
    headers: { authorization: `Basic ${Buffer.from(`bulkbot:${ADMIN_PASSWORD}`).toString('base64')}` },
  });
const hasAccess = async (name: string) => {
  const answer = await details(name);
  expect(answer.status, name).toBe(200);
  return ((await answer.json()) as { hasAccessToUseConfluence: boolean }).hasAccessToUseConfluence;
};
const exists = async (name: string) => {
  const answer = await details(name);
  await answer.arrayBuffer();
  expect([200, 404], name).toContain(answer.status);
  return answer.status === 200;
};
const inactiveNames = async (days: number) =>
  (
    JSON.parse((await cli(['users', 'audit', 'inactive', '--days', String(days), '--format', 'json'])).stdout) as {
      name: string;
    }[]
  ).map((u) => u.name);

beforeAll(async () => {
  sandbox = await startSandbox();
  const made = await runCli([
    '--url',
    sandbox.baseUrl,
    '--user',
    'admin',
    '--password',
    'admin',
    'users',
    'add',
    'bulkbot',
    '--full-name',
    'Bulk Bot',
    '--email',
    'bulkbot@acme.test',
    '--new-password',
    ADMIN_PASSWORD,
    '--group',
    'confluence-administrators',
  ]);
  expect(made.code, made.stderr).toBe(0);
  env = { CONFLUENCE_URL: sandbox.baseUrl, CONFLUENCE_USER: 'bulkbot', CONFLUENCE_PASSWORD: ADMIN_PASSWORD };
  const people = [
    'name,fullName,email',
    ...['sam', 'kim', 'lee', 'max', 'ada', 'fail-one', 'gone1', 'gone2', ...INTERRUPTED, ...RERUN, ...KILLED].map(
      (n) => `${n},${n.toUpperCase()},${n}@acme.test`,
    ),
  ].join('\n');
  const imported = await cli(['users', 'import', file('people.csv', `${people}\n`)]);
  expect(imported.code, imported.stderr).toBe(0);
});
afterAll(async () => {
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('audit inactive', () => {
  it('a user who never logged in is inactive only when the account is older than --days; the listing shows the creation date', async () => {
    const r = await cli(['users', 'audit', 'inactive', '--days', '90', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as {
      name: string;
      lastSuccessfulLoginDate: string | null;
      daysSinceLogin: number | null;
      createdDate: string;
    }[];
    expect(rows.length).toBeGreaterThan(3);
    const cutoff = Date.now() - 90 * 86_400_000;
    for (const row of rows) {
      if (row.daysSinceLogin === null) {
        expect(row.lastSuccessfulLoginDate).toBeNull(); // a JSON date field holds a date or null, never the word
        expect(Date.parse(row.createdDate), row.name).toBeLessThan(cutoff);
      } else expect(row.daysSinceLogin).toBeGreaterThan(90);
    }
    const names = rows.map((u) => u.name);
    for (const newHire of ['sam', 'kim', 'lee', 'bulkbot']) expect(names).not.toContain(newHire); // made minutes ago
    expect(rows[0]!.daysSinceLogin).toBeNull(); // never-logged-in first
  });

  it('--deactivate --dry-run changes nothing; --deactivate --yes deactivates each, writes an undo file, and activate --from it undoes the run', async () => {
    const before = await inactiveNames(365);
    expect(before.length).toBeGreaterThan(1);
    const dry = await cli([
      'users',
      'audit',
      'inactive',
      '--days',
      '365',
      '--deactivate',
      '--dry-run',
      '--format',
      'json',
    ]);
    expect((JSON.parse(dry.stdout) as { result: string }[]).every((r) => r.result === 'would deactivate')).toBe(true);
    expect(await inactiveNames(365)).toEqual(before);
    const noYes = await cli(['users', 'audit', 'inactive', '--days', '365', '--deactivate']);
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toMatch(/confirm with --yes/);

    const undo = join(dir, 'undo-audit.csv');
    const done = await cli([
      'users',
      'audit',
      'inactive',
      '--days',
      '365',
      '--deactivate',
      '--yes',
      '--format',
      'json',
      '--undo-file',
      undo,
    ]);
    expect(done.code, done.stderr).toBe(0);
    const results = JSON.parse(done.stdout) as { name: string; result: string; createdDate: string }[];
    expect(results.map((r) => r.name)).toEqual(before);
    expect(results.every((r) => r.result === 'deactivated')).toBe(true);
    expect(done.stderr).toContain(`to undo: extender-users users activate --from ${undo}`);
    expect(
      (parse(readFileSync(undo, 'utf8'), { columns: true }) as { name: string }[]).map((r) => r.name).sort(),
    ).toEqual([...before].sort());
    expect(await hasAccess(before[0]!)).toBe(false);
    // Deactivated users are not inactive users: a second run finds nothing, even where getUsers lists them.
    expect(await inactiveNames(365)).toEqual([]);

    const undone = await cli(['users', 'activate', '--from', undo, '--yes']);
    expect(undone.code, undone.stderr).toBe(0);
    expect(undone.stdout).toBe(`activated ${before.length}, skipped 0, failed 0 (of ${before.length} names)\n`);
    expect(await inactiveNames(365)).toEqual(before);
  });

  it('names its undo file after the run when none is chosen, never overwriting one', async () => {
    const cwd = mkdtempSync(join(dir, 'default-'));
    const first = await cli(
      ['users', 'audit', 'inactive', '--days', '365', '--deactivate', '--yes', '--format', 'csv'],
      { cwd },
    );
    expect(first.code, first.stderr).toBe(0);
    const undoFiles = readdirSync(cwd);
    expect(undoFiles).toEqual([expect.stringMatching(/^deactivated-\d{8}T\d{6}Z(-\d+)?\.csv$/)]);
    expect(first.stderr).toContain(`to undo: extender-users users activate --from ${undoFiles[0]}`);
    const undone = await cli(
      ['users', 'activate', '--from', undoFiles[0]!, '--yes', '--undo-file', 'reactivated.csv'],
      { cwd },
    );
    expect(undone.code, undone.stderr).toBe(0);
    const taken = await cli(
      ['users', 'audit', 'inactive', '--days', '365', '--deactivate', '--yes', '--undo-file', 'reactivated.csv'],
      { cwd },
    );
    expect(taken.code).toBe(2);
    expect(taken.stderr).toBe(
      "extender-users: cannot add to 'reactivated.csv': it exists and is not a record of deactivated users (such a record starts with the line 'name,deactivated'); choose another --undo-file\n",
    );
    expect((await inactiveNames(365)).length).toBeGreaterThan(1); // nothing was deactivated by the refused run
  });

  it('with a token alone, bulk deactivation is refused until --user says who the caller is', async () => {
    const r = await cli(['users', 'audit', 'inactive', '--days', '365', '--deactivate', '--yes', '--token', 'any'], {
      env: { CONFLUENCE_URL: sandbox.baseUrl },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/with --token alone the CLI cannot tell which account is yours: add --user/);
  });
});

describe('activate, deactivate and delete --from FILE', () => {
  it('checks every line first and changes nothing when one is bad', async () => {
    const bad = file('bad-names.csv', 'name,note\nsam,ok\nbad name,x\n\nSAM,again\nbulkbot,me\n');
    const r = await cli(['users', 'deactivate', '--from', bad, '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:3: bad name: 'bad name' is not a valid user name`);
    expect(r.stderr).toContain(`${bad}:5: SAM: 'SAM' appears already on line 2`);
    expect(r.stderr).toMatch(/2 invalid lines in .*; nothing was changed/);
    expect(await hasAccess('sam')).toBe(true);
    const noName = await cli([
      'users',
      'deactivate',
      '--from',
      file('no-name.csv', 'user,email\nsam,s@acme.test\n'),
      '--yes',
    ]);
    expect(noName.stderr).toMatch(/no-name.csv:1: a CSV file needs a 'name' column/);
    const self = await cli(['users', 'delete', '--from', file('self.txt', 'sam\nBulkBot\n'), '--yes']);
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(
      /self.txt:2: BulkBot is the account this command runs as; extender-users never deletes it/,
    );
    expect(await exists('sam')).toBe(true);
  });

  it('--dry-run says what would happen; without --yes off a terminal nothing happens', async () => {
    const names = file('leavers.txt', 'sam\nkim\n\nnobody-here\n');
    const dry = await cli(['users', 'deactivate', '--from', names, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toBe(
      `would deactivate sam (line 1)\nwould deactivate kim (line 2)\nwould fail nobody-here (line 4): no such user\ndry run: 2 to deactivate, 0 to skip, 1 would fail (of 3 names)\n`,
    );
    const noYes = await cli(['users', 'deactivate', '--from', names]);
    expect(noYes.code).toBe(2);
    expect(await hasAccess('sam')).toBe(true);
  });

  it('deactivates from a plain list or a CSV, reports what failed by line, records what changed, and a re-run skips what is done', async () => {
    const names = file('leavers2.csv', 'name,fullName\nsam,SAM\nkim,KIM\nnobody-here,?\n');
    const undo = join(dir, 'undo-leavers.csv');
    const report = join(dir, 'leavers-report.csv');
    const r = await cli(['users', 'deactivate', '--from', names, '--yes', '--undo-file', undo, '--report', report]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('deactivated 2, skipped 0, failed 1 (of 3 names)\n');
    expect(r.stderr).toContain(`${names}:4: nobody-here: no such user`);
    expect(r.stderr).toMatch(/deactivate: 2\/2/);
    expect(parse(readFileSync(report, 'utf8'), { columns: true })).toEqual([
      { line: '4', name: 'nobody-here', result: 'failed', error: 'no such user' },
    ]);
    expect(parse(readFileSync(undo, 'utf8'), { columns: true })).toEqual([
      { name: 'sam', deactivated: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) },
      { name: 'kim', deactivated: expect.stringMatching(/Z$/) },
    ]);
    expect(await hasAccess('kim')).toBe(false);

    const again = await cli([
      'users',
      'deactivate',
      '--from',
      file('leavers3.txt', 'sam\nkim\nlee\n'),
      '--yes',
      '--undo-file',
      join(dir, 'undo-again.csv'),
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('deactivated 1, skipped 2 (already deactivated 2), failed 0 (of 3 names)\n');
    expect(parse(readFileSync(join(dir, 'undo-again.csv'), 'utf8'), { columns: true })).toEqual([
      { name: 'lee', deactivated: expect.stringMatching(/Z$/) },
    ]);
    const noop = await cli([
      'users',
      'deactivate',
      '--from',
      file('leavers4.txt', 'sam\n'),
      '--yes',
      '--undo-file',
      join(dir, 'undo-noop.csv'),
    ]);
    expect(noop.stdout).toBe('deactivated 0, skipped 1 (already deactivated 1), failed 0 (of 1 names)\n');
    expect(existsSync(join(dir, 'undo-noop.csv'))).toBe(false); // nothing changed, nothing to undo
  });

  it('a partial failure exits 3 with a report, keeps what was done, and a re-run finishes the job', async () => {
    expect((await cli(['users', 'deactivate', 'fail-one'])).code).toBe(0);
    const proxy = await startFailingProxy(sandbox.baseUrl);
    const names = file('activate.txt', 'sam\nfail-one\nkim\n');
    try {
      const report = join(dir, 'activate-report.csv');
      const r = await cli(
        [
          'users',
          'activate',
          '--from',
          names,
          '--yes',
          '--report',
          report,
          '--undo-file',
          join(dir, 'undo-activate.csv'),
        ],
        { env: { ...env, CONFLUENCE_URL: proxy.url } },
      );
      expect(r.code).toBe(3);
      expect(r.stdout).toBe('activated 2, skipped 0, failed 1 (of 3 names)\n');
      expect(r.stderr).toContain(`${names}:2: fail-one: activateUser failed with HTTP 500: Simulated failure`);
      expect(r.stderr).toMatch(/1 failed; see .*activate-report.csv; fix them and re-run the same command/);
      expect(await hasAccess('sam')).toBe(true);
      expect(
        (parse(readFileSync(join(dir, 'undo-activate.csv'), 'utf8'), { columns: true }) as { name: string }[]).map(
          (r) => r.name,
        ),
      ).toEqual(['sam', 'kim']);
    } finally {
      await proxy.close();
    }
    const rerun = await cli([
      'users',
      'activate',
      '--from',
      names,
      '--yes',
      '--undo-file',
      join(dir, 'undo-activate-2.csv'),
    ]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toBe('activated 1, skipped 2 (already active 2), failed 0 (of 3 names)\n');
    expect(await hasAccess('fail-one')).toBe(true);
  });

  it('Ctrl+C stops taking users and lets the changes in flight finish; the undo file and the report say exactly what happened', async () => {
    const proxy = await startFailingProxy(sandbox.baseUrl, { slowChangesMs: 400 });
    const names = file('interrupted.txt', `${INTERRUPTED.join('\n')}\n`);
    const undo = join(dir, 'undo-interrupted.csv');
    const report = join(dir, 'interrupted-report.csv');
    try {
      const run = startCli(
        [
          'users',
          'deactivate',
          '--from',
          names,
          '--yes',
          '--concurrency',
          '1',
          '--undo-file',
          undo,
          '--report',
          report,
        ],
        { env: { ...env, CONFLUENCE_URL: proxy.url }, cwd: dir },
      );
      await vi.waitFor(() => expect(run.stderr()).toContain('deactivate: 1/8'), { timeout: 20_000, interval: 20 });
      run.child.kill('SIGINT');
      const r = await run.done;
      expect(r.code, r.stderr).toBe(130);
      expect(r.stderr).toMatch(
        /interrupted; what failed or was not tried is in .*interrupted-report.csv; re-run the same command/,
      );
      const deactivated: string[] = [];
      for (const name of INTERRUPTED) if (!(await hasAccess(name))) deactivated.push(name);
      expect((parse(readFileSync(undo, 'utf8'), { columns: true }) as { name: string }[]).map((u) => u.name)).toEqual(
        deactivated,
      );
      const untried = parse(readFileSync(report, 'utf8'), { columns: true }) as { name: string; result: string }[];
      expect(untried.map((u) => u.name)).toEqual(INTERRUPTED.filter((n) => !deactivated.includes(n)));
      expect(untried.every((u) => u.result === 'not tried')).toBe(true);
      expect(deactivated.length).toBeGreaterThanOrEqual(2); // the first, and the one in flight at Ctrl+C
      expect(untried.length).toBeGreaterThan(0);
      const rerun = await cli([
        'users',
        'deactivate',
        '--from',
        names,
        '--yes',
        '--undo-file',
        join(dir, 'undo-interrupted-2.csv'),
      ]);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toBe(
        `deactivated ${untried.length}, skipped ${deactivated.length} (already deactivated ${deactivated.length}), failed 0 (of 8 names)\n`,
      );
    } finally {
      await proxy.close();
    }
  });

  it('delete --from records the deleted users, and a re-run skips the ones already gone', async () => {
    const names = file('delete.txt', 'gone1\ngone2\n');
    const record = join(dir, 'deleted.csv');
    const r = await cli(['users', 'delete', '--from', names, '--yes', '--record-file', record]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('deleted 2, skipped 0, failed 0 (of 2 names)\n');
    expect(parse(readFileSync(record, 'utf8'), { columns: true })).toEqual([
      {
        name: 'gone1',
        fullName: 'GONE1',
        email: 'gone1@acme.test',
        key: expect.stringMatching(/^[0-9a-f]{32}$/),
        deleted: expect.stringMatching(/Z$/),
      },
      {
        name: 'gone2',
        fullName: 'GONE2',
        email: 'gone2@acme.test',
        key: expect.stringMatching(/^[0-9a-f]{32}$/),
        deleted: expect.stringMatching(/Z$/),
      },
    ]);
    expect(await exists('gone1')).toBe(false);
    // The record can add the accounts again (not their groups, content or permissions).
    const readded = await cli(['users', 'import', record]);
    expect(readded.code, readded.stderr).toBe(0);
    expect(readded.stdout).toBe('added 2 new accounts, skipped 0 existing, failed 0 (of 2 rows)\n');
    expect(await exists('gone1')).toBe(true);
    const redelete = await cli(['users', 'delete', '--from', names, '--yes', '--record-file', record]);
    expect(redelete.stdout).toBe('deleted 2, skipped 0, failed 0 (of 2 names)\n');
    // Names the record lists already keep their line; the message says so (it said they were added).
    expect(redelete.stderr).toContain(
      `the 2 users deleted by this run are in ${record}: 0 added to the 2 of earlier runs, 2 listed there already by an earlier run (its line stays) (name, full name, e-mail, key)\n`,
    );
    expect(parse(readFileSync(record, 'utf8'), { columns: true })).toHaveLength(2);

    // A re-run skips the names that are gone (so it can finish a job), but names each one: a misspelling is seen.
    const typo = file('delete-typo.txt', 'gone1\ngone2\nada\nadaa\n');
    const again = await cli([
      'users',
      'delete',
      '--from',
      typo,
      '--yes',
      '--record-file',
      join(dir, 'deleted-again.csv'),
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('deleted 1, skipped 3 (no such user 3: gone1, gone2, adaa), failed 0 (of 4 names)\n');
    expect(again.stderr).toContain(`${typo}:4: adaa: no such user: skipped (deleted already, or misspelled?)\n`);
    expect(again.stderr).toContain(`${typo}:1: gone1: no such user: skipped (deleted already, or misspelled?)\n`);
  });

  it('a single name still works, and the caller is never deactivated or deleted', async () => {
    expect((await cli(['users', 'deactivate', 'max'])).stdout).toBe('User max (MAX) deactivated\n');
    const self = await cli(['users', 'deactivate', 'bulkbot']);
    expect(self.code).toBe(2);
    expect(self.stderr).toBe(
      'extender-users: bulkbot is the account this command runs as; extender-users never deactivates it: remove it and run again\n',
    );
    const both = await cli(['users', 'activate', 'max', '--from', 'x.txt']);
    expect(both.stderr).toBe('extender-users: give a user name or --from FILE, not both\n');
    const neither = await cli(['users', 'activate']);
    expect(neither.code).toBe(2);
  });

  it("re-running the same command with the same --undo-file after a partial failure adds to that record, keeping the first run's lines", async () => {
    const names = file('rerun.txt', `${RERUN.join('\n')}\n`);
    const undo = join(dir, 'undo-rerun.csv');
    const proxy = await startFailingProxy(sandbox.baseUrl);
    try {
      const first = await cli(['users', 'deactivate', '--from', names, '--yes', '--undo-file', undo], {
        env: { ...env, CONFLUENCE_URL: proxy.url },
      });
      expect(first.code, first.stderr).toBe(3);
      expect(first.stderr).toMatch(/re-run the same command to finish/);
    } finally {
      await proxy.close();
    }
    const recorded = () =>
      parse(readFileSync(undo, 'utf8'), { columns: true }) as { name: string; deactivated: string }[];
    expect(recorded().map((r) => r.name)).toEqual(['re1', 're3']);
    expect(recorded().every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(r.deactivated))).toBe(true);

    const again = await cli(['users', 'deactivate', '--from', names, '--yes', '--undo-file', undo]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe('deactivated 1, skipped 2 (already deactivated 2), failed 0 (of 3 names)\n');
    expect(again.stderr).toContain(
      `the 1 users deactivated by this run are in ${undo}: 1 added to the 2 of earlier runs; to undo them all: extender-users users activate --from ${undo}`,
    );
    expect(recorded().map((r) => r.name)).toEqual(['re1', 're3', 'fail-re2']);

    const undone = await cli([
      'users',
      'activate',
      '--from',
      undo,
      '--yes',
      '--undo-file',
      join(dir, 'redo-rerun.csv'),
    ]);
    expect(undone.stdout).toBe('activated 3, skipped 0, failed 0 (of 3 names)\n');
  });

  it('after kill -9, the same command with the same --undo-file finishes the job; each user is in the record once', async () => {
    const proxy = await startFailingProxy(sandbox.baseUrl, { slowChangesMs: 400 });
    const names = file('killed.txt', `${KILLED.join('\n')}\n`);
    const undo = join(dir, 'undo-killed.csv');
    try {
      const run = startCli(
        ['users', 'deactivate', '--from', names, '--yes', '--concurrency', '1', '--undo-file', undo],
        { env: { ...env, CONFLUENCE_URL: proxy.url }, cwd: dir },
      );
      // Killed once one change is answered and the next is written down (its answer held by the proxy).
      const written = () =>
        existsSync(undo) ? (parse(readFileSync(undo, 'utf8'), { columns: true }) as unknown[]).length : 0;
      await vi.waitFor(() => expect(run.stderr().includes('deactivate: 1/6') && written() >= 2).toBe(true), {
        timeout: 20_000,
        interval: 10,
      });
      run.child.kill('SIGKILL');
      await run.done;
    } finally {
      await proxy.close();
    }
    const killedRecord = (parse(readFileSync(undo, 'utf8'), { columns: true }) as { name: string }[]).map(
      (r) => r.name,
    );
    expect(killedRecord.length).toBeGreaterThanOrEqual(2); // the one done, and the one in flight (done or not)
    expect(killedRecord.length).toBeLessThan(KILLED.length);

    const again = await cli(['users', 'deactivate', '--from', names, '--yes', '--undo-file', undo]);
    expect(again.code, again.stderr).toBe(0);
    const record = (parse(readFileSync(undo, 'utf8'), { columns: true }) as { name: string }[]).map((r) => r.name);
    expect([...record].sort()).toEqual([...KILLED].sort());
    for (const name of KILLED) expect(await hasAccess(name), name).toBe(false);
    const undone = await cli([
      'users',
      'activate',
      '--from',
      undo,
      '--yes',
      '--undo-file',
      join(dir, 'redo-killed.csv'),
    ]);
    expect(undone.code, undone.stderr).toBe(0);
    for (const name of KILLED) expect(await hasAccess(name), name).toBe(true);
  });

  it('an --undo-file that exists but records another change, or is no record at all, is refused before anything changes', async () => {
    const deactivatedRecord = file('a-deactivated-record.csv', 'name,deactivated\r\nsam,2026-01-01T00:00:00Z\r\n');
    const names = file('other-kind.txt', 'lee\n');
    const before = await hasAccess('lee');
    const other = await cli(['users', 'activate', '--from', names, '--yes', '--undo-file', deactivatedRecord]);
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      `extender-users: cannot add to '${deactivatedRecord}': it exists and is not a record of activated users (such a record starts with the line 'name,activated'); choose another --undo-file\n`,
    );
    const input = await cli(['users', 'deactivate', '--from', names, '--yes', '--undo-file', names]);
    expect(input.code).toBe(2);
    expect(input.stderr).toMatch(
      /cannot add to '.*other-kind.txt': it exists and is not a record of deactivated users/,
    );
    expect(await hasAccess('lee')).toBe(before); // nothing changed
    expect(readFileSync(names, 'utf8')).toBe('lee\n');
  });

  it('no password ever appears in any output of this file', () => {
    const everything = transcript.join('\n');
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything).not.toContain(ADMIN_PASSWORD);
    expect(everything).not.toContain(Buffer.from(`bulkbot:${ADMIN_PASSWORD}`).toString('base64'));
  });
});
