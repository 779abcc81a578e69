// Judges a `...String` date against its epoch-millisecond twin and the `dateFormat` asked for, as
// Java's SimpleDateFormat writes it (the description's letters: y M d H h m s S a E, text in single
// quotes). The server's time zone is not known (the description assumes the server's own), so a
// string is judged for every whole-quarter-hour offset from UTC-12 to UTC+14, and the offsets that
// fit are kept: every date of one run must fit one of them. Text (a, E, MMM and longer) is in the
// server's language, so it is matched as letters, not as English words.

export type Token = { letter: string; count: number } | { literal: string };

const LETTERS = new Set(['y', 'M', 'd', 'H', 'h', 'm', 's', 'S', 'a', 'E']);

/** The tokens of a pattern, or a reason it cannot be read. */
export function tokenize(pattern: string): Token[] | string {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ literal: "'" });
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) return `an unclosed quote at ${i}`;
      // '' inside a quoted text is one quote.
      let text = '';
      let j = i + 1;
      for (;;) {
        const close = pattern.indexOf("'", j);
        if (close < 0) return `an unclosed quote at ${i}`;
        text += pattern.slice(j, close);
        if (pattern[close + 1] === "'") {
          text += "'";
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      tokens.push({ literal: text });
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!LETTERS.has(c)) return `the letter ${c}, which the description does not allow`;
      let count = 1;
      while (pattern[i + count] === c) count++;
      tokens.push({ letter: c, count });
      i += count;
      continue;
    }
    tokens.push({ literal: c });
    i++;
  }
  return tokens;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TEXT = "[\\p{L}][\\p{L}\\p{M}.'’]*";

/** A regular expression for the date (UTC fields of `shifted`) written with `tokens`. */
function expectedPattern(tokens: Token[], shifted: Date): RegExp {
  const year = shifted.getUTCFullYear();
  const hours = shifted.getUTCHours();
  const parts = tokens.map((t) => {
    if ('literal' in t) return escape(t.literal);
    const { letter, count } = t;
    switch (letter) {
      case 'y':
        return count === 2 ? pad(year % 100, 2) : pad(year, count);
      case 'M':
        return count >= 3 ? TEXT : pad(shifted.getUTCMonth() + 1, count);
      case 'd':
        return pad(shifted.getUTCDate(), count);
      case 'H':
        return pad(hours, count);
      case 'h':
        return pad(hours % 12 === 0 ? 12 : hours % 12, count);
      case 'm':
        return pad(shifted.getUTCMinutes(), count);
      case 's':
        return pad(shifted.getUTCSeconds(), count);
      case 'S':
        return pad(shifted.getUTCMilliseconds(), count);
      default: // a, E: words of the server's language
        return TEXT;
    }
  });
  return new RegExp(`^${parts.join('')}$`, 'u');
}

/** Every offset a server's time zone may have, in minutes: UTC-12:00 to UTC+14:00 by quarter hours. */
export const ALL_OFFSETS: readonly number[] = Array.from({ length: 105 }, (_, i) => -720 + i * 15);

/** The offsets (of `candidates`) at which `text` is `epochMs` written with `pattern`. */
export function fittingOffsets(
  text: string,
  epochMs: number,
  pattern: string,
  candidates: readonly number[] = ALL_OFFSETS,
): number[] {
  const tokens = tokenize(pattern);
  if (typeof tokens === 'string') return [];
  return candidates.filter((offset) => expectedPattern(tokens, new Date(epochMs + offset * 60_000)).test(text));
}

/** The date written with `pattern` at `offset` minutes from UTC, text fields in English (for tests and faults). */
export function formatDate(epochMs: number, pattern: string, offset = 0): string {
  const tokens = tokenize(pattern);
  if (typeof tokens === 'string') throw new Error(tokens);
  const d = new Date(epochMs + offset * 60_000);
  const months = [
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
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return tokens
    .map((t) => {
      if ('literal' in t) return t.literal;
      const { letter, count } = t;
      const h = d.getUTCHours();
      switch (letter) {
        case 'y':
          return count === 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), count);
        case 'M':
          return count >= 4
            ? months[d.getUTCMonth()]!
            : count === 3
              ? months[d.getUTCMonth()]!.slice(0, 3)
              : pad(d.getUTCMonth() + 1, count);
        case 'd':
          return pad(d.getUTCDate(), count);
        case 'H':
          return pad(h, count);
        case 'h':
          return pad(h % 12 === 0 ? 12 : h % 12, count);
        case 'm':
          return pad(d.getUTCMinutes(), count);
        case 's':
          return pad(d.getUTCSeconds(), count);
        case 'S':
          return pad(d.getUTCMilliseconds(), count);
        case 'a':
          return h < 12 ? 'AM' : 'PM';
        default:
          return count >= 4 ? days[d.getUTCDay()]! : days[d.getUTCDay()]!.slice(0, 3);
      }
    })
    .join('');
}
