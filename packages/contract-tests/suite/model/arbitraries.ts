// What the generated sequences are made of: every operation on the suite's own users, names in
// any case, bodies as clients send them, detail flags true, false or absent, dateFormat patterns
// of every letter the description allows with quoted text, small and large pages, both listings.
import fc from 'fast-check';
import {
  AddTaken,
  AddUser,
  ChangeDetails,
  Delete,
  GetDetails,
  GetProperty,
  Login,
  Rename,
  SetActive,
  SetProperty,
  WriteGone,
} from './commands.js';
import { Listing, type Flag, type ListingFacts, type ListingId } from './listing.js';
import type { NameCase } from './model.js';
import type { BodilessStyle, JsonStyle } from './server.js';

const nameCase = fc.constantFrom<NameCase>('given', 'upper', 'lower', 'swapped');
const suffix = fc.constantFrom('a', 'B', 'cD', 'x9', 'Zz');
const jsonStyle = fc.constantFrom<JsonStyle>('json', 'json-charset');
const bodiless = fc.constantFrom<BodilessStyle>('none', 'json-empty', 'json-object');
const fullName = fc.constantFrom('Ada Lovelace', 'Zoë Ångström', 'Łucja Żółw', "Seán O'Brien", '李小龍');
const pick = fc.nat({ max: 7 });
const WRITE_GONE = ['changeUserDetails', 'deactivateUser', 'setUserProperty', 'deleteUser'] as const;
// A flag set to true most often: detail levels are where the listings differ.
const flag = fc.constantFrom<Flag>('absent', 'true', 'true', 'false');
const value = fc.constantFrom('', 'plain', 'Zoë ✓ 100%', '  spaced  ', 'a/b?c=d&e', '{"json":"text"}');

/** A SimpleDateFormat pattern of the letters the description allows, separators and quoted text. */
export const datePattern = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('yyyy', 'yy', 'MM', 'M', 'MMM', 'MMMM', 'dd', 'd', 'HH', 'H') },
      { weight: 3, arbitrary: fc.constantFrom('hh', 'h', 'mm', 'ss', 'S', 'SSS', 'a', 'EEE', 'EEEE') },
      { weight: 2, arbitrary: fc.constantFrom('-', '/', '.', ' ', ':', ', ') },
      { weight: 1, arbitrary: fc.constantFrom("'at'", "'T'", "'h'", "''", "'o''clock'") },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((tokens) => tokens.join(''))
  // pactum trims query values, so a pattern with white space at an end would not arrive as generated.
  .filter((pattern) => pattern.trim() === pattern);

/** A sequence: one or two users added, then at most `maxCommands` commands, each with its arguments. */
export function sequences(token: string, facts: ListingFacts, maxCommands: number) {
  const add = fc
    .record({
      suffix,
      nameCase,
      readCase: nameCase,
      fullName,
      password: fc.boolean(),
      style: jsonStyle,
      again: fc.option(pick, { nil: undefined, freq: 4 }),
    })
    .map((spec) => new AddUser(token, spec));
  const first = fc
    .record({ suffix, nameCase, readCase: nameCase, fullName, password: fc.boolean(), style: jsonStyle })
    .map((spec) => new AddUser(token, spec));
  const addTaken = fc.tuple(pick, nameCase).map(([p, c]) => new AddTaken(p, c));
  const getDetails = fc
    .tuple(pick, nameCase, fc.option(datePattern, { nil: undefined }))
    .map(([p, c, d]) => new GetDetails(p, c, d));
  const change = fc
    .record({
      pick,
      nameCase,
      fields: fc.subarray(['fullName', 'email', 'password'] as ('fullName' | 'email' | 'password')[], { minLength: 1 }),
      fullName,
      style: jsonStyle,
    })
    .map((spec) => new ChangeDetails(spec));
  const rename = fc
    .tuple(pick, nameCase, nameCase, suffix, jsonStyle)
    .map(([p, c, n, x, j]) => new Rename(token, p, c, n, x, j));
  // Deactivation twice as often as activation: writes and listings then meet deactivated users.
  const setActive = fc
    .tuple(pick, nameCase, fc.constantFrom(false, false, true), bodiless)
    .map(([p, c, a, b]) => new SetActive(p, c, a, b));
  const login = pick.map((p) => new Login(p));
  const remove = fc.tuple(pick, nameCase, bodiless).map(([p, c, b]) => new Delete(p, c, b));
  const writeGone = fc.tuple(pick, nameCase, fc.constantFrom(...WRITE_GONE)).map(([p, c, o]) => new WriteGone(p, c, o));
  const setProperty = fc
    .tuple(pick, nameCase, fc.nat({ max: 1 }), value, jsonStyle)
    .map(([p, c, k, v, j]) => new SetProperty(p, c, k, v, j));
  const getProperty = fc.tuple(pick, nameCase, fc.nat({ max: 1 })).map(([p, c, k]) => new GetProperty(p, c, k));
  const listing = fc
    .record({
      operationId: fc.constantFrom<ListingId>('getUsers', 'getUsersWithConfluenceAccess'),
      basic: flag,
      extended: flag,
      pageSize: fc.constantFrom(1, 3, 7, 1000),
      dateFormat: fc.option(datePattern, { nil: undefined }),
    })
    .map((spec) => new Listing(spec, facts));
  // fast-check picks among these evenly: a command listed more often comes more often. State
  // changes and what follows them (writes to freed names, listings) weigh most: the budget is small.
  const rest = fc.commands(
    [
      add,
      addTaken,
      getDetails,
      change,
      change,
      rename,
      rename,
      setActive,
      setActive,
      setActive,
      setActive,
      login,
      remove,
      writeGone,
      writeGone,
      writeGone,
      setProperty,
      getProperty,
      listing,
      listing,
      listing,
      listing,
    ],
    { maxCommands, size: 'medium' },
  );
  // Every sequence starts with users to work on: one or two added.
  return fc.tuple(fc.array(first, { minLength: 1, maxLength: 2 }), rest);
}
