// Where the bundled description lives and how to read it. The bundle is a build output of this
// project (`npm run build`), written to `<repo>/dist/spec/`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OpenApiDocument } from './types.js';

/** Absolute path of `dist/spec/openapi.json` (this file sits two levels below the repo root). */
export const bundledSpecJsonPath = fileURLToPath(new URL('../../dist/spec/openapi.json', import.meta.url));
/** Absolute path of `dist/spec/openapi.yaml`. */
export const bundledSpecYamlPath = fileURLToPath(new URL('../../dist/spec/openapi.yaml', import.meta.url));

/** Reads the bundled description; fails with a hint when it has not been built yet. */
export function loadBundledSpec(path: string = bundledSpecJsonPath): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`The bundled spec is missing at ${path}; run \`npm run build\` first.`);
  }
  return JSON.parse(text) as OpenApiDocument;
}

/** Absolute path of the rendered docs, `dist/docs/index.html`. */
export const bundledDocsPath = fileURLToPath(new URL('../../dist/docs/index.html', import.meta.url));
