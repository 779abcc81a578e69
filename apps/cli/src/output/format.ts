// Listings as table, JSON or CSV. Pure functions from rows to text; the caller writes the text.
import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import { showControls, UsageError } from '@extender-users/cli-kit';
import { csvWriteOptions, type CsvWriting } from '../csv/write-options.js';

export type Format = 'table' | 'json' | 'csv';
export type Row = Record<string, string | number | boolean | null>;

/** `--format`, defaulting to a table on a terminal and JSON otherwise. */
export function chooseFormat(
  flag: string | undefined,
  isTTY: boolean | undefined,
  allowed: readonly string[] = ['table', 'json', 'csv'],
): Format {
  if (flag === undefined) return isTTY ? 'table' : 'json';
  if (!allowed.includes(flag)) throw new UsageError(`--format must be ${allowed.join(', ')}; got '${flag}'`);
  return flag as Format;
}

const cell = (v: Row[string]) => (v === null ? '' : String(v));

// JSON.stringify escapes C0 controls but writes DEL, C1 controls and the bidirectional overrides as
// they are; as \u escapes they read back the same and cannot act on a terminal that shows the JSON.
const JSON_RAW_CONTROLS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify, with no character left in it that a terminal would take as a control. */
export function jsonText(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    JSON_RAW_CONTROLS,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A table for people: each cell one line, control characters (line breaks too) shown as escapes. */
export function renderTable(columns: string[], rows: Row[]): string {
  const table = new Table({
    head: columns,
    style: { head: [], border: [] },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) table.push(columns.map((c) => showControls(cell(row[c] ?? null))));
  return `${table.toString()}\n`;
}

/** RFC 4180 CSV with a header row; CRLF line ends; formulas guarded unless `writing.rawCells`. */
export function renderCsv(columns: string[], rows: Row[], writing: CsvWriting = {}): string {
  return stringify(
    rows.map((r) => columns.map((c) => cell(r[c] ?? null))),
    { ...csvWriteOptions(writing), header: true, columns },
  );
}

/** Stable JSON: keys in column order, two-space indentation. */
export function renderJson(columns: string[], rows: Row[]): string {
  return `${jsonText(
    rows.map((r) => Object.fromEntries(columns.filter((c) => c in r).map((c) => [c, r[c] ?? null]))),
    2,
  )}\n`;
}

export function render(format: Format, columns: string[], rows: Row[], writing: CsvWriting = {}): string {
  return format === 'table'
    ? renderTable(columns, rows)
    : format === 'csv'
      ? renderCsv(columns, rows, writing)
      : renderJson(columns, rows);
}
