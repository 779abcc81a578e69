// What makes a CSV header unusable, said so that the fix is clear: a column named twice, and a file
// separated by something else than commas (Excel saves ';' where a comma is the decimal separator,
// and tabs as "Unicode Text").
import { quoted } from '../output/quoted.js';

const SEPARATORS: [string, string][] = [
  [';', "';'"],
  ['\t', 'tabs'],
];

/** A hint when the header is one column that another separator would split, e.g. `name;fullName;email`. */
export function separatorHint(header: readonly string[]): string | undefined {
  if (header.length !== 1) return undefined;
  const only = header[0]!;
  const found = SEPARATORS.find(([separator]) => only.split(separator).length > 1);
  if (!found) return undefined;
  return `the header is one column, ${quoted(only)}: the file seems to be separated by ${found[1]}, not by commas (as Excel saves CSV where the comma is the decimal separator); save it as "CSV UTF-8 (Comma delimited)", or put commas between the columns`;
}

/** Each column named more than once (of `only`, when given), with the columns (1-based) it is in. */
export function duplicatedColumns(header: readonly string[], only?: readonly string[]): string | undefined {
  const at = new Map<string, number[]>();
  header.forEach((column, i) => {
    if (!only || only.includes(column)) at.set(column, [...(at.get(column) ?? []), i + 1]);
  });
  const twice = [...at].filter(([, places]) => places.length > 1);
  if (twice.length === 0) return undefined;
  return `${twice.map(([column, places]) => `column ${quoted(column)} appears ${places.length} times (columns ${places.join(', ')})`).join('; ')}: which one is meant cannot be told; keep one`;
}
