// The report a bulk command leaves of what failed or was not tried. A report that cannot be written
// (a full disk) takes nothing from the run: its outcome is said on stderr instead, and the exit code
// stays the run's own.
import { lstat, rm, writeFile } from 'node:fs/promises';
import { writeError } from '../files.js';

/**
 * Writes a bulk run's report; a report that cannot be written (a full disk) takes nothing from the
 * run: the file is removed and the reason returned, to be said with the outcome.
 */
export async function writeReport(path: string, text: string): Promise<string | undefined> {
  try {
    await writeFile(path, text);
    return undefined;
  } catch (error) {
    // What was written of it is not the whole report; only a plain file is taken away (never a
    // device, a pipe or a link).
    if ((await lstat(path).catch(() => undefined))?.isFile()) await rm(path, { force: true }).catch(() => undefined);
    return writeError(error, path).message;
  }
}

/** Where the report's names are, for the last line: the report, or the lines above when it could not be written. */
export const reportPlace = (path: string, unwritten: string | undefined) =>
  unwritten ? `listed above (no report: ${unwritten})` : `in ${path}`;
