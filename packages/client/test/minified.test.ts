// Error names and kinds survive minification: the core bundled for browsers by esbuild --minify,
// loaded and asked, class by class.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Every error class the core exports, with the kind its instances carry. */
const expectedKinds: Record<string, string> = {
  ExtenderApiError: 'http',
  BadRequestError: 'bad-request',
  UnauthorizedError: 'unauthorized',
  ForbiddenError: 'forbidden',
  NotFoundError: 'not-found',
  ConflictError: 'conflict',
  PayloadTooLargeError: 'payload-too-large',
  UnsupportedMediaTypeError: 'unsupported-media-type',
  RateLimitError: 'rate-limited',
  ServerError: 'server',
  NetworkError: 'network',
  TimeoutError: 'timeout',
  NotExtenderError: 'not-extender',
  CaptchaRequiredError: 'captcha-required',
  UnsupportedOperationError: 'unsupported-operation',
};

type ErrorClass = (new (init: { operation: string }) => Error & { kind: string }) & { name: string };

let dir: string;
let bundle: Record<string, unknown>;

beforeAll(async () => {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  dir = await mkdtemp(join(tmpdir(), 'client-minified-'));
  const file = join(dir, 'core.min.mjs');
  await writeFile(file, result.outputFiles[0]!.contents);
  bundle = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the minified core bundle', () => {
  it('renames the classes (so this test means something)', () => {
    const renamed = Object.keys(expectedKinds).filter((name) => (bundle[name] as ErrorClass).name !== name);
    expect(renamed.length).toBeGreaterThan(0);
  });

  it('exports exactly the expected error classes', () => {
    const Base = bundle.ExtenderApiError as ErrorClass;
    const exported = Object.entries(bundle)
      .filter(
        ([, value]) =>
          typeof value === 'function' &&
          (value === Base || (value as { prototype: unknown }).prototype instanceof Base),
      )
      .map(([name]) => name);
    expect(exported.sort()).toEqual(Object.keys(expectedKinds).sort());
  });

  it.each(Object.entries(expectedKinds))('%s keeps its name and kind', (className, kind) => {
    const error = new (bundle[className] as ErrorClass)({ operation: 'getUsers' });
    expect(error.name).toBe(className);
    expect(error.kind).toBe(kind);
    expect(String(error)).toMatch(new RegExp(`^${className}: getUsers`));
    expect(error.stack).toMatch(new RegExp(`^${className}: getUsers`));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: className, kind });
  });
});
