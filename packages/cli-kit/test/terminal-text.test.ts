import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { showControls, showControlsKeepingLines, showingControls, terminalOf } from '../src/index.js';

const TITLE_AND_CLEAR = 'Eve \u001b]0;pwned\u0007\u001b[2J';

describe('showControls', () => {
  it('shows every control character as a visible escape and leaves other text alone', () => {
    expect(showControls(TITLE_AND_CLEAR)).toBe('Eve \\x1b]0;pwned\\x07\\x1b[2J');
    expect(showControls('a\r\nb\tc\u0000\u007f\u009b31m\u202egnp.exe')).toBe(
      'a\\r\\nb\\tc\\x00\\x7f\\x9b31m\\u202egnp.exe',
    );
    expect(showControls('Zoë Ångström 王 🙂 \\ "')).toBe('Zoë Ångström 王 🙂 \\ "');
  });

  it('keeps the line ends of text that is lines, and shows a lone carriage return', () => {
    expect(showControlsKeepingLines('a\r\nb\nc\rd\u001b[2J\n')).toBe('a\r\nb\nc\\rd\\x1b[2J\n');
  });
});

describe('showingControls', () => {
  it('passes writes on in order with controls shown, a CRLF or a character split between writes kept whole', async () => {
    const target = Object.assign(new PassThrough(), { isTTY: true });
    let out = '';
    target.on('data', (c: Buffer) => (out += c.toString()));
    const safe = showingControls(target);
    expect(safe.isTTY).toBe(true);
    expect(terminalOf(safe)).toBe(target);
    expect(terminalOf(target)).toBe(target);
    const ae = Buffer.from('ä');
    safe.write('one\r');
    safe.write('\ntwo \u001b[2J\n');
    safe.write(ae.subarray(0, 1));
    safe.write(Buffer.concat([ae.subarray(1), Buffer.from('\u009b\r')]));
    await new Promise<void>((resolve) => safe.end(resolve));
    expect(out).toBe('one\r\ntwo \\x1b[2J\nä\\x9b\\r');
  });
});
