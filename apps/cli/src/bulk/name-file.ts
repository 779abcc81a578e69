// A file of user names for bulk commands: a CSV with a `name` column (other columns are ignored,
// so a listing or an export can be used as it is), or one name per line. Every line is checked
// before anything is sent.
import { unguardCell } from '../csv/formula-guard.js';
import { duplicatedColumns, separatorHint } from '../csv/header.js';
import { quoted } from '../output/quoted.js';
import { isUserName, NAME_RULE } from '../csv/patterns.js';
import { readCsvRecords } from '../csv/records.js';

export interface NameLine {
  /** The line of the file the name is on. */
  line: number;
  name: string;
}

export interface LineProblem {
  line: number;
  name?: string;
  problem: string;
}

export interface NameFile {
  names: NameLine[];
  /** Lines that are not valid. */
  problems: LineProblem[];
  /** What makes the whole file unusable (its CSV syntax, its header, no names): no line is read then. */
  fileProblem?: LineProblem;
}

const unusable = (line: number, problem: string): NameFile => ({
  names: [],
  problems: [],
  fileProblem: { line, problem },
});

export function parseNameFile(text: string): NameFile {
  const parsed = readCsvRecords(text);
  if ('error' in parsed) return { names: [], problems: [], fileProblem: parsed.error };
  const [first, ...rest] = parsed.records;
  if (!first) return unusable(1, 'the file holds no names');
  // `name;fullName` or `name<TAB>email`: a header in another separator, not a user name (';' may be in one).
  const hint = /^name[;\t]/.test(first.fields[0] ?? '') ? separatorHint(first.fields) : undefined;
  if (hint) return unusable(first.line, hint);

  let records: { line: number; name: string }[];
  const column = first.fields.indexOf('name');
  const duplicated = column >= 0 ? duplicatedColumns(first.fields, ['name']) : undefined;
  if (duplicated) return unusable(first.line, duplicated);
  if (column >= 0) records = rest.map((r) => ({ line: r.line, name: r.fields[column] ?? '' }));
  else if (first.fields.length === 1) records = parsed.records.map((r) => ({ line: r.line, name: r.fields[0] ?? '' }));
  else return unusable(first.line, "a CSV file needs a 'name' column (or give one user name per line)");
  if (records.length === 0) return unusable(first.line, 'the file holds no names, only a header');

  const names: NameLine[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, name: cell } of records) {
    // A name the CLI's CSV writers guarded against formulas ('=x) is the name =x (formula-guard.ts).
    const name = unguardCell(cell);
    const previous = seen.get(name.toLowerCase());
    if (!name) problems.push({ line, problem: 'name is empty' });
    else if (!isUserName(name))
      problems.push({ line, name, problem: `${quoted(name)} is not a valid user name (${NAME_RULE})` });
    else if (previous !== undefined)
      problems.push({ line, name, problem: `${quoted(name)} appears already on line ${previous}` });
    else {
      seen.set(name.toLowerCase(), line);
      names.push({ line, name });
    }
  }
  return { names, problems };
}
