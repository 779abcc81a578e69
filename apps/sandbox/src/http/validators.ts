// Request validation from the spec's schemas (JSON Schema 2020-12), with the spec library's Ajv
// set-up. Query strings and path parameters arrive as text and are coerced to their types;
// bodies are never coerced, so `{"value": 5}` for a string field is a 400, not a silent "5".
// Unknown fields are refused; the spec's defaults are filled in.
//
// Each validator is compiled on its first use, not when fastify gets ready: a sandbox process
// meets a handful of the routes' 19 schemas in most runs, and compiling them all cost about 0.2
// CPU-s of every start; parts with the same schema share one (the 19 have 10: the user name path
// parameter of 8 operations, the two listings' query strings). Ajv's own check of each schema
// against the 2020-12 meta-schema is off (compiling the meta-schema cost 0.13 CPU-s per start):
// the schemas come from the bundled spec, and test/spec-routes.test.ts compiles every route's
// schemas of every version with it on.
import { createAjv } from '@extender-users/spec';
import type { FastifySchemaCompiler, FastifyServerOptions } from 'fastify';

type Validate = ReturnType<FastifySchemaCompiler<unknown>> & { errors?: unknown; schemaEnv?: unknown };

/** Ajv's options for one part of a request: coercion for text (query, params), none for bodies. */
export const ajvOptions = (httpPart: string | undefined) =>
  ({
    removeAdditional: false,
    useDefaults: true,
    coerceTypes: httpPart === 'body' ? false : 'array',
    allErrors: false,
  }) as const;

export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const ajvs = new Map<boolean, ReturnType<typeof createAjv>>();
  const ajvFor = (body: boolean) => {
    let ajv = ajvs.get(body);
    if (!ajv) ajvs.set(body, (ajv = createAjv({ ...ajvOptions(body ? 'body' : undefined), validateSchema: false })));
    return ajv;
  };
  // By part (bodies are not coerced) and schema text. Sharing an Ajv function is safe: its `errors`
  // are those of its last call, copied right after each call below.
  const compiledBySchema = new Map<string, Validate>();
  const compile = (schema: unknown, body: boolean): Validate => {
    const key = `${body}:${JSON.stringify(schema)}`;
    let compiled = compiledBySchema.get(key);
    if (!compiled) compiledBySchema.set(key, (compiled = ajvFor(body).compile(schema as object) as Validate));
    return compiled;
  };
  return ({ schema, httpPart }) => {
    let compiled: Validate | undefined;
    const validate = ((data: unknown, context?: unknown) => {
      compiled ??= compile(schema, httpPart === 'body');
      const result = (compiled as (data: unknown, context?: unknown) => unknown)(data, context);
      validate.errors = compiled.errors;
      return result;
    }) as Validate;
    // Fastify passes the request as the parent of the validated part only to Ajv's functions
    // (it looks for `schemaEnv`): coercing or defaulting a whole part needs it.
    validate.schemaEnv = true;
    return validate;
  };
}

type ValidatorFactory = NonNullable<
  NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator']
>;

/**
 * The compiler above as fastify's `schemaController.compilersFactory.buildValidator`, one for the
 * whole server, so fastify does not load its default (@fastify/ajv-compiler, 0.045 CPU-s) only to
 * replace it. (fastify types the factory with that compiler's own route definition.)
 */
export function validatorFactory(): ValidatorFactory {
  const compiler = createValidatorCompiler();
  return (() => compiler) as unknown as ValidatorFactory;
}
