// Reading input files and creating output files, with one-line messages that name the path and
// say whether it was a read or a write that failed.
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { checkWritable, fileError, UsageError } from '@extender-users/cli-kit';
import { decodeInputText } from './csv/input-text.js';
import { CliFailure } from './errors.js';
import { EXIT } from './exit-codes.js';

/**
 * A write that failed once under way (a full disk, a file-size limit) as one line naming `path`,
 * exit 1 as the README's table says for output that could not be written: requests were sent by
 * then, so it is not a usage mistake (2).
 */
export function writeError(error: unknown, path: string): CliFailure {
  const known = fileError(error, path, 'write');
  const message = known instanceof UsageError ? known.message : `cannot write '${path}': ${systemReason(error)}`;
  return new CliFailure(message, EXIT.apiError);
}

/** The system's reason for a failed call, without its code and call: `EFBIG: file too large, write` → `file too large`. */
export function systemReason(error: unknown): string {
  const message = (error as Error | undefined)?.message ?? String(error);
  return message.replace(/^[A-Z]+: /, '').replace(/, \w+( '.*')?$/, '');
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

/**
 * Opens `path` for writing (`exclusive`: only if it does not exist yet; `mode`: the permissions of
 * a file it creates, before the umask) and waits until it is open.
 */
export async function openOutputFile(
  path: string,
  {
    exclusive = false,
    append = false,
    mode,
  }: { exclusive?: boolean; append?: boolean; mode?: number | undefined } = {},
): Promise<WriteStream> {
  const flags = exclusive ? 'wx' : append ? 'a' : 'w';
  const stream = createWriteStream(path, { flags, ...(mode === undefined ? {} : { mode }) });
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
    stream.end((error?: Error | null) => (error ? reject(writeError(error, path)) : resolve())),
  );
}

export interface OutputFile {
  stream: WriteStream;
  /** Rejects, with one line naming the path, when a write to `stream` fails (a full disk). */
  failed: Promise<never>;
  /** Finishes writing and puts the file in its place. */
  commit(): Promise<void>;
  /** Removes what was written (the file at `path`, if any, stays as it was). */
  abort(): Promise<void>;
}

/** A promise that rejects when a write to `stream` fails; never an unhandled rejection by itself. */
function failureOf(stream: WriteStream, path: string): Promise<never> {
  const failed = new Promise<never>((_, reject) => stream.once('error', (error) => reject(writeError(error, path))));
  failed.catch(() => undefined);
  return failed;
}

/**
 * Where `path` leads, for writing: nowhere yet, a regular file (its real path, through any
 * symbolic link, and its permissions), or something else (a device, a pipe, a socket).
 */
async function outputTarget(
  path: string,
): Promise<{ kind: 'new' } | { kind: 'file'; real: string; mode: number } | { kind: 'other' }> {
  const found = await stat(path).catch(() => undefined);
  if (!found) return { kind: 'new' };
  if (found.isDirectory()) throw new UsageError(`cannot write '${path}': it is a directory, not a file`);
  if (found.isSocket()) throw new UsageError(`cannot write '${path}': it is a socket, not a file`);
  if (!found.isFile()) return { kind: 'other' };
  const real = await realpath(path);
  // /dev/stdout, /dev/fd/3, /proc/self/fd/1 lead to a file the shell opened (`>> all.csv`): written
  // through, as the shell asked; replacing it would drop what it held and what is written after.
  if (/^\/(dev|proc)\//.test(resolve(path)) || /^\/proc\//.test(real)) return { kind: 'other' };
  return { kind: 'file', real, mode: found.mode & 0o7777 };
}

/**
 * The file `path` as a whole: for a regular file (or none yet), written beside it under a temporary
 * name and renamed into place only when complete, so a run that fails half-way never leaves a
 * partial file that looks whole. A symbolic link stays: the file it leads to is replaced, keeping
 * its permissions (an export holds user data). A device, a pipe or a socket is written as it is,
 * never replaced by a file.
 */
export async function createOutputFile(path: string): Promise<OutputFile> {
  const target = await outputTarget(path);
  if (target.kind === 'other') {
    // Appended: opening /dev/stdout with 'w' would empty the file a `>>` opened.
    const stream = await openOutputFile(path, { append: true });
    return {
      stream,
      failed: failureOf(stream, path),
      commit: () => closeOutputFile(stream, path),
      abort: async () => void stream.destroy(),
    };
  }
  // A name ending in /, a symbolic link to nothing, a folder that takes no file: said now, in one line.
  checkWritable(path);
  const real = target.kind === 'file' ? target.real : path;
  const partial = join(dirname(real), `.${basename(real)}.${process.pid}.partial`);
  let stream: WriteStream;
  try {
    // Never more open than the file it replaces, even while it is written (the umask may narrow it).
    stream = await openOutputFile(partial, { mode: target.kind === 'file' ? target.mode & 0o777 : undefined });
  } catch (error) {
    throw error instanceof UsageError ? new UsageError(error.message.replace(partial, path)) : error;
  }
  return {
    stream,
    failed: failureOf(stream, path),
    async commit() {
      await closeOutputFile(stream, path);
      try {
        if (target.kind === 'file') await chmod(partial, target.mode);
        await rename(partial, real);
      } catch (error) {
        await unlink(partial).catch(() => undefined);
        throw writeError(error, path);
      }
    },
    async abort() {
      stream.destroy();
      await unlink(partial).catch(() => undefined);
    },
  };
}
