// The client core's size, min+gzip, against openapi-fetch alone, both bundled by esbuild.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { round, type BenchRow } from '../harness.js';

const clientDir = fileURLToPath(new URL('../../../packages/client/', import.meta.url));

async function minGzip(options: { entry?: string; contents?: string }): Promise<number> {
  const result = await build({
    ...(options.entry ? { entryPoints: [options.entry] } : { stdin: { contents: options.contents!, resolveDir: clientDir, loader: 'ts' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

export async function bundleSize(): Promise<BenchRow> {
  const core = await minGzip({ entry: `${clientDir}src/index.ts` });
  const baseline = await minGzip({ contents: "export { default } from 'openapi-fetch';" });
  const ratio = core / baseline;
  return {
    id: 'client-bundle',
    figure: 'client core bundle, min+gzip (openapi-fetch included)',
    network: null,
    baseline: 'openapi-fetch alone, min+gzip',
    value: core,
    baselineValue: baseline,
    unit: 'bytes',
    ratio: round(ratio),
    target: '≤ 2×',
    met: ratio <= 2,
    rounds: 1,
  };
}
