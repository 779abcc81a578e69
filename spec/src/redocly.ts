// Runs Redocly's CLI (found by package resolution) with this package's redocly.yaml, passing its
// output through except the Node.js 20 end-of-life banner: Redocly 2.x writes that box to stderr on
// every command under Node 20, with no option to turn it off, and it buried every build's output.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder (src/ and lib/ both sit one level below it): redocly.yaml is there. */
export const specPackageDir = fileURLToPath(new URL('../', import.meta.url));

/** The path of Redocly's program; a clear error when the optional peer is not installed. */
export function redoclyProgram(): string {
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve('@redocly/cli/package.json');
  } catch {
    throw new Error(
      'Rendering docs needs @redocly/cli, which is not installed: npm install --save-dev @redocly/cli@2.77.0',
    );
  }
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin.redocly!);
}

/**
 * A filter of stderr text, line by line, that drops a box (╔ … ╚) saying that Node.js 20 support
 * is ending and lets everything else through, in order. `end()` flushes what is held back.
 */
export function withoutNodeBanner(write: (text: string) => void): { push(chunk: string): void; end(): void } {
  let pending = '';
  let box: string[] | undefined;
  const line = (text: string) => {
    if (box) {
      box.push(text);
      if (!text.includes('╚')) return;
      if (!box.join('').includes('Node.js 20 support is ending')) write(box.join(''));
      box = undefined;
    } else if (text.includes('╔')) box = [text];
    else write(text);
  };
  return {
    push(chunk) {
      pending += chunk;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        line(pending.slice(0, newline + 1));
        pending = pending.slice(newline + 1);
      }
    },
    end() {
      if (pending) line(pending);
      if (box) write(box.join(''));
      pending = '';
      box = undefined;
    },
  };
}

/**
 * Runs `redocly ARGS` in this package's folder; resolves with its exit code. Its output passes
 * through, or with `quiet` only when it fails (then all of it, for the reason).
 */
export function runRedocly(args: string[], options: { quiet?: boolean } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [redoclyProgram(), ...args], {
      cwd: specPackageDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let held = '';
    const write = (stream: NodeJS.WriteStream) => (text: string) =>
      options.quiet ? (held += text) : stream.write(text);
    const stdout = withoutNodeBanner(write(process.stdout));
    const stderr = withoutNodeBanner(write(process.stderr));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => stdout.push(chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      stdout.end();
      stderr.end();
      const status = code ?? (signal ? 1 : 0);
      if (status !== 0 && held) process.stderr.write(held);
      resolve(status);
    });
  });
}
