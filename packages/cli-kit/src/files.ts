// Files the programs are told to write (a report, a database): folders made on the way, and a
// failure said in one line that names the path and whether a read or a write failed.
import { accessSync, closeSync, constants, lstatSync, mkdirSync, openSync, statSync, unlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

const REASONS: Record<string, { read: string; write: string }> = {
  ENOENT: { read: 'no such file', write: 'its folder does not exist' },
  ENOTDIR: { read: 'a part of the path is not a folder', write: 'a part of the path is not a folder' },
  EISDIR: { read: 'it is a directory, not a file', write: 'it is a directory, not a file' },
  EACCES: { read: 'permission denied', write: 'permission denied' },
  EPERM: { read: 'permission denied', write: 'permission denied' },
  EEXIST: { read: 'it exists', write: 'it exists already (choose another name; nothing is overwritten)' },
  EROFS: { read: 'read-only file system', write: 'read-only file system' },
  ENOSPC: { read: 'no space left on the device', write: 'no space left on the device' },
  EFBIG: { read: 'file too large', write: 'file too large' },
  ELOOP: {
    read: 'too many symbolic links (one that leads back to itself?)',
    write: 'too many symbolic links (one that leads back to itself?)',
  },
  ENAMETOOLONG: { read: 'the name is too long for the file system', write: 'the name is too long for the file system' },
  EIO: { read: 'the file system failed to read it', write: 'the file system failed to write it' },
  ENXIO: {
    read: 'nothing is at its other end (a socket, or a pipe no one reads)',
    write: 'nothing is at its other end (a socket, or a pipe no one reads)',
  },
  EPIPE: { read: 'broken pipe', write: 'broken pipe (its reader stopped)' },
};

/** A file error as a usage error naming `path`; anything else is passed through. */
export function fileError(error: unknown, path: string, access: 'read' | 'write'): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? REASONS[code]?.[access] : undefined;
  return reason ? new UsageError(`cannot ${access} '${path}': ${reason}`) : error;
}

/**
 * Creates `folder` and the folders above it that are missing, as `mkdir -p` does, one at a time.
 * Node's own `mkdir(…, { recursive: true })` never returns (it spins at full CPU) where a folder
 * exists but refuses children with ENOENT, as /proc does (Node 20, 22 and 24 here, sync and async
 * alike): this ends with that ENOENT. A folder another process creates meanwhile is fine.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let at = resolve(folder); ; at = dirname(at)) {
    // A file where a folder should be stops the walk too: mkdir below says ENOTDIR.
    if (statSync(at, { throwIfNoEntry: false })) break;
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) {
    try {
      mkdirSync(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Fails now, with a usage error naming `path`, if the file could not be written later: no name (an
 * empty path, or one ending in `/`), a part of the path is not a folder, the file is a directory or
 * a symbolic link to nothing, or a new file cannot be created there (a read-only folder, /proc: a
 * file is created and removed to know). With `makeFolder`, the missing folders are created first
 * (otherwise a missing folder is refused); with `regularFile`, a device, pipe or socket is refused
 * (for a file the program reads back).
 */
export function checkWritable(path: string, { makeFolder = false, regularFile = false } = {}): void {
  if (path === '') throw new UsageError("cannot write '': the file name is empty");
  if (/[\\/]$/.test(path)) throw new UsageError(`cannot write '${path}': it names a folder (ends in /), not a file`);
  try {
    if (makeFolder) makeFolders(dirname(path));
    const link = lstatSync(path, { throwIfNoEntry: false });
    if (!link) {
      // Nothing there yet: create it and take it away again (write permission alone says nothing
      // to root, nor of /proc).
      try {
        closeSync(openSync(path, 'wx'));
      } catch (error) {
        // /proc answers ENOENT in a folder that exists.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' && statSync(dirname(path), { throwIfNoEntry: false }))
          throw new UsageError(`cannot write '${path}': no file can be created in its folder`);
        throw error;
      }
      unlinkSync(path);
      return;
    }
    const found = statSync(path, { throwIfNoEntry: false });
    if (!found) throw new UsageError(`cannot write '${path}': it is a symbolic link to nothing`);
    if (found.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
    if (regularFile && !found.isFile())
      throw new UsageError(`cannot write '${path}': it is not a regular file (a device, a pipe or a socket)`);
    accessSync(path, constants.W_OK);
    // A regular file is written beside and renamed into place, or replaced: its folder must take that.
    if (found.isFile()) accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    throw fileError(error, path, 'write');
  }
}
