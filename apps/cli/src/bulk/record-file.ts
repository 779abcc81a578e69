// The record a bulk change leaves behind: a CSV of what it changed, one line written (and handed
// to the operating system) as soon as each change is answered, so an interrupted or crashed run
// still leaves a complete record. It is never written over an existing file.
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { fileError } from '../files.js';
import { CSV_OPTIONS } from '../output/format.js';

export interface RecordFile {
  readonly path: string;
  readonly count: number;
  add(values: readonly string[]): void;
  /** Closes the file; a file that recorded nothing is removed. */
  close(): void;
}

export function createRecordFile(path: string, columns: readonly string[]): RecordFile {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    throw fileError(error, path, 'write');
  }
  const line = (values: readonly string[]) => stringify([values as string[]], CSV_OPTIONS);
  writeSync(fd, line(columns));
  let count = 0;
  return {
    path,
    get count() {
      return count;
    },
    add(values) {
      writeSync(fd, line(values));
      count++;
    },
    close() {
      closeSync(fd);
      if (count === 0) unlinkSync(path);
    },
  };
}

/** A default name in the current folder that says what was done and when (UTC). */
export function defaultRecordPath(what: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${what}-${stamp}.csv`;
}
