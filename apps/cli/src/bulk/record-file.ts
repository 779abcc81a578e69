// The record a bulk change leaves behind: a CSV of what it changed, one line per user, with the
// time the change was sent in a column named for the change (`name,deactivated`), so a record
// says what kind of change it holds. Each line is written (and handed to the operating system)
// before its change is sent, so a run that is interrupted or killed still leaves every change it
// may have made; undoing a change that did not happen is a no-op (the user is skipped as already
// in that state). When the run ends, the lines it wrote are trimmed to the changes answered with
// success. A line that cannot be written whole stops the run before its change is sent (a full
// disk); if the trimming cannot be written, the record stays as it is (it lists every change sent).
// A record that exists already at the path is added to when it records the same kind of change (the
// documented re-run after a failure, an interruption or kill -9 keeps one record per job; a user
// it lists already is not listed twice, and its lines are never removed); any other existing file
// is refused, before anything is changed.
import {
  closeSync,
  existsSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { checkWritable, fileError, UsageError } from '@extender-users/cli-kit';
import { unguardCell } from '../csv/formula-guard.js';
import { readCsvRecords } from '../csv/records.js';
import { csvWriteOptions } from '../csv/write-options.js';
import { writeWhole } from '../write-whole.js';
import { writeError } from '../files.js';

export interface RecordKind {
  /** The columns, the last named for the change (`deactivated`); its value is when it was sent. */
  columns: readonly string[];
  /** The option that chooses the path, for messages. */
  option: string;
}

export interface RecordFile {
  readonly path: string;
  /** Changes of this run that succeeded. */
  readonly count: number;
  /** Users the file listed before this run. */
  readonly earlier: number;
  /** Changes of this run that succeeded and got a line of their own (the others' names were listed already). */
  readonly added: number;
  /**
   * Writes the line of a change about to be sent (`values` without the time); throws (a usage
   * error naming the file) when the line could not be written whole: that change must not be sent.
   */
  intend(key: string, values: readonly string[]): void;
  /** The change of `key` succeeded. */
  confirm(key: string): void;
  /** Leaves only the confirmed lines of this run (a new file without any: no file). */
  close(): void;
  /** After close: why the lines of changes that did not succeed could not be taken out (a full disk). */
  readonly untrimmed: string | undefined;
}

const csvLine = (values: readonly string[]) => stringify([values as string[]], csvWriteOptions());
const changeOf = (kind: RecordKind) => kind.columns[kind.columns.length - 1]!;
const utcSeconds = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

/** The text of an existing record of this kind and the names it lists (lower-case); throws for any other existing file. */
function readExisting(path: string, kind: RecordKind): { text: string; names: Set<string> } | undefined {
  if (!existsSync(path)) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fileError(error, path, 'read');
  }
  const parsed = readCsvRecords(text);
  const [header, ...rows] = 'records' in parsed ? parsed.records : [];
  if (!header || header.fields.join(',') !== kind.columns.join(',')) {
    throw new UsageError(
      `cannot add to '${path}': it exists and is not a record of ${changeOf(kind)} users (such a record starts with the line '${kind.columns.join(',')}'); choose another ${kind.option}`,
    );
  }
  return { text, names: new Set(rows.map((r) => unguardCell(r.fields[0] ?? '').toLowerCase())) };
}

/**
 * Writes all of `text` at the end of the file, or throws with the file as it was: a write the
 * system cuts short (a disk that fills up) is taken up where it stopped, and a write that fails
 * leaves no part of a line behind.
 */
function append(fd: number, text: string, path: string): void {
  const bytes = Buffer.from(text);
  const end = fstatSync(fd).size;
  try {
    writeWhole(fd, bytes);
  } catch (error) {
    try {
      ftruncateSync(fd, end);
    } catch {
      // Nothing more can be done here: the cut line stays, and the run stops before its change.
    }
    throw writeError(error, path);
  }
}

export function createRecordFile(path: string, kind: RecordKind): RecordFile {
  const existing = readExisting(path, kind);
  let fd: number;
  try {
    fd = openSync(path, existing ? 'a' : 'wx');
  } catch (error) {
    throw fileError(error, path, 'write');
  }
  try {
    if (!existing) append(fd, csvLine(kind.columns), path);
    else if (existing.text && !/[\r\n]$/.test(existing.text)) append(fd, '\r\n', path);
  } catch (error) {
    closeSync(fd);
    if (!existing) unlinkSync(path);
    throw error;
  }
  const intended = new Map<string, string>();
  const confirmed = new Set<string>();
  let untrimmed: string | undefined;
  return {
    path,
    get count() {
      return confirmed.size;
    },
    earlier: existing?.names.size ?? 0,
    get added() {
      return [...confirmed].filter((key) => intended.has(key)).length;
    },
    get untrimmed() {
      return untrimmed;
    },
    intend(key, values) {
      // Listed by an earlier run (which may or may not have done it): that line stays, and is enough.
      if (existing?.names.has(key.toLowerCase())) return;
      const line = csvLine([...values, utcSeconds()]);
      append(fd, line, path);
      intended.set(key, line);
    },
    confirm(key) {
      confirmed.add(key);
    },
    close() {
      closeSync(fd);
      const kept = [...intended].filter(([key]) => confirmed.has(key));
      if (!existing && kept.length === 0) return unlinkSync(path);
      if (kept.length === intended.size) return;
      const before = existing
        ? existing.text + (existing.text && !/[\r\n]$/.test(existing.text) ? '\r\n' : '')
        : csvLine(kind.columns);
      const partial = `${path}.${process.pid}.partial`;
      try {
        writeFileSync(partial, before + kept.map(([, line]) => line).join(''));
        renameSync(partial, path);
      } catch (error) {
        // The record as written stays: it lists every change sent (undoing one that failed is a no-op).
        rmSync(partial, { force: true });
        untrimmed = writeError(error, partial).message;
      }
    },
  };
}

/** Fails now, before anything is asked or changed, if a record could not be created or added to at `path`. */
export async function checkRecordPath(path: string, kind: RecordKind): Promise<void> {
  checkWritable(path);
  readExisting(path, kind);
}

/** A default name in the current folder that says what was done and when (UTC). */
export function defaultRecordPath(what: string, now: number): string {
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${what}-${stamp}.csv`;
}
