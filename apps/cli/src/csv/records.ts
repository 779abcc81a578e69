// CSV records with the line each starts on, for messages by line number. csv-parse reads the file
// (RFC 4180: quotes, embedded commas and line breaks, a BOM); the lines come from the raw text it
// hands back with each record, since its own line counter counts a CRLF inside quotes twice.
import { parse, type CsvError } from 'csv-parse/sync';
import { showControls } from '@extender-users/cli-kit';

export interface CsvRecord {
  /** The line of the file where the record starts (1 is the first line). */
  line: number;
  fields: string[];
}

export type CsvResult = { records: CsvRecord[] } | { error: { line: number; problem: string } };

const LINE_BREAK = /\r\n|\r|\n/g;
const breaks = (text: string) => text.match(LINE_BREAK)?.length ?? 0;
/** Line breaks before the record's first character: skipped blank lines. */
const leadingBreaks = (raw: string) => breaks(/^[\r\n]*/.exec(raw)![0]);

function describeCsvError(error: CsvError, expectedFields: number | undefined): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field that starts in this record is never closed (a missing " ?)';
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return `${(error as CsvError & { record?: unknown[] }).record?.length ?? 'another number of'} fields where the first record has ${expectedFields ?? 'another number'}`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a character follows a closing quote (inside a quoted field, write a quote as "")';
    default: {
      // csv-parse's own words may quote the field: bounded, its controls shown.
      const words = showControls(error.message.replace(/\s*(at|on) line \d+/, ''));
      return words.length > 200 ? `${words.slice(0, 200)}…` : words;
    }
  }
}

/** Every non-empty record of `text`, or the first syntax error with the line its record starts on. */
export function readCsvRecords(text: string): CsvResult {
  const records: CsvRecord[] = [];
  let linesBefore = 0;
  try {
    parse(text, {
      bom: true,
      // Any line end, even mixed in one file (csv-parse otherwise keeps the first one it sees).
      record_delimiter: ['\r\n', '\n', '\r'],
      skip_empty_lines: true,
      raw: true,
      relax_column_count: false,
      // With `raw`, csv-parse hands on_record `{ record, raw }` (its types do not say so).
      on_record: (withRaw: string[]) => {
        const { record, raw } = withRaw as unknown as { record: string[]; raw: string };
        records.push({ line: linesBefore + leadingBreaks(raw) + 1, fields: record });
        linesBefore += breaks(raw);
        return null;
      },
    });
  } catch (error) {
    const csvError = error as CsvError & { raw?: string };
    return {
      error: {
        line: linesBefore + leadingBreaks(csvError.raw ?? '') + 1,
        problem: `not a valid CSV file: ${describeCsvError(csvError, records[0]?.fields.length)}`,
      },
    };
  }
  return { records };
}
