// Reading an import CSV: RFC 4180 (quotes, embedded commas and newlines), the API's field names as
// headers (each once), every row checked before anything is sent; values in messages bounded and
// their control characters shown (quoted.ts). The file's encoding is decided in input-text.ts.
import { quoted, someOf } from '../output/quoted.js';
import { COLUMNS } from '../output/rows.js';
import { unguardCell } from './formula-guard.js';
import { duplicatedColumns, separatorHint } from './header.js';
import { isGroupName, isUserName, NAME_RULE } from './patterns.js';
import { readCsvRecords } from './records.js';

export interface ImportRow {
  /** The line of the file where the record starts (1 is the header). */
  line: number;
  name: string;
  fullName: string;
  email: string;
  password?: string;
  groups?: string[];
}

export interface RowProblem {
  line: number;
  name?: string;
  problem: string;
}

const REQUIRED = ['name', 'fullName', 'email'];
const OPTIONAL = ['password', 'groups'];
/**
 * Columns import accepts and ignores: what an export writes, so an export can be imported back, and
 * the time column of a delete record (`deleted`), so the accounts it lists can be added again.
 */
const IGNORED = new Set([...COLUMNS.extended.filter((c) => !REQUIRED.includes(c)), 'deleted']);

/** The spec's maxLength of FullName, EmailAddress and Password (schemas without a pattern). */
const MAX_LENGTH = 255;
// The spec's EmailAddress is `format: email` (no pattern): a light check of its shape here, the
// server has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ImportFile {
  rows: ImportRow[];
  /** Rows that are not valid, each by the line it starts on. */
  problems: RowProblem[];
  /** What makes the whole file unusable (its CSV syntax, its header): no row is read then. */
  fileProblem?: { line: number; problem: string };
  /** The file is a record of deleted users (`users delete` writes one, with a `deleted` column). */
  deletedRecord: boolean;
}

/** Why a header cannot be used, or undefined. */
function headerProblem(header: string[]): string | undefined {
  const separator = separatorHint(header);
  if (separator) return separator;
  const duplicated = duplicatedColumns(header);
  if (duplicated) return duplicated;
  const missing = REQUIRED.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !REQUIRED.includes(c) && !OPTIONAL.includes(c) && !IGNORED.has(c));
  if (!missing.length && !unknown.length) return undefined;
  const parts = [
    missing.length ? `missing column ${missing.map((c) => `'${c}'`).join(', ')}` : '',
    unknown.length ? `unknown column ${someOf(unknown.map((c) => quoted(c)))}` : '',
  ].filter(Boolean);
  return `${parts.join('; ')} (the header must name ${REQUIRED.join(', ')} and may add ${OPTIONAL.join(', ')})`;
}

export function parseImportCsv(text: string): ImportFile {
  const parsed = readCsvRecords(text);
  if ('error' in parsed) return { rows: [], problems: [], fileProblem: parsed.error, deletedRecord: false };
  const [headerRecord, ...records] = parsed.records;
  const header = headerRecord?.fields ?? [];
  const wrong = headerProblem(header);
  if (wrong)
    return {
      rows: [],
      problems: [],
      fileProblem: { line: headerRecord?.line ?? 1, problem: wrong },
      deletedRecord: false,
    };

  const problems: RowProblem[] = [];
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of records) {
    // The ' the CLI's CSV writers put before a would-be formula comes off (formula-guard.ts), in every
    // column they write; not in password, which no export holds, so a password is taken as written.
    const record = Object.fromEntries(
      header.map((column, i) => [column, column === 'password' ? fields[i] : unguardCell(fields[i] ?? '')]),
    ) as Partial<Record<string, string>>;
    const name = record.name ?? '';
    const fullName = (record.fullName ?? '').trim();
    const email = (record.email ?? '').trim();
    const rowProblems: string[] = [];
    if (!isUserName(name))
      rowProblems.push(name ? `name ${quoted(name)} is not a valid user name (${NAME_RULE})` : 'name is empty');
    if (!fullName) rowProblems.push('fullName is empty');
    else if (fullName.length > MAX_LENGTH) rowProblems.push(`fullName is longer than ${MAX_LENGTH} characters`);
    if (!EMAIL.test(email) || email.length > MAX_LENGTH)
      rowProblems.push(email ? `email ${quoted(email)} is not an e-mail address` : 'email is empty');
    const password = record.password ? record.password : undefined;
    if (password !== undefined && password.length > MAX_LENGTH)
      rowProblems.push(`password is longer than ${MAX_LENGTH} characters`);
    const groups = record.groups
      ? record.groups
          .split(';')
          .map((g) => g.trim())
          .filter(Boolean)
      : undefined;
    for (const g of groups ?? []) if (!isGroupName(g)) rowProblems.push(`group ${quoted(g)} is not a valid group name`);
    const previous = seen.get(name.toLowerCase());
    if (name && previous !== undefined) rowProblems.push(`name ${quoted(name)} appears already on line ${previous}`);
    if (name) seen.set(name.toLowerCase(), previous ?? line);
    if (rowProblems.length) problems.push({ line, name: name || undefined, problem: rowProblems.join('; ') });
    else
      rows.push({
        line,
        name,
        fullName,
        email,
        ...(password ? { password } : {}),
        ...(groups?.length ? { groups: [...new Set(groups)] } : {}),
      });
  }
  return { rows, problems, deletedRecord: header.includes('deleted') };
}
