// Where the bundled description lives and how to read it. The bundle is a build output of this
// package (`npm run build`), written inside it (`dist/openapi.{json,yaml}`, `dist/docs.html`), and
// found by resolving this package by name: the same in the workspace and when installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenApiDocument } from './types.js';

/** This package's folder, found by package resolution (its own name, through `exports`). */
const packageDir = dirname(createRequire(import.meta.url).resolve('@extender-users/spec/package.json'));

/** Absolute path of the bundled description as JSON (`@extender-users/spec/openapi.json`). */
export const bundledSpecJsonPath = join(packageDir, 'dist', 'openapi.json');
/** Absolute path of the bundled description as YAML (`@extender-users/spec/openapi.yaml`). */
export const bundledSpecYamlPath = join(packageDir, 'dist', 'openapi.yaml');
/** Absolute path of the rendered docs of the bundle (`@extender-users/spec/docs.html`), self-contained. */
export const bundledDocsPath = join(packageDir, 'dist', 'docs.html');

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
