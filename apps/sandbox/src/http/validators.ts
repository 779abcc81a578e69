// Request validation from the spec's schemas (JSON Schema 2020-12), with the spec library's Ajv
// set-up. Query strings and path parameters arrive as text and are coerced to their types;
// bodies are never coerced, so `{"value": 5}` for a string field is a 400, not a silent "5".
// Unknown fields are refused; the spec's defaults are filled in.
import { createAjv } from '@extender-users/spec';
import type { FastifySchemaCompiler } from 'fastify';

const makeAjv = (coerceTypes: boolean | 'array') =>
  createAjv({ removeAdditional: false, useDefaults: true, coerceTypes, allErrors: false });

export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const byPart = { body: makeAjv(false), other: makeAjv('array') };
  return ({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? byPart.body : byPart.other;
    return ajv.compile(schema as object) as ReturnType<FastifySchemaCompiler<unknown>>;
  };
}
