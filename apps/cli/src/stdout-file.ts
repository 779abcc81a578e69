// stdout redirected to a file (`> FILE`). Node's own stream for it writes each chunk with one
// write(2) and drops what a short write leaves over (a disk that fills up: the output is cut and
// the exit code says 0); this one writes every byte or fails.
import { fstatSync } from 'node:fs';
import { Writable } from 'node:stream';
import { writeWhole } from './write-whole.js';

/** `stdout` itself, or where it is a regular file, a stream that writes to it whole. */
export function wholeStdout(stdout: NodeJS.WriteStream): NodeJS.WritableStream & { isTTY?: boolean } {
  const STDOUT = 1;
  let isFile = false;
  try {
    isFile = fstatSync(STDOUT).isFile();
  } catch {
    // No stdout at all: Node's stream says so when written to.
  }
  if (!isFile) return stdout;
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        writeWhole(STDOUT, chunk);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
