// SQLite's and the file system's failures on the --db file, said in words that name the file.
import { UsageError } from '@extender-users/cli-kit';

// Prefixes of SQLite's (extended) result codes, as better-sqlite3's SqliteError carries them.
const SQLITE_REASONS: [prefix: string, reason: string][] = [
  ['SQLITE_NOTADB', 'it is not a SQLite database'],
  ['SQLITE_CORRUPT', 'the SQLite database in it is damaged (corrupt)'],
  ['SQLITE_FULL', 'the disk (or the file system) is full'],
  ['SQLITE_CANTOPEN', 'SQLite cannot create or open a file there'],
  ['SQLITE_READONLY', 'it is read-only'],
  ['SQLITE_PERM', 'permission denied'],
  ['SQLITE_IOERR', 'the file system failed to read or write it'],
];

const ERRNO_REASONS: Record<string, string> = {
  ELOOP: 'too many symbolic links (a symbolic link that leads back to itself?)',
  ENAMETOOLONG: 'its name is too long for the file system (with the -journal, -wal or -shm SQLite adds to it)',
  ENOSPC: 'the disk (or the file system) is full',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'the file system failed to read or write it',
};

/** `error` as a usage error naming `path` if it says why the file cannot be the database; else as it was. */
export function databaseFileError(error: unknown, path: string): unknown {
  if (error instanceof UsageError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return error;
  const reason = ERRNO_REASONS[code] ?? SQLITE_REASONS.find(([prefix]) => code.startsWith(prefix))?.[1];
  return reason ? new UsageError(`cannot open '${path}' as the sandbox's database: ${reason}`) : error;
}
