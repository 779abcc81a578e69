// The files the CLI writes (a bulk run's record and report, an export) never hurt what is there
// already, and a write that fails says so in one line without losing what the run did. A disk that
// fills up is played by a limit on the size of the CLI's files (`ulimit -f`): the kernel cuts the
// write that crosses it short and fails the next one, as on a full disk.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startSandbox, type RunOptions } from './support/run.js';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let env: NodeJS.ProcessEnv;
const dir = mkdtempSync(join(tmpdir(), 'cli-files-'));
/** Users made for the full-record run: their record lines are 27 bytes each. */
const RECORDED = Array.from({ length: 45 }, (_, i) => `rf${String(i + 1).padStart(2, '0')}`);

const cli = (args: string[], options: RunOptions = {}) => runCli(args, { env, cwd: dir, ...options });
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** Whether a user has access, asked of the server directly. */
const hasAccess = async (name: string) => {
  const answer = await fetch(`${sandbox.baseUrl}/rest/extender/1.0/user/getUserDetails/${encodeURIComponent(name)}`, {
    headers: { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
  });
  expect(answer.status, name).toBe(200);
  return ((await answer.json()) as { hasAccessToUseConfluence: boolean }).hasAccessToUseConfluence;
};
const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.partial'));

beforeAll(async () => {
  sandbox = await startSandbox();
  env = { CONFLUENCE_URL: sandbox.baseUrl, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' };
  const people = ['name,fullName,email', ...RECORDED.map((n) => `${n},${n.toUpperCase()},${n}@acme.test`)];
  const imported = await cli(['users', 'import', file('people.csv', `${people.join('\n')}\n`)]);
  expect(imported.code, imported.stderr).toBe(0);
});
afterAll(async () => {
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the record of a bulk change', () => {
  it('a record write that fails or is cut short stops the run before that change is sent: one line names the record, the summary is printed, exit 1, every change sent is listed whole', async () => {
    const undo = join(dir, 'undo-full.csv');
    const names = file('full.txt', `${RECORDED.join('\n')}\n`);
    // 1 KiB holds the header and 37 lines of 27 bytes; the 38th is cut short.
    const r = await cli(['users', 'deactivate', '--from', names, '--yes', '--undo-file', undo], {
      fileSizeLimitKiB: 1,
    });
    expect(r.code, r.stderr).toBe(1);
    const summary = /^deactivated (\d+), skipped 0, failed 0, not tried (\d+) \(of 45 names\)\n$/.exec(r.stdout);
    expect(summary, r.stdout).not.toBeNull();
    const [changed, notTried] = [Number(summary![1]), Number(summary![2])];
    expect(changed + notTried).toBe(45);
    expect(notTried).toBeGreaterThan(0);
    const last = r.stderr.trimEnd().split('\n').pop();
    expect(last).toMatch(
      new RegExp(`^extender-users: stopped: cannot write '${undo}': file too large; ${notTried} not tried, see `),
    );
    // The record holds whole lines only, and exactly the users whose change was sent.
    const text = readFileSync(undo, 'utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const recorded = (parse(text, { columns: true }) as { name: string; deactivated: string }[]).map((row) => {
      expect(row.deactivated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      return row.name;
    });
    const deactivated: string[] = [];
    for (const name of RECORDED) if (!(await hasAccess(name))) deactivated.push(name);
    expect(recorded.sort()).toEqual(deactivated);
    expect(deactivated).toHaveLength(changed);
    expect(leftovers()).toEqual([]);
    // The printed way back works: everything this run did is undone.
    const undone = await cli(['users', 'activate', '--from', undo, '--yes', '--undo-file', join(dir, 'redo.csv')]);
    expect(undone.code, undone.stderr).toBe(0);
    for (const name of RECORDED) expect(await hasAccess(name), name).toBe(true);
    expect(existsSync(undo)).toBe(true);
  });
});
