// The core bundle's size budget (min+gzip, openapi-fetch included), and that it builds for
// browsers: esbuild with platform=browser fails on any Node-only import.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The budget, in bytes of min+gzip; README.md states the measured size. */
export const CORE_BUDGET_BYTES = 9 * 1024;

async function minGzip(entry: { path?: string; contents?: string }): Promise<number> {
  const result = await build({
    ...(entry.path ? { entryPoints: [entry.path] } : { stdin: { contents: entry.contents!, resolveDir: process.cwd(), loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

describe('core bundle', () => {
  it(`stays within ${CORE_BUDGET_BYTES} bytes min+gzip, and builds for the browser`, async () => {
    const core = await minGzip({ path: 'src/index.ts' });
    const openapiFetch = await minGzip({ contents: "export { default } from 'openapi-fetch';" });
    console.log(`client core: ${core} B min+gzip; openapi-fetch alone: ${openapiFetch} B; ratio ${(core / openapiFetch).toFixed(2)}`);
    expect(core).toBeLessThanOrEqual(CORE_BUDGET_BYTES);
    expect(core).toBeGreaterThan(openapiFetch);
  });
});
