// The record a bulk change leaves behind: a CSV of what it changed. Each line is written (and
// handed to the operating system) before its change is sent, so a run that is interrupted or
// crashes still leaves every change it may have made; undoing a change that did not happen is a
// no-op (the user is skipped as already in that state). When the run ends, the record is rewritten
// to hold only the changes that were answered with success. It never replaces an existing file.
import { closeSync, existsSync, openSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { checkWritable, fileError } from '../files.js';
import { CSV_OPTIONS } from '../output/format.js';

export interface RecordFile {
  readonly path: string;
  /** Changes that succeeded. */
  readonly count: number;
  /** Writes the line of a change about to be sent. */
  intend(key: string, values: readonly string[]): void;
  /** The change of `key` succeeded. */
  confirm(key: string): void;
  /** Leaves only the confirmed lines (none: no file). */
  close(): void;
}

const csvLine = (values: readonly string[]) => stringify([values as string[]], CSV_OPTIONS);

export function createRecordFile(path: string, columns: readonly string[]): RecordFile {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    throw fileError(error, path, 'write');
  }
  writeSync(fd, csvLine(columns));
  const intended = new Map<string, string>();
  const confirmed = new Set<string>();
  return {
    path,
    get count() {
      return confirmed.size;
    },
    intend(key, values) {
      const line = csvLine(values);
      writeSync(fd, line);
      intended.set(key, line);
    },
    confirm(key) {
      confirmed.add(key);
    },
    close() {
      closeSync(fd);
      if (confirmed.size === 0) return unlinkSync(path);
      if (confirmed.size === intended.size) return;
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, csvLine(columns) + [...intended].filter(([key]) => confirmed.has(key)).map(([, line]) => line).join(''));
      renameSync(partial, path);
    },
  };
}

/** Fails now, before anything is asked or changed, if a record could not be created at `path`. */
export async function checkRecordPath(path: string): Promise<void> {
  if (existsSync(path)) throw fileError(Object.assign(new Error('exists'), { code: 'EEXIST' }), path, 'write');
  await checkWritable(path);
}

/** A default name in the current folder that says what was done and when (UTC). */
export function defaultRecordPath(what: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${what}-${stamp}.csv`;
}
