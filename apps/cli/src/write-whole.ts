// Writes every byte to a file descriptor, picking up after a short write (a disk that fills up
// writes part, then fails): Node's own write calls leave the rest unwritten and say nothing.
import { writeSync } from 'node:fs';

/** Writes all of `bytes` to `fd`, or throws (a write that moves nothing is taken as a full disk). */
export function writeWhole(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) {
    const wrote = writeSync(fd, bytes, at);
    if (wrote === 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    at += wrote;
  }
}
