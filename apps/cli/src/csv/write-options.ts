// How the CLI writes every CSV (listings, exports, records of bulk changes, failure reports): RFC
// 4180 with CRLF line ends, cells that a spreadsheet would run as formulas guarded (formula-guard.ts)
// unless the user asks for the raw text, and, on request, a UTF-8 byte-order mark.
import type { Options } from 'csv-stringify';
import { guardCell, needsGuard } from './formula-guard.js';

export interface CsvWriting {
  /** Write every cell as stored, formulas included (`--raw-cells`). */
  rawCells?: boolean;
  /** Begin with a UTF-8 byte-order mark, which Excel needs to read non-ASCII text right (`--bom`). */
  bom?: boolean;
}

/**
 * csv-stringify's options. A guarded cell is also quoted, as OWASP advises. Any field holding a line
 * break is quoted (csv-stringify leaves a lone \n unquoted when the record delimiter is CRLF).
 */
export function csvWriteOptions({ rawCells = false, bom = false }: CsvWriting = {}): Options {
  return {
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
    bom,
    ...(rawCells
      ? {}
      : {
          cast: { string: (value: string) => (needsGuard(value) ? { value: guardCell(value), quoted: true } : value) },
        }),
  };
}
