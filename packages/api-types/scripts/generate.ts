// Generates, from the bundled spec (dist/spec/openapi.json):
//   src/generated/openapi.ts     the types of every path, operation and schema (openapi-typescript)
//   src/generated/operations.ts  the operation table: method, path, parameters, statuses, x-since
//   src/generated/sources.ts     where each promise and constraint comes from (x-source, x-promises)
//   tsx scripts/generate.ts          write both files
//   tsx scripts/generate.ts --check  fail when a committed file differs from what the spec gives (drift)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  bundledSpecJsonPath,
  listOperations,
  loadBundledSpec,
  resolveRef,
  type JsonSchema,
} from '@extender-users/spec';
import openapiTS, { astToString } from 'openapi-typescript';
import { notFoundMeaning } from './not-found-meaning.js';

const outDir = fileURLToPath(new URL('../src/generated/', import.meta.url));
const check = process.argv.includes('--check');

const header = (what: string) => `/**
 * ${what}
 * Generated from the bundled Users API description (spec/) by packages/api-types/scripts/generate.ts.
 * Do not edit: change the spec and run \`npm run generate\`.
 */
`;

if (!existsSync(bundledSpecJsonPath)) {
  console.error(`The bundled spec is missing (${bundledSpecJsonPath}); run \`npm run build\` first.`);
  process.exit(1);
}

async function typesFile(): Promise<string> {
  const ast = await openapiTS(pathToFileURL(bundledSpecJsonPath), {
    alphabetize: false,
    exportType: false,
    defaultNonNullable: false,
  });
  return `${header('The types of the Users API.')}\n${astToString(ast)}`;
}

/** The longest path prefix, ending at a segment, that every path shares. */
function commonPrefix(paths: string[]): string {
  const split = paths.map((p) => p.split('/'));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length - 1 && split.every((s) => s[n] === first[n] && n < s.length - 1)) n++;
  return first.slice(0, n).join('/');
}

/** `since`, and `sinceAfter` where the version is unknown (x-since: unknown, x-since-after). */
function since(node: { [extension: `x-${string}`]: unknown }): { since: string; sinceAfter?: string } {
  const after = node['x-since-after'];
  return { since: String(node['x-since'] ?? ''), ...(typeof after === 'string' ? { sinceAfter: after } : {}) };
}

function operationsFile(): string {
  const doc = loadBundledSpec();
  const located = listOperations(doc);
  const table: Record<string, unknown> = {};
  for (const { path, method, operation, parameters } of located) {
    table[operation.operationId] = {
      method: method.toUpperCase(),
      path,
      tag: operation.tags?.[0] ?? '',
      summary: operation.summary ?? '',
      ...since(operation),
      parameters: parameters.map((p) => ({ name: p.name, in: p.in, required: p.required === true, ...since(p) })),
      requestContentTypes: Object.keys(resolveRef(doc, operation.requestBody ?? { content: {} }).content ?? {}),
      statuses: Object.keys(operation.responses)
        .map(Number)
        .sort((a, b) => a - b),
      behaviours: (
        (operation['x-version-behaviour'] as { aspect: string; versions: string; value: string }[] | undefined) ?? []
      ).map(({ aspect, versions, value }) => ({ aspect, versions, value })),
    };
  }
  // Every version the spec names in x-since / x-since-after, oldest first.
  const versions = new Set<string>();
  JSON.stringify(doc, (key, value: unknown) => {
    if ((key === 'x-since' || key === 'x-since-after') && typeof value === 'string' && /^\d+\.\d+\.\d+$/.test(value))
      versions.add(value);
    return value;
  });
  const ordered = [...versions].sort((a, b) => {
    const [x, y] = [a, b].map((v) => v.split('.').map(Number));
    return x![0]! - y![0]! || x![1]! - y![1]! || x![2]! - y![2]!;
  });
  // Every string schema with a pattern, so tools can check input with the spec's own rules.
  const patterns: Record<string, { pattern: string; minLength?: number; maxLength?: number }> = {};
  for (const [name, schema] of Object.entries(doc.components.schemas ?? {}) as [string, JsonSchema][]) {
    if (schema.type === 'string' && typeof schema.pattern === 'string') {
      patterns[name] = {
        pattern: schema.pattern,
        ...(typeof schema.minLength === 'number' ? { minLength: schema.minLength } : {}),
        ...(typeof schema.maxLength === 'number' ? { maxLength: schema.maxLength } : {}),
      };
    }
  }
  // Every integer parameter with bounds, by its component name, so tools refuse a value out of range
  // before sending it, with the spec's own limits (the CLI's --max-results, --page-size, --start-at).
  const bounds: Record<string, { name: string; minimum?: number; maximum?: number; default?: number }> = {};
  for (const [key, parameter] of Object.entries(doc.components.parameters ?? {}) as [
    string,
    { name: string; schema?: JsonSchema },
  ][]) {
    const schema = parameter.schema;
    if (schema?.type !== 'integer') continue;
    bounds[key] = {
      name: parameter.name,
      ...(typeof schema.minimum === 'number' ? { minimum: schema.minimum } : {}),
      ...(typeof schema.maximum === 'number' ? { maximum: schema.maximum } : {}),
      ...(typeof schema.default === 'number' ? { default: schema.default } : {}),
    };
  }
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return `${header('The operation table of the Users API: one entry per operationId, in the order of the spec.')}
import type { NotFoundMeaning, OperationInfo } from '../operation-info.js';
import type { operations } from './openapi.js';

/** The path prefix every operation of this API shares. */
export const API_PREFIX = ${json(commonPrefix(located.map((o) => o.path)))} as const;

/** The spec's version (\`info.version\`): the newest Extender version it describes in full. */
export const SPEC_VERSION = ${json(doc.info.version)} as const;

/** The app's Marketplace key (x-plugin-key): Confluence's plugin manager answers at /rest/plugins/1.0/<key>-key. */
export const EXTENDER_PLUGIN_KEY = ${json(doc.info['x-plugin-key'])} as const;

/** Every Extender version the spec names (x-since), oldest first: what the vendor's history tells. */
export const KNOWN_VERSIONS = ${json(ordered)} as const;

export const operationTable = ${json(table)} as const satisfies { readonly [K in keyof operations]: OperationInfo };

/**
 * Each operation's method and path alone: what a client needs to send it, small enough for a
 * browser bundle (the operation table above is several times larger).
 */
export const operationRoutes = ${json(Object.fromEntries(located.map(({ method, path, operation }) => [operation.operationId, { method: method.toUpperCase(), path }])))} as const satisfies { readonly [K in keyof operations]: Pick<OperationInfo, 'method' | 'path'> };

/** What a 404 means for each operation (see NotFoundMeaning in operation-info.ts). */
export const NOT_FOUND_MEANING = ${json(Object.fromEntries(located.map(({ operation }) => [operation.operationId, notFoundMeaning(operation)])))} as const satisfies { readonly [K in keyof operations]: NotFoundMeaning };

/** Constraints of the spec's named string schemas that carry a pattern. */
export const stringPatterns = ${json(patterns)} as const;

/** The bounds and defaults of the spec's named integer parameters (components/parameters). */
export const integerParameters = ${json(bounds)} as const;
`;
}

/** A JSON pointer segment (RFC 6901). */
const segment = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

interface SourceValue {
  kind: string;
  since?: string;
  ref: string;
  note?: string;
}
interface PromiseValue {
  id: string;
  says: string;
  versions?: string;
  'x-source': SourceValue;
}

/** Every x-source and x-keyword-sources entry of the document, by the JSON pointer it governs. */
function sourcesByPointer(doc: unknown): Record<string, SourceValue> {
  const table: Record<string, SourceValue> = {};
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${pointer}/${i}`));
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record['x-source']) table[pointer] = record['x-source'] as SourceValue;
    for (const [keyword, source] of Object.entries((record['x-keyword-sources'] as object | undefined) ?? {}))
      table[`${pointer}/${segment(keyword)}`] = source as SourceValue;
    for (const [key, value] of Object.entries(record))
      if (key !== 'x-source' && key !== 'x-keyword-sources') walk(value, `${pointer}/${segment(key)}`);
  };
  walk(doc, '');
  return table;
}

function sourcesFile(): string {
  const doc = loadBundledSpec();
  const located = listOperations(doc);
  const promise = (entry: PromiseValue, scope: 'api' | 'operation') => [
    entry.id,
    {
      says: entry.says,
      ...(entry.versions ? { versions: entry.versions } : {}),
      source: entry['x-source'],
      scope,
    },
  ];
  const apiPromises = ((doc as unknown as Record<string, unknown>)['x-promises'] as PromiseValue[] | undefined) ?? [];
  const promises = Object.fromEntries(
    located.map(({ operation }) => [
      operation.operationId,
      Object.fromEntries([
        ...apiPromises.map((p) => promise(p, 'api')),
        ...((operation['x-promises'] as PromiseValue[] | undefined) ?? []).map((p) => promise(p, 'operation')),
      ]),
    ]),
  );
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return `${header('Where each promise and constraint of the Users API comes from (x-source, x-keyword-sources, x-promises).')}
import type { operations } from './openapi.js';
import type { PromiseInfo, Source } from '../sources.js';

/**
 * Every operation's promises by id: the document's own (\`scope: 'api'\`, made by every operation)
 * and the operation's \`x-promises\`, each with what it says and its source.
 */
export const promiseTable = ${json(promises)} as const satisfies { readonly [K in keyof operations]: { readonly [id: string]: PromiseInfo } };

/** Each operation's own source (its \`x-source\`). */
export const operationSources = ${json(Object.fromEntries(located.map(({ operation }) => [operation.operationId, operation['x-source']])))} as const satisfies { readonly [K in keyof operations]: Source };

/** Every source of the bundled description by the JSON pointer it governs (see sourceAt). */
export const sourceTable = ${json(sourcesByPointer(doc))} as const satisfies { readonly [pointer: string]: Source };
`;
}

const files = { 'openapi.ts': await typesFile(), 'operations.ts': operationsFile(), 'sources.ts': sourcesFile() };
let stale = false;
for (const [name, content] of Object.entries(files)) {
  const path = `${outDir}${name}`;
  if (check) {
    if ((existsSync(path) ? readFileSync(path, 'utf8') : '') !== content) {
      console.error(`${path} is out of date with the spec; run \`npm run generate\` and commit the result.`);
      stale = true;
    }
  } else {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path, content);
    console.log(`Wrote ${path}`);
  }
}
if (check) {
  if (stale) process.exit(1);
  console.log('Generated API types match the spec.');
}
