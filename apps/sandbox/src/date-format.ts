// Java SimpleDateFormat patterns, as Confluence formats the `...String` date fields (UTC, English).
// Letters: G y Y M L d D E u a H k K h m s S z Z X w W F; text in single quotes ('' is a quote).
// An unknown letter or an unterminated quote is an InvalidDateFormatError, as Java's
// IllegalArgumentException would be.

export class InvalidDateFormatError extends Error {}

type Token = { letter: string; count: number } | { text: string };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LETTERS = new Set('GyYMLdDEuaHkKhmsSzZXwWF');

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ text: "'" });
        i += 2;
        continue;
      }
      let text = '';
      i++;
      for (;;) {
        if (i >= pattern.length) throw new InvalidDateFormatError(`Unterminated quote in date format '${pattern}'`);
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += pattern[i++];
      }
      tokens.push({ text });
    } else if (/[A-Za-z]/.test(c)) {
      if (!LETTERS.has(c))
        throw new InvalidDateFormatError(`Illegal pattern character '${c}' in date format '${pattern}'`);
      let count = 1;
      while (pattern[i + count] === c) count++;
      tokens.push({ letter: c, count });
      i += count;
    } else {
      tokens.push({ text: c });
      i++;
    }
  }
  return tokens;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Day of the year, 1-based. */
function dayOfYear(d: Date): number {
  return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}

/** Week of the year with US rules (weeks start on Sunday; week 1 holds January 1st). */
function weekOfYear(d: Date): number {
  const jan1 = new Date(Date.UTC(d.getUTCFullYear(), 0, 1)).getUTCDay();
  return Math.floor((dayOfYear(d) - 1 + jan1) / 7) + 1;
}

function weekOfMonth(d: Date): number {
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)).getUTCDay();
  return Math.floor((d.getUTCDate() - 1 + first) / 7) + 1;
}

function field(letter: string, count: number, d: Date): string {
  const text = (full: string) => (count >= 4 ? full : full.slice(0, 3));
  switch (letter) {
    case 'G':
      return 'AD';
    case 'y':
    case 'Y': {
      const year = d.getUTCFullYear();
      return count === 2 ? pad(year % 100, 2) : pad(year, count);
    }
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTHS[d.getUTCMonth()]!) : pad(d.getUTCMonth() + 1, count);
    case 'd':
      return pad(d.getUTCDate(), count);
    case 'D':
      return pad(dayOfYear(d), count);
    case 'E':
      return text(DAYS[d.getUTCDay()]!);
    case 'u':
      return pad(d.getUTCDay() === 0 ? 7 : d.getUTCDay(), count);
    case 'a':
      return d.getUTCHours() < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(d.getUTCHours(), count);
    case 'k':
      return pad(d.getUTCHours() === 0 ? 24 : d.getUTCHours(), count);
    case 'K':
      return pad(d.getUTCHours() % 12, count);
    case 'h':
      return pad(d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12, count);
    case 'm':
      return pad(d.getUTCMinutes(), count);
    case 's':
      return pad(d.getUTCSeconds(), count);
    case 'S':
      return pad(d.getUTCMilliseconds(), count);
    case 'z':
      return count >= 4 ? 'Coordinated Universal Time' : 'UTC';
    case 'Z':
      return '+0000';
    case 'X':
      return 'Z';
    case 'w':
      return pad(weekOfYear(d), count);
    case 'W':
      return pad(weekOfMonth(d), count);
    case 'F':
      return pad(Math.floor((d.getUTCDate() - 1) / 7) + 1, count);
    default:
      throw new InvalidDateFormatError(`Illegal pattern character '${letter}'`);
  }
}

export type DateFormatter = (epochMs: number) => string;

const cache = new Map<string, DateFormatter>();

/** Compiles a pattern once (throws InvalidDateFormatError); the formatter renders epoch ms in UTC. */
export function compileDateFormat(pattern: string): DateFormatter {
  let formatter = cache.get(pattern);
  if (!formatter) {
    const tokens = tokenize(pattern);
    formatter = (epochMs) => {
      const d = new Date(epochMs);
      return tokens.map((t) => ('text' in t ? t.text : field(t.letter, t.count, d))).join('');
    };
    if (cache.size < 1000) cache.set(pattern, formatter);
  }
  return formatter;
}

export const DEFAULT_DATE_FORMAT = 'yyyy-MM-dd HH:mm:ss';
