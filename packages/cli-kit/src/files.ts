// Files the programs are told to write (a report, a database): folders made on the way, and a
// failure said in one line that names the path and whether a read or a write failed.
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
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
 * Fails now, with a usage error naming `path`, if the file could not be written later: a part of
 * the path is not a folder, the file is a directory, or its folder is read-only. With
 * `makeFolder`, the missing folders are created first (otherwise a missing folder is refused).
 */
export function checkWritable(path: string, { makeFolder = false } = {}): void {
  try {
    if (makeFolder) makeFolders(dirname(path));
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
      throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    throw fileError(error, path, 'write');
  }
}
