// Streams rows to a file or stdout as CSV, JSON or NDJSON, one row at a time, honouring
// backpressure, so an export never holds all users in memory.
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import { jsonText, type Row } from '../output/format.js';
import { csvWriteOptions, type CsvWriting } from './write-options.js';

export type ExportFormat = 'csv' | 'json' | 'ndjson';

export interface ExportWriter {
  write(row: Row): Promise<void>;
  end(): Promise<void>;
}

function csvWriter(columns: string[], out: NodeJS.WritableStream, writing: CsvWriting): ExportWriter {
  // One streaming stringifier for the whole export (a new one per row costs more than the row).
  const stringifier = stringify({ ...csvWriteOptions(writing), header: true, columns });
  stringifier.pipe(out, { end: false });
  const flushed = once(stringifier, 'end');
  const cell = (v: Row[string] | undefined) => (v === null || v === undefined ? '' : String(v));
  return {
    async write(row) {
      if (!stringifier.write(columns.map((c) => cell(row[c])))) await once(stringifier, 'drain');
    },
    async end() {
      stringifier.end();
      await flushed;
    },
  };
}

/** `writing` applies to CSV only (formula guard, byte-order mark). */
export function createExportWriter(
  format: ExportFormat,
  columns: string[],
  out: NodeJS.WritableStream,
  writing: CsvWriting = {},
): ExportWriter {
  if (format === 'csv') return csvWriter(columns, out, writing);
  let count = 0;
  const put = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const pick = (row: Row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
  return {
    async write(row) {
      if (format === 'ndjson') await put(`${jsonText(pick(row))}\n`);
      else await put(`${count === 0 ? '[\n' : ',\n'}  ${jsonText(pick(row))}`);
      count++;
    },
    async end() {
      if (format === 'json') await put(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
