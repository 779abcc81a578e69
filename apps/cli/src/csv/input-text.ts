// The text of an input file (import, --from), decoded with a clear decision for each encoding a
// spreadsheet program or an editor may have saved it in:
// - UTF-8, with or without a byte-order mark: read.
// - UTF-16 with a byte-order mark (Excel's "Unicode Text", Notepad's "Unicode"): read.
// - Anything else that is not valid UTF-8 (Latin-1, Windows-1252, ...): refused, naming the line and
//   the byte, and saying how to convert it. Guessing the encoding could change a user name silently
//   (`é` read as `Ã©`, or U+FFFD): a name must arrive as written, or not at all.
// - NUL characters in text without a byte-order mark (UTF-16 without one, or not a text file): refused.
import { UsageError } from '@extender-users/cli-kit';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Lead byte: the sequence's length and the range its second byte must fall in (RFC 3629).
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf
        ? [2, 0x80, 0xbf]
        : lead === 0xe0
          ? [3, 0xa0, 0xbf]
          : lead === 0xed
            ? [3, 0x80, 0x9f]
            : lead >= 0xe1 && lead <= 0xef
              ? [3, 0x80, 0xbf]
              : lead === 0xf0
                ? [4, 0x90, 0xbf]
                : lead === 0xf4
                  ? [4, 0x80, 0x8f]
                  : lead >= 0xf1 && lead <= 0xf3
                    ? [4, 0x80, 0xbf]
                    : [0, 0, 0];
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < low || next > high : next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

const lineOf = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
};

/** The text of `bytes`, read from `path`; a UsageError for an encoding it cannot be sure of. */
export function decodeInputText(bytes: Uint8Array, path: string): string {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new UsageError(
        `${path}: begins with a UTF-16 byte-order mark but is not valid UTF-16 (${encoding.toUpperCase()}); save it as UTF-8 and try again; nothing was read`,
      );
    }
  }
  // Checked first: UTF-16 without a byte-order mark is not UTF-8 either, but this says why.
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new UsageError(
      `${path}:${lineOf(bytes, nul)}: holds a NUL character: UTF-16 without a byte-order mark, or not a text file; save it as UTF-8 and try again; nothing was read`,
    );
  const bom = startsWith(bytes, UTF8_BOM) ? 3 : 0;
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const byte = bytes[bad]!;
    const latin1 = Buffer.from([byte]).toString('latin1');
    const readAs = byte >= 0xa0 ? `; in Latin-1 or Windows-1252 it would be '${latin1}'` : '';
    throw new UsageError(
      `${path}:${lineOf(bytes, bad)}: not UTF-8 (the byte 0x${byte.toString(16).toUpperCase()}${readAs}): save the file as UTF-8 (Excel: "CSV UTF-8"), or convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8 ${path} > utf8.csv; nothing was read`,
    );
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(bom));
}
