// Two names for one file (`x.csv` and `./x.csv`, a symbolic link and its target, two hard links):
// a file the CLI writes must not be one it reads or writes for another purpose.
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '@extender-users/cli-kit';

/** Where `path` is: the file itself when it exists, otherwise the name in its folder, links resolved. */
function place(path: string): string {
  const found = statSync(path, { throwIfNoEntry: false });
  if (found) return `file ${found.dev}:${found.ino}`;
  try {
    return `name ${join(realpathSync(dirname(path)), basename(path))}`;
  } catch {
    return `name ${resolve(path)}`;
  }
}

export interface NamedFile {
  /** How the command line named it: `--report`, `the input file`, `--undo-file`... */
  what: string;
  path: string;
}

/**
 * Refuses (a usage error, before anything is sent) a report that is the same file as one of
 * `others` (the input file, the record): writing the report would replace it.
 */
export function refuseReportOver(report: NamedFile, others: readonly (NamedFile | undefined)[]): void {
  const at = place(report.path);
  for (const other of others) {
    if (!other || place(other.path) !== at) continue;
    const named = other.path === report.path ? '' : ` '${other.path}'`;
    throw new UsageError(
      `${report.what} '${report.path}' is the same file as ${other.what}${named}: the report would replace it; give --report another file; nothing was sent`,
    );
  }
}
