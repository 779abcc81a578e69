import { describe, expect, it } from 'vitest';
import { UsageError } from '@extender-users/cli-kit';
import { decodeInputText, firstInvalidUtf8 } from '../src/csv/input-text.js';

const CSV = 'name,fullName,email\r\nzoe,Zoë Ångström,z@acme.test\r\n';
const refusal = (bytes: Uint8Array) => {
  try {
    decodeInputText(bytes, 'f.csv');
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('not refused');
};

describe('input files: one clear decision per encoding', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeInputText(Buffer.from(CSV), 'f.csv')).toBe(CSV);
    expect(decodeInputText(Buffer.from(`\uFEFF${CSV}`), 'f.csv')).toBe(CSV);
  });

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
    expect(decodeInputText(le, 'f.csv')).toBe(CSV);
    const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CSV, 'utf16le')]));
    for (let i = 2; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeInputText(be, 'f.csv')).toBe(CSV);
  });

  it('refuses Latin-1 (not UTF-8), naming the line and the byte and how to convert, instead of reading U+FFFD', () => {
    expect(refusal(Buffer.from(CSV, 'latin1'))).toBe(
      'f.csv:2: not UTF-8 (the byte 0xEB; in Latin-1 or Windows-1252 it would be \'ë\'): save the file as UTF-8 (Excel: "CSV UTF-8"), or convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 f.csv > utf8.csv; nothing was read',
    );
  });

  it('refuses NUL characters (UTF-16 without a byte-order mark) and broken UTF-16', () => {
    expect(refusal(Buffer.from(CSV, 'utf16le'))).toMatch(
      /^f.csv:1: holds a NUL character: UTF-16 without a byte-order mark/,
    );
    expect(refusal(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toMatch(/not valid UTF-16/);
  });

  it('finds the first byte that is not UTF-8, overlong forms and surrogates included', () => {
    expect(firstInvalidUtf8(Buffer.from('aé王🙂'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0xf5, 0x80, 0x80, 0x80]))).toBe(0);
  });
});
