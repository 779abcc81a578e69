// Spreadsheet formula injection (OWASP, "CSV Injection"): Excel, LibreOffice Calc and Google Sheets
// run a cell that begins with = + - @, a tab or a carriage return as a formula, so anyone who can set
// a full name could run `=HYPERLINK(...)` in the administrator's spreadsheet. A CSV cell that would
// begin like that is written with a ' in front (the spreadsheets' "this is text" mark), as OWASP
// advises, and the CLI's readers take that ' off again, so an export imported back gives the same
// values. The full-width forms (＝ ＋ － ＠) count too: Apple Numbers reads them as the ASCII ones.
//
// The rule is reversible: a value that already begins with ' before such a character gets one more
// ', so `guard` never makes two values alike and `unguard(guard(v)) === v` for every v.
const TRIGGERS = '=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20';
const STARTS_A_FORMULA = new RegExp(`^'*[${TRIGGERS}]`);
const GUARDED = new RegExp(`^'+[${TRIGGERS}]`);

/** Whether a spreadsheet would read `value` as a formula (or it begins with ' before one). */
export const needsGuard = (value: string): boolean => STARTS_A_FORMULA.test(value);

/** `value` as a spreadsheet shows it as text: with a ' in front where it would start a formula. */
export const guardCell = (value: string): string => (needsGuard(value) ? `'${value}` : value);

/** The value a guarded cell was written from: its first ' taken off where guardCell put one. */
export const unguardCell = (value: string): string => (GUARDED.test(value) ? value.slice(1) : value);
