// Opens the SQLite database: held by this process alone, WAL journal, foreign keys, migrations
// applied.
import { statSync } from 'node:fs';
import { checkWritable } from '@extender-users/cli-kit';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { databaseFileError } from './file-errors.js';
import { refuseForeignDatabase } from './foreign-database.js';
import { migrate } from './migrations.js';

/** The database file is held by another sandbox (or another program). */
export class DatabaseInUseError extends Error {
  constructor(readonly path: string) {
    super(
      `The database file ${path} is in use by another sandbox (or another program); stop it, or start this one with another --db`,
    );
    this.name = 'DatabaseInUseError';
  }
}

/**
 * The database at `path` (a file, or `:memory:`), migrated. A path that cannot hold it, a file that
 * is not a SQLite database, or another program's database is a usage error naming `path` (exit 2).
 */
export function openDatabase(path: string): Database {
  try {
    return open(path);
  } catch (error) {
    throw databaseFileError(error, path);
  }
}

function open(path: string): Database {
  if (path !== ':memory:') {
    // A path that cannot hold the database is said in one line (exit 2), before SQLite tries it.
    // A pipe or a device cannot hold a database (SQLite would wait on a pipe; /dev/null-journal).
    checkWritable(path, { makeFolder: true, regularFile: true });
    // SQLite adds -journal (and -wal, -shm) to the name: a name the file system takes only without
    // them would leave an empty file behind and fail as 'unable to open database file'.
    statSync(`${path}-journal`, { throwIfNoEntry: false });
  }
  // No waiting for a lock: a file another process holds is refused at once.
  const db = new BetterSqlite3(path, { timeout: 0 });
  try {
    // The sandbox keeps what it read (pages, counts, callers let in) until its own next write, so
    // no other process may write the file meanwhile (issue 22: a second sandbox served stale
    // pages and let in an administrator the first had deactivated). An exclusive lock, taken at
    // the first access and held until close, refuses any other connection; the operating system
    // releases it when the process ends, even by kill -9.
    db.pragma('locking_mode = EXCLUSIVE');
    // Before the first write (WAL mode rewrites the file's header): another program's database is
    // left as it was.
    refuseForeignDatabase(db, path);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DatabaseInUseError(path);
    throw error;
  }
  // NORMAL in WAL mode: a committed transaction survives a crash of the process (not of the OS).
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
