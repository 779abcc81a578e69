// Reading input files and creating output files, with one-line messages that name the path and
// say whether it was a read or a write that failed.
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import { fileError, UsageError } from '@extender-users/cli-kit';
import { decodeInputText } from './csv/input-text.js';

/**
 * A failed write to `path` in one line, whatever the error: cli-kit's words where it has them, or
 * the system's (`EFBIG: file too large, write` → `file too large`).
 */
export function writeError(error: unknown, path: string): UsageError {
  const known = fileError(error, path, 'write');
  if (known instanceof UsageError) return known;
  const message = (error as Error | undefined)?.message ?? String(error);
  const reason = message.replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '');
  return new UsageError(`cannot write '${path}': ${reason}`);
}

export async function readInputFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw fileError(error, path, 'read');
  }
}

/** The text of an input file: UTF-8 or UTF-16 with a byte-order mark; any other encoding is refused (see input-text.ts). */
export async function readInputText(path: string): Promise<string> {
  return decodeInputText(await readInputFile(path), path);
}

/** Opens `path` for writing (`exclusive`: only if it does not exist yet) and waits until it is open. */
export async function openOutputFile(path: string, { exclusive = false } = {}): Promise<WriteStream> {
  const stream = createWriteStream(path, { flags: exclusive ? 'wx' : 'w' });
  try {
    await once(stream, 'open');
  } catch (error) {
    throw fileError(error, path, 'write');
  }
  return stream;
}

/** Ends a stream opened by openOutputFile and waits until everything is written. */
export function closeOutputFile(stream: WriteStream, path: string): Promise<void> {
  return new Promise((resolve, reject) =>
    stream.end((error?: Error | null) => (error ? reject(fileError(error, path, 'write')) : resolve())),
  );
}

export interface OutputFile {
  stream: WriteStream;
  /** Finishes writing and puts the file in its place. */
  commit(): Promise<void>;
  /** Removes what was written (the file at `path`, if any, stays as it was). */
  abort(): Promise<void>;
}

/**
 * A file written beside `path` under a temporary name and renamed into place only when complete,
 * so a run that fails half-way never leaves a partial file that looks whole.
 */
export async function createOutputFile(path: string): Promise<OutputFile> {
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write '${path}': it is a directory, not a file`);
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  let stream: WriteStream;
  try {
    stream = await openOutputFile(partial);
  } catch (error) {
    throw error instanceof UsageError ? new UsageError(error.message.replace(partial, path)) : error;
  }
  return {
    stream,
    async commit() {
      await closeOutputFile(stream, path);
      await rename(partial, path).catch((error: unknown) => {
        throw fileError(error, path, 'write');
      });
    },
    async abort() {
      stream.destroy();
      await unlink(partial).catch(() => undefined);
    },
  };
}
