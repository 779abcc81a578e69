// A listed user as SQL that builds its JSON: the same mapping as handlers/serialize.ts, which
// makes the user as a JavaScript object, for pages SQLite builds itself. Which fields a user has
// (and in what order) comes from a sample user already narrowed to the served version.
import { DEFAULT_DATE_FORMAT } from '../date-format.js';
import type { ListSource, UserJsonSql } from '../db/user-listings.js';

/** The spec's latest date (9999-12-31T23:59:59.999Z); SQLite writes none later, nor any before 0. */
const LATEST_DATE_MS = 253_402_300_799_999;

/**
 * A date in `DEFAULT_DATE_FORMAT`, in UTC: SQLite's datetime() writes exactly that pattern
 * (`YYYY-MM-DD HH:MM:SS`, seconds cut, not rounded), three times cheaper than strftime.
 */
const dateText = (column: string) => {
  if (DEFAULT_DATE_FORMAT !== 'yyyy-MM-dd HH:mm:ss')
    throw new Error(`The default date format '${DEFAULT_DATE_FORMAT}' is not the one SQLite's datetime() writes`);
  return `datetime(${column} / 1000.0, 'unixepoch')`;
};

interface Field {
  sql: string;
  /** The timestamp column whose text this is: the page is built in SQL only when it is in range. */
  dateOf?: string;
}

/** Each field of a listed user (UserNameOnly, UserBasic, UserDetails), as SQL over a users row. */
const FIELDS: Record<string, Field> = {
  key: { sql: 'user_key' },
  name: { sql: 'name' },
  fullName: { sql: 'full_name' },
  email: { sql: 'email' },
  lastSuccessfulLoginDate: { sql: 'last_login_at' },
  lastSuccessfulLoginDateString: { sql: dateText('last_login_at'), dateOf: 'last_login_at' },
  lastFailedLoginDate: { sql: 'last_failed_login_at' },
  lastFailedLoginDateString: { sql: dateText('last_failed_login_at'), dateOf: 'last_failed_login_at' },
  createdDate: { sql: 'created_at' },
  createdDateString: { sql: dateText('created_at'), dateOf: 'created_at' },
  updatedDate: { sql: 'updated_at' },
  updatedDateString: { sql: dateText('updated_at'), dateOf: 'updated_at' },
  hasAccessToUseConfluence: { sql: "iif(active = 1, json('true'), json('false'))" },
};

/** The one-element arrays of a user (business, personal): their fields are columns of the same name. */
const NESTED: Record<string, readonly string[]> = {
  business: ['location', 'position', 'department'],
  personal: ['website', 'im', 'phone'],
};

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * The SQL of one listed user with exactly the fields of `sample` (a user of the API's shape,
 * narrowed to the served version), in its order; `source` is the rows the listing reads. A field
 * the sandbox does not know is an error at start, not a wrong answer.
 */
export function userJsonSql(sample: Record<string, unknown>, source: ListSource): UserJsonSql {
  const pairs: string[] = [];
  const dated: string[] = [];
  for (const [name, value] of Object.entries(sample)) {
    const field = FIELDS[name];
    if (field) {
      pairs.push(`${quote(name)}, ${field.sql}`);
      if (field.dateOf) dated.push(field.dateOf);
      continue;
    }
    const columns = NESTED[name];
    const inner = Array.isArray(value) && value.length === 1 ? (value[0] as Record<string, unknown>) : undefined;
    if (!columns || !inner) throw new Error(`The sandbox cannot list the field '${name}' in SQL`);
    const innerPairs = Object.keys(inner).map((column) => {
      if (!columns.includes(column)) throw new Error(`The sandbox cannot list the field '${name}.${column}' in SQL`);
      return `${quote(column)}, ${column}`;
    });
    pairs.push(`${quote(name)}, json_array(json_object(${innerPairs.join(', ')}))`);
  }
  // Dates outside what strftime writes (and the spec allows) are left to the JavaScript path.
  const usable =
    dated.length === 0
      ? '1'
      : dated.map((column) => `coalesce(${column}, 0) BETWEEN 0 AND ${LATEST_DATE_MS}`).join(' AND ');
  return { source, user: `json_object(${pairs.join(', ')})`, usable };
}
