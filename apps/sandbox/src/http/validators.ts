// Request validation from the spec's schemas (JSON Schema 2020-12). Query strings and path
// parameters arrive as text and are coerced to their types; bodies are never coerced, so
// `{"value": 5}` for a string field is a 400, not a silent "5". Unknown fields are refused.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

type AddFormats = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS; its default export arrives wrapped under Node's ESM loader.
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

function makeAjv(coerceTypes: boolean | 'array'): Ajv2020 {
  // strict: false lets OpenAPI's own keywords (example, x-since, ...) pass as annotations.
  const ajv = new Ajv2020({ strict: false, removeAdditional: false, useDefaults: true, coerceTypes, allErrors: false });
  addFormats(ajv);
  return ajv;
}

export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const byPart = { body: makeAjv(false), other: makeAjv('array') };
  return ({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? byPart.body : byPart.other;
    return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
  };
}
