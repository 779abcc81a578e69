// Streams rows to a file or stdout as CSV, JSON or NDJSON, one row at a time, honouring
// backpressure, so an export never holds all users in memory.
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS, type Row } from '../output/format.js';

export type ExportFormat = 'csv' | 'json' | 'ndjson';

export interface ExportWriter {
  write(row: Row): Promise<void>;
  end(): Promise<void>;
}

export function createExportWriter(format: ExportFormat, columns: string[], out: NodeJS.WritableStream): ExportWriter {
  let count = 0;
  const put = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const pick = (row: Row) => columns.map((c) => (row[c] === null || row[c] === undefined ? '' : String(row[c])));
  return {
    async write(row) {
      if (format === 'csv') await put((count === 0 ? stringify([columns], CSV_OPTIONS) : '') + stringify([pick(row)], CSV_OPTIONS));
      else if (format === 'ndjson') await put(`${JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))}\n`);
      else await put(`${count === 0 ? '[\n' : ',\n'}  ${JSON.stringify(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])))}`);
      count++;
    },
    async end() {
      if (format === 'csv' && count === 0) await put(stringify([columns], CSV_OPTIONS));
      if (format === 'json') await put(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
