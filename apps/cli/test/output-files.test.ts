// The files the CLI writes (a bulk run's record and report, an export) never hurt what is there
// already, and a write that fails says so in one line without losing what the run did. A disk that
// fills up is played by a limit on the size of the CLI's files (`ulimit -f`): the kernel cuts the
// write that crosses it short and fails the next one, as on a full disk.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFailingProxy } from './support/failing-proxy.js';
import { runCli, startCli, startSandbox, type RunOptions } from './support/run.js';

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let env: NodeJS.ProcessEnv;
const dir = mkdtempSync(join(tmpdir(), 'cli-files-'));
/** Users made for the full-record run: their record lines are 27 bytes each. */
const RECORDED = Array.from({ length: 45 }, (_, i) => `rf${String(i + 1).padStart(2, '0')}`);
/** Users the refused commands would change: they stay active. */
const KEPT = ['keep1', 'keep2'];
/** Users a run changes before its report meets a full disk. */
const REPORTED = ['rep1', 'rep2', 'rep3'];

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
  const people = [
    'name,fullName,email',
    ...[...RECORDED, ...KEPT, ...REPORTED].map((n) => `${n},${n.toUpperCase()},${n}@acme.test`),
  ];
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

describe('--report', () => {
  const refused = (r: { code: number | null; stdout: string; stderr: string }, pattern: RegExp) => {
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^extender-users: ${pattern.source}[^\\n]*; nothing was sent\\n$`));
  };

  it('is refused before anything is sent when it is the record (--undo-file, --record-file), by any name of that file', async () => {
    const names = file('keep.txt', `${KEPT.join('\n')}\n`);
    const record = join(dir, 'same.csv');
    const existingRecord = file('earlier.csv', 'name,deactivated\r\nsomeone,2026-01-01T00:00:00Z\r\n');
    symlinkSync(existingRecord, join(dir, 'earlier-link.csv'));
    const cases: [string[], RegExp][] = [
      [['--undo-file', record, '--report', record], /--report '.*same\.csv' is the same file as --undo-file: /],
      [
        ['--undo-file', 'same.csv', '--report', './same.csv'],
        /--report '\.\/same\.csv' is the same file as --undo-file 'same\.csv'/,
      ],
      [
        ['--undo-file', existingRecord, '--report', 'earlier-link.csv'],
        /--report 'earlier-link\.csv' is the same file as --undo-file/,
      ],
      [
        ['--undo-file', 'keep.txt.failures.csv'],
        /the default report 'keep\.txt\.failures\.csv' is the same file as --undo-file/,
      ],
    ];
    for (const [options, message] of cases)
      refused(await cli(['users', 'deactivate', '--from', 'keep.txt', '--yes', ...options]), message);
    refused(
      await cli(['users', 'delete', '--from', names, '--yes', '--record-file', 'gone.csv', '--report', 'gone.csv']),
      /--report 'gone\.csv' is the same file as --record-file/,
    );
    refused(
      await cli([
        'users',
        'audit',
        'inactive',
        '--days',
        '1',
        '--deactivate',
        '--yes',
        '--undo-file',
        'a.csv',
        '--report',
        'a.csv',
      ]),
      /--report 'a\.csv' is the same file as --undo-file/,
    );
    for (const name of KEPT) expect(await hasAccess(name), name).toBe(true);
    expect(readFileSync(existingRecord, 'utf8')).toBe('name,deactivated\r\nsomeone,2026-01-01T00:00:00Z\r\n');
    expect(existsSync(record)).toBe(false);
  });

  it('is refused before anything is sent when it is the input file, by any name of that file (a link, a hard link)', async () => {
    const hires = 'name,fullName,email,password\nnewhire,New Hire,newhire@acme.test,Hire-S3cret-Pw\n';
    const input = file('hires.csv', hires);
    symlinkSync(input, join(dir, 'hires-link.csv'));
    linkSync(input, join(dir, 'hires-hard.csv'));
    for (const report of ['hires.csv', input, 'hires-link.csv', 'hires-hard.csv'])
      refused(
        await cli(['users', 'import', 'hires.csv', '--report', report]),
        /--report '.*' is the same file as the input file/,
      );
    expect(readFileSync(input, 'utf8')).toBe(hires);
    const names = file('keep-in.txt', `${KEPT.join('\n')}\n`);
    refused(
      await cli(['users', 'deactivate', '--from', names, '--yes', '--report', 'keep-in.txt']),
      /--report 'keep-in\.txt' is the same file as the input file '.*keep-in\.txt'/,
    );
    for (const name of KEPT) expect(await hasAccess(name), name).toBe(true);
    const added = await fetch(`${sandbox.baseUrl}/rest/extender/1.0/user/getUserDetails/newhire`, {
      headers: { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    });
    expect(added.status).toBe(404);
  });
});

describe('users export -o', () => {
  /** Reads a pipe (a FIFO) in another process, as a reader at its other end would. */
  const readPipe = (path: string) => {
    const reader = spawn('cat', [path], { stdio: ['ignore', 'pipe', 'ignore'] });
    let text = '';
    reader.stdout.on('data', (c: Buffer) => (text += c.toString()));
    return { reader, text: new Promise<string>((resolve) => reader.on('exit', () => resolve(text))) };
  };

  it('writes into a pipe, or a link to one, as it is: it stays a pipe', async () => {
    const fifo = join(dir, 'users.fifo');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(dir, 'fifo-link'));
    for (const output of [fifo, join(dir, 'fifo-link')]) {
      const { reader, text } = readPipe(fifo);
      try {
        const r = await cli(['users', 'export', '-o', output]);
        expect(r.code, r.stderr).toBe(0);
        expect(lstatSync(fifo).isFIFO()).toBe(true);
        expect(lstatSync(join(dir, 'fifo-link')).isSymbolicLink()).toBe(true);
        expect((await text).split('\r\n')[0]).toBe('name,fullName,email,key');
      } finally {
        reader.kill();
      }
    }
    expect(leftovers()).toEqual([]);
  });

  it("replaces the file a symbolic link leads to (the link stays) and keeps an existing file's permissions", async () => {
    const secret = file('secret.csv', 'the previous export\n');
    chmodSync(secret, 0o600);
    const shared = file('shared.csv', 'the previous export\n');
    chmodSync(shared, 0o640);
    symlinkSync(secret, join(dir, 'secret-link.csv'));
    for (const output of [join(dir, 'secret-link.csv'), shared]) {
      const r = await cli(['users', 'export', '-o', output]);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readFileSync(shared, 'utf8')).toMatch(/^name,fullName,email,key\r\n/);
    expect(statSync(shared).mode & 0o777).toBe(0o640);
    expect(lstatSync(join(dir, 'secret-link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(secret, 'utf8')).toMatch(/^name,fullName,email,key\r\n/);
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    expect(leftovers()).toEqual([]);
  });

  it('-o /dev/stdout writes through to what the shell opened (>> keeps what the file held; it was replaced)', async () => {
    const all = file('all-exports.csv', 'the earlier export\n');
    const inode = statSync(all).ino;
    const appended = openSync(all, 'a');
    try {
      const r = await cli(['users', 'export', '-o', '/dev/stdout'], { stdout: appended });
      expect(r.code, r.stderr).toBe(0);
    } finally {
      closeSync(appended);
    }
    expect(statSync(all).ino).toBe(inode);
    expect(readFileSync(all, 'utf8')).toMatch(/^the earlier export\nname,fullName,email,key\r\n/);
    expect(leftovers()).toEqual([]);
  });

  it('a socket is refused in one line, before anything is sent', async () => {
    const socket = join(dir, 'users.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const r = await cli(['users', 'export', '-o', socket]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`extender-users: cannot write '${socket}': it is a socket, not a file\n`);
      expect(lstatSync(socket).isSocket()).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a file that cannot be written (a disk that fills up) ends in one line naming it, the earlier file kept, no partial left', async () => {
    const kept = file('full-export.csv', 'the previous export\n');
    const r = await cli(['users', 'export', '-o', kept], { fileSizeLimitKiB: 1 });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(`extender-users: cannot write '${kept}': file too large`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(kept, 'utf8')).toBe('the previous export\n');
    expect(leftovers()).toEqual([]);
  });

  it('a name ending in / is refused in one line, before anything is sent', async () => {
    const r = await cli(['users', 'export', '-o', 'out/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("extender-users: cannot write 'out/': it names a folder (ends in /), not a file\n");
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});

describe('a report that cannot be written', () => {
  it("takes nothing from a bulk change's outcome: the summary and every failure are said, one line says why there is no report, and the exit code is the run's own (3)", async () => {
    const misspelled = Array.from({ length: 40 }, (_, i) => `no-such-user-${i + 1}`);
    const names = file('leavers.txt', `${[...REPORTED, ...misspelled].join('\n')}\n`);
    const report = join(dir, 'leavers-report.csv');
    // The report (about 1.5 KiB) is more than the limit; the record (three lines) is not.
    const r = await cli(
      [
        'users',
        'deactivate',
        '--from',
        names,
        '--yes',
        '--undo-file',
        join(dir, 'leavers-undo.csv'),
        '--report',
        report,
      ],
      { fileSizeLimitKiB: 1 },
    );
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout).toBe('deactivated 3, skipped 0, failed 40 (of 43 names)\n');
    misspelled.forEach((name, i) => expect(r.stderr).toContain(`${names}:${i + 4}: ${name}: no such user\n`));
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(
      `extender-users: 40 failed; listed above (no report: cannot write '${report}': file too large); fix them and re-run the same command to finish (what is done already is skipped)`,
    );
    expect(existsSync(report)).toBe(false); // no cut report that looks whole
    for (const name of REPORTED) expect(await hasAccess(name), name).toBe(false);
  });

  it("takes nothing from an import's outcome: failures said, one line says why, exit 3", async () => {
    const proxy = await startFailingProxy(sandbox.baseUrl);
    try {
      const failing = Array.from({ length: 15 }, (_, i) => `fail-imp${i + 1}`);
      const rows = ['name,fullName,email', 'imp-ok,Imp Ok,imp-ok@acme.test'];
      for (const n of failing) rows.push(`${n},${n.toUpperCase()},${n}@acme.test`);
      const hires = file('hires-full.csv', `${rows.join('\n')}\n`);
      const report = join(dir, 'hires-report.csv');
      const r = await cli(['users', 'import', hires, '--report', report], {
        env: { ...env, CONFLUENCE_URL: proxy.url },
        fileSizeLimitKiB: 1,
      });
      expect(r.code, r.stderr).toBe(3);
      expect(r.stdout).toBe('added 1, skipped 0 existing, failed 15 (of 16 rows)\n');
      failing.forEach((name, i) =>
        expect(r.stderr).toContain(`${hires}:${i + 3}: ${name}: addUser failed with HTTP 500: Simulated failure`),
      );
      expect(r.stderr.trimEnd().split('\n').pop()).toBe(
        `extender-users: 15 rows failed; listed above (no report: cannot write '${report}': file too large); fix them and re-run (added users are skipped)`,
      );
      expect(existsSync(report)).toBe(false);
    } finally {
      await proxy.close();
    }
  });
});

describe('stdout', () => {
  it('that cannot be written (a full disk) ends in one line on stderr, exit 1, never a stack trace', async () => {
    const out = join(dir, 'stdout.csv');
    const fd = openSync(out, 'w');
    try {
      // The export of every user (more than 1 KiB) into a file that may hold 1 KiB, as `> FILE` does.
      const r = await cli(['users', 'export'], { stdout: fd, fileSizeLimitKiB: 1 });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('extender-users: cannot write the output (stdout): file too large\n');
    } finally {
      closeSync(fd);
    }
  });

  it('into a file is written whole or fails: a write cut short (a disk that fills up) is never an exit 0', async () => {
    const out = join(dir, 'list.csv');
    const fd = openSync(out, 'w');
    try {
      // One write of the whole listing (more than 1 KiB) into a file that may hold 1 KiB.
      const r = await cli(['users', 'list', '--format', 'csv'], { stdout: fd, fileSizeLimitKiB: 1 });
      expect(r.code).toBe(1);
      // After the listing's own note (`users 1–50 of …`).
      expect(r.stderr).toMatch(
        /^users 1–50 of \d+; [^\n]*\nextender-users: cannot write the output \(stdout\): file too large\n$/,
      );
    } finally {
      closeSync(fd);
    }
    const fd2 = openSync(out, 'w');
    try {
      const r = await cli(['users', 'list', '--format', 'csv'], { stdout: fd2 });
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(out, 'utf8').split('\r\n')).toHaveLength(52); // header, 50 users, the end
    } finally {
      closeSync(fd2);
    }
  });

  it('closed early by its reader (| head -1) ends quietly, exit 0', async () => {
    const run = startCli(['users', 'export', '--page-size', '5', '--concurrency', '1'], { env, cwd: dir });
    run.child.stdout!.once('data', () => run.child.stdout!.destroy());
    const r = await run.done;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });
});
