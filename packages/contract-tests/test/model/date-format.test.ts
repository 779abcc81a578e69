import { describe, expect, it } from 'vitest';
import { ALL_OFFSETS, fittingOffsets, formatDate, tokenize } from '../../suite/model/date-format.js';

const at = Date.UTC(2020, 4, 24, 6, 49, 27, 994); // 2020-05-24 06:49:27.994 UTC, a Sunday

describe('the dateFormat judge', () => {
  it("reads SimpleDateFormat's letters and quoted text", () => {
    expect(tokenize("yyyy-MM-dd 'at' HH:mm")).toEqual([
      { letter: 'y', count: 4 },
      { literal: '-' },
      { letter: 'M', count: 2 },
      { literal: '-' },
      { letter: 'd', count: 2 },
      { literal: ' ' },
      { literal: 'at' },
      { literal: ' ' },
      { letter: 'H', count: 2 },
      { literal: ':' },
      { letter: 'm', count: 2 },
    ]);
    expect(tokenize("h 'o''clock' a''")).toEqual([
      { letter: 'h', count: 1 },
      { literal: ' ' },
      { literal: "o'clock" },
      { literal: ' ' },
      { letter: 'a', count: 1 },
      { literal: "'" },
    ]);
    expect(tokenize('yyyy-QQ')).toMatch(/letter Q/);
    expect(tokenize("'open")).toMatch(/unclosed quote/);
  });

  it('finds the offsets at which a string is the date written with the pattern', () => {
    expect(fittingOffsets('2020-05-24 08:49:27', at, 'yyyy-MM-dd HH:mm:ss')).toEqual([120]);
    expect(fittingOffsets('24.05.2020', at, 'dd.MM.yyyy')).toHaveLength(
      ALL_OFFSETS.filter((o) => new Date(at + o * 60_000).getUTCDate() === 24).length,
    );
    // a and E are words of the server's language, matched as words: 12 hours away fits too.
    expect(fittingOffsets('20 at 6:49:27.994 AM, Sun', at, "yy 'at' h:mm:ss.SSS a, EEE")).toEqual([-720, 0, 720]);
    expect(fittingOffsets('Sonntag, 24. Mai 2020', at, 'EEEE, d. MMMM yyyy', [0])).toEqual([0]);
  });

  it('finds none for a wrong string: a literal left out, a letter misread, the default format instead', () => {
    expect(fittingOffsets('20 6:49:27.994 AM, Sun', at, "yy 'at' h:mm:ss.SSS a, EEE")).toEqual([]);
    expect(fittingOffsets('20 at 06:49:27.994 AM, Sun', at, "yy 'at' h:mm:ss.SSS a, EEE")).toEqual([]);
    expect(fittingOffsets('2020-05-24 06:49:27', at, 'dd.MM.yyyy')).toEqual([]);
    expect(fittingOffsets('x', at, 'yyyy-QQ')).toEqual([]);
  });

  it('writes what it reads', () => {
    for (const pattern of ["yyyy-MM-dd'T'HH:mm:ss.SSS", 'EEE, d MMM yy h:mm a', "''yyyy''"])
      for (const offset of [-720, 0, 345, 840])
        expect(fittingOffsets(formatDate(at, pattern, offset), at, pattern)).toContain(offset);
  });
});
