import { describe, expect, it } from 'vitest';
import { compileDateFormat, InvalidDateFormatError } from '../src/index.js';

// 2020-05-24T06:49:27.994Z is a Sunday; 2019-11-13T22:07:03.005Z a Wednesday evening.
const may = Date.UTC(2020, 4, 24, 6, 49, 27, 994);
const nov = Date.UTC(2019, 10, 13, 22, 7, 3, 5);
const f = (pattern: string, ms: number) => compileDateFormat(pattern)(ms);

describe('Java SimpleDateFormat patterns (as Java prints them in UTC, English)', () => {
  it.each([
    ['yyyy-MM-dd HH:mm:ss', may, '2020-05-24 06:49:27'],
    ['yyyy-MM-dd', may, '2020-05-24'],
    ['dd.MM.yyyy', may, '24.05.2020'],
    ['MM/dd/yyyy', nov, '11/13/2019'],
    ['yy', nov, '19'],
    ['y', nov, '2019'],
    ['M/d', may, '5/24'],
    ['MMM d', nov, 'Nov 13'],
    ['MMMM', may, 'May'],
    ['EEE', may, 'Sun'],
    ['EEEE', nov, 'Wednesday'],
    ['h:mm a', nov, '10:07 PM'],
    ['hh:mm a', may, '06:49 AM'],
    ['H', nov, '22'],
    ['s.S', nov, '3.5'],
    ['ss.SSS', may, '27.994'],
    ["'Date:' yyyy", may, 'Date: 2020'],
    ["h 'o''clock'", nov, "10 o'clock"],
    ["''yy''", nov, "'19'"],
    ['D', nov, '317'],
    ['u', may, '7'],
    ['k K', Date.UTC(2020, 0, 1, 0, 0), '24 0'],
    ['z Z X', may, 'UTC +0000 Z'],
    ['G', may, 'AD'],
    ['w', Date.UTC(2020, 0, 5), '2'],
  ])('%s → %s', (pattern, ms, expected) => {
    expect(f(pattern, ms as number)).toBe(expected);
  });

  it('refuses unknown letters and unterminated quotes', () => {
    expect(() => compileDateFormat('yyyy-bb')).toThrow(InvalidDateFormatError);
    expect(() => compileDateFormat('q')).toThrow("Illegal pattern character 'q'");
    expect(() => compileDateFormat("yyyy 'x")).toThrow(/Unterminated quote/);
  });
});
