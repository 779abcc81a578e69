import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWritable, makeFolders, UsageError } from '../src/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'cli-kit-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs `makeFolders(folder)` from the build in a child process, killed if it has not ended in
 * 20 s: Node's recursive mkdir spins in native code, which no timeout inside this process stops.
 */
function makeFoldersInChild(folder: string) {
  const built = new URL('../dist/index.js', import.meta.url).href;
  const script = `import { makeFolders } from ${JSON.stringify(built)};
try { makeFolders(process.argv[1]); console.log('made'); } catch (error) { console.log(error.code); }`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script, folder], {
    encoding: 'utf8',
    timeout: 20_000,
    killSignal: 'SIGKILL',
  });
}

describe('makeFolders', () => {
  it('creates the missing folders one level at a time, and takes folders that exist', () => {
    const deep = join(scratch, 'a', 'b', 'c');
    makeFolders(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeFolders(deep);
    makeFolders(scratch);
  });

  it('ends with ENOENT under /proc, where Node’s recursive mkdir never returns', () => {
    const child = makeFoldersInChild('/proc/extender-users-nope/x');
    expect(child.signal).toBeNull();
    expect(child.stdout.trim()).toBe('ENOENT');
  });

  it('says ENOTDIR where a file stands for a folder', () => {
    const file = join(scratch, 'file');
    writeFileSync(file, '');
    expect(() => makeFolders(join(file, 'x', 'y'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(existsSync(join(file, 'x'))).toBe(false);
  });
});

describe('checkWritable', () => {
  it('refuses, in one line naming the path, what could not be written', () => {
    const file = join(scratch, 'plain');
    writeFileSync(file, '');
    const refusals: [string, string][] = [
      [scratch, 'it is a directory, not a file'],
      [join(file, 'report.csv'), 'a part of the path is not a folder'],
      [join(scratch, 'missing', 'report.csv'), 'its folder does not exist'],
    ];
    for (const [path, reason] of refusals) {
      expect(() => checkWritable(path)).toThrow(UsageError);
      expect(() => checkWritable(path)).toThrow(`cannot write '${path}': ${reason}`);
    }
  });

  it('refuses what names no file, a link to nothing, a folder /proc-like refuses files in, and (when asked) what is not a regular file', () => {
    const fifo = join(scratch, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const dangling = join(scratch, 'dangling');
    symlinkSync(join(scratch, 'nothing-here'), dangling);
    const refusals: [string, string][] = [
      ['', 'the file name is empty'],
      [`${scratch}/out/`, 'it names a folder (ends in /), not a file'],
      [dangling, 'it is a symbolic link to nothing'],
      ['/proc/extender-users-report.csv', 'no file can be created in its folder'],
    ];
    for (const [path, reason] of refusals)
      expect(() => checkWritable(path)).toThrow(`cannot write '${path}': ${reason}`);
    expect(() => checkWritable(fifo, { regularFile: true })).toThrow(
      `cannot write '${fifo}': it is not a regular file (a device, a pipe or a socket)`,
    );
    checkWritable(fifo);
    // The file made to know that one can be made is taken away again.
    checkWritable(join(scratch, 'probe.csv'));
    expect(existsSync(join(scratch, 'probe.csv'))).toBe(false);
  });

  it('makes the missing folders when asked, and takes a file it may write', () => {
    const path = join(scratch, 'made', 'here', 'report.xml');
    checkWritable(path, { makeFolder: true });
    expect(statSync(join(scratch, 'made', 'here')).isDirectory()).toBe(true);
    checkWritable(join(scratch, 'new.csv'));
  });
});
