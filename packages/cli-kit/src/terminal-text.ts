// Text from data (user names, full names, server messages, lines of input files) on its way to a
// terminal. A control character there is an instruction, not text: `ESC ]0;…BEL` sets the window
// title, `ESC [2J` clears the screen, a carriage return overwrites what the line said, C1 controls
// (U+0080–U+009F) act like ESC sequences in many terminals, and the bidirectional overrides reorder
// what is shown. Each is shown as a visible escape instead (`\x1b`, `\r`, `\u202e`), as `ls -b` and
// Python's repr do; everything else, Unicode letters included, is left as it is.
import { StringDecoder } from 'node:string_decoder';
import { Writable } from 'node:stream';

const CONTROL_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const CONTROLS = new RegExp(`[${CONTROL_CLASS}]`, 'g');
// Line ends (LF, CRLF) are kept where the text is lines, such as messages and CSV on a terminal.
const CONTROLS_BUT_LINE_ENDS = new RegExp(`\\r\\n|\\n|[${CONTROL_CLASS}]`, 'g');
const NAMED: Partial<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escape = (c: string): string => {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** `text` with every control character shown as a visible escape, line breaks included (one line). */
export function showControls(text: string): string {
  return text.replace(CONTROLS, escape);
}

/** `text` with every control character but its line ends (LF, CRLF) shown as a visible escape. */
export function showControlsKeepingLines(text: string): string {
  return text.replace(CONTROLS_BUT_LINE_ENDS, (c) => (c === '\n' || c === '\r\n' ? c : escape(c)));
}

export type TerminalStream = NodeJS.WritableStream & { isTTY?: boolean };

const targets = new WeakMap<object, TerminalStream>();

/**
 * The stream a showingControls stream writes to (any other stream itself): only for the program's
 * own terminal controls, such as a progress bar that redraws its line, never for data.
 */
export function terminalOf(stream: TerminalStream): TerminalStream {
  return targets.get(stream) ?? stream;
}

/**
 * A stream that writes to `target` with control characters shown (line ends kept): for a terminal,
 * or for messages, which are read by people wherever they end up. Each write goes through at once,
 * in order (its callback waits for `target`'s backpressure, not for the next tick); a multi-byte
 * character split between writes is kept whole, and so is a CRLF.
 */
export function showingControls(target: TerminalStream): Writable & { isTTY?: boolean } {
  const decoder = new StringDecoder('utf8');
  let heldCr = false;
  const pass = (text: string, done: (error?: Error | null) => void) => {
    if (!text) return done();
    if (target.write(text)) done();
    else target.once('drain', () => done());
  };
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: Buffer | string, _encoding, done) {
      let text = (heldCr ? '\r' : '') + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
      // A CR at the end may be the first half of a CRLF: it waits for the next write.
      heldCr = text.endsWith('\r');
      if (heldCr) text = text.slice(0, -1);
      pass(showControlsKeepingLines(text), done);
    },
    final(done) {
      const rest = (heldCr ? '\r' : '') + decoder.end();
      heldCr = false;
      pass(showControlsKeepingLines(rest), done);
    },
  });
  targets.set(stream, target);
  return Object.assign(stream, { isTTY: target.isTTY });
}
