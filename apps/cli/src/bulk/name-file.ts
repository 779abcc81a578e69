// A file of user names for bulk commands: a CSV with a `name` column (other columns are ignored,
// so a listing or an export can be used as it is), or one name per line. Every line is checked
// before anything is sent.
import { unguardCell } from '../csv/formula-guard.js';
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

export function parseNameFile(text: string): { names: NameLine[]; problems: LineProblem[] } {
  const parsed = readCsvRecords(text);
  if ('error' in parsed) return { names: [], problems: [parsed.error] };
  const [first, ...rest] = parsed.records;
  if (!first) return { names: [], problems: [{ line: 1, problem: 'the file holds no names' }] };

  let records: { line: number; name: string }[];
  const column = first.fields.indexOf('name');
  if (column >= 0) records = rest.map((r) => ({ line: r.line, name: r.fields[column] ?? '' }));
  else if (first.fields.length === 1) records = parsed.records.map((r) => ({ line: r.line, name: r.fields[0] ?? '' }));
  else
    return {
      names: [],
      problems: [{ line: first.line, problem: "a CSV file needs a 'name' column (or give one user name per line)" }],
    };

  const names: NameLine[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, name: cell } of records) {
    // A name the CLI's CSV writers guarded against formulas ('=x) is the name =x (formula-guard.ts).
    const name = unguardCell(cell);
    const previous = seen.get(name.toLowerCase());
    if (!name) problems.push({ line, problem: 'name is empty' });
    else if (!isUserName(name))
      problems.push({ line, name, problem: `'${name}' is not a valid user name (${NAME_RULE})` });
    else if (previous !== undefined)
      problems.push({ line, name, problem: `'${name}' appears already on line ${previous}` });
    else {
      seen.set(name.toLowerCase(), line);
      names.push({ line, name });
    }
  }
  if (records.length === 0) problems.push({ line: first.line, problem: 'the file holds no names, only a header' });
  return { names, problems };
}
