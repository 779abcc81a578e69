// Tells a sandbox's own database (or an empty one) from another program's, before anything is written.
import { UsageError } from '@extender-users/cli-kit';
import type { Database } from 'better-sqlite3';

/**
 * Throws a usage error naming `path` if the open database holds another program's schema: tables,
 * views, indexes or triggers of its own, and no record of the sandbox's first migration in a
 * `schema_migrations (version, applied_at)` table (migrations.ts records each version it applied
 * there, in the transaction that applied it). A new or empty file, and a sandbox's own database,
 * pass. Only reads: it runs before the journal mode is set, which would rewrite the file's header.
 */
export function refuseForeignDatabase(db: Database, path: string): void {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .pluck()
    .all() as string[];
  const own = names.filter((name) => name !== 'schema_migrations');
  if (own.length === 0 || isSandboxDatabase(db, names)) return;
  const shown = own.slice(0, 5).join(', ') + (own.length > 5 ? `, … (${own.length} in all)` : '');
  throw new UsageError(
    `cannot open '${path}' as the sandbox's database: it is another program's SQLite database (it holds ${shown}); nothing was written to it`,
  );
}

function isSandboxDatabase(db: Database, names: string[]): boolean {
  if (!names.includes('schema_migrations')) return false;
  const columns = db.prepare("SELECT name FROM pragma_table_info('schema_migrations')").pluck().all() as string[];
  if (!columns.includes('version') || !columns.includes('applied_at')) return false;
  // A table left by a run whose first migration failed (e.g. on another program's users table)
  // records nothing: that file is still the other program's.
  return db.prepare('SELECT 1 FROM schema_migrations WHERE version = 1').get() !== undefined;
}
