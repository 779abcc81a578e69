// Request bodies, per operation as the spec documents them, and as Confluence accepts them:
// - a content type the operation does not document is a 415, before the body is read; a
//   multipart body is left to its handler (the glue's JSON-style body schema cannot describe a
//   file part);
// Confluence's acceptance (issue 20, point 5; field-evidence.md):
// - an operation that takes no body ignores whatever body and content type come: Confluence's
//   REST layer (Jersey) reads no entity for a resource method without an entity parameter, so an
//   administrators' script that POSTs `activate/{name}` with `Content-Type: application/json` and
//   an empty body succeeds there;
// - unknown fields of a JSON body are ignored, as a Jackson mapper configured to ignore unknown
//   properties does (a public Go client sends `"notification":"false"` on add), unless the server
//   runs with `strictInput`, which refuses them (400, from the spec's `additionalProperties: false`).
// The sandbox's own answers are unchanged by either.
import type { FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../http/api-error.js';

/** A JSON Schema as the glue hands it over: dereferenced, with only what the walk needs. */
interface BodySchema {
  type?: unknown;
  properties?: Record<string, BodySchema>;
  items?: BodySchema;
}

/** Removes, in place, the fields of a value that its schema does not name (nested objects too). */
export type FieldFilter = (value: unknown) => void;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The filter of a schema: every object schema with `properties` keeps only those; arrays are
 * walked by `items`. A schema without `properties` (a combinator, free-form) is left to
 * validation as it is.
 */
export function unknownFieldFilter(schema: BodySchema | undefined): FieldFilter | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  if (schema.properties) {
    const known = new Map(Object.entries(schema.properties).map(([name, sub]) => [name, unknownFieldFilter(sub)]));
    return (value) => {
      if (!isPlainObject(value)) return;
      for (const name of Object.keys(value)) {
        if (!known.has(name)) delete value[name];
        else known.get(name)?.(value[name]);
      }
    };
  }
  const items = unknownFieldFilter(schema.items);
  return items && ((value) => Array.isArray(value) && value.forEach(items));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Whether the operation documents a request body (set from the spec in onRoute). */
    takesBody?: boolean;
    /** The request content types the operation documents. */
    requestContentTypes?: string[];
    /** Drops the JSON body's fields the operation does not document (unless input is strict). */
    dropUnknownFields?: FieldFilter;
  }
}

export interface RequestBodyOptions {
  /** Refuse unknown fields of JSON bodies (400) instead of ignoring them. */
  strictInput: boolean;
}

/** Registered in the scope of the spec's routes, before them. */
export const requestBodies = fp<RequestBodyOptions>(
  async (api, options) => {
    api.addHook('onRoute', (route) => noteRequestBody(route, options));
    api.addHook('preParsing', ignoreBodyOfBodilessOperation);
    api.addHook('preParsing', refuseUndocumentedContentType);
    api.addHook('preValidation', dropUnknownFields);
  },
  { name: 'request-bodies' },
);

/** Notes, on each route of the spec, whether it takes a body, of which types, and which JSON fields it knows. */
function noteRequestBody(route: RouteOptions, options: RequestBodyOptions): void {
  const content = (route.schema?.body as { content?: Record<string, { schema?: BodySchema }> } | undefined)?.content;
  const dropUnknownFields = options.strictInput ? undefined : unknownFieldFilter(content?.['application/json']?.schema);
  route.config = {
    ...route.config,
    takesBody: content !== undefined,
    requestContentTypes: content && Object.keys(content),
    dropUnknownFields,
  };
  if (content && 'multipart/form-data' in content) delete route.schema!.body;
}

/**
 * preParsing: a request to an operation without a body is handled as one without a body, whatever
 * its Content-Type, Content-Length or Transfer-Encoding say; what it sent is read and discarded
 * by Node once the answer is sent. (The XSRF check has already seen the content type, as
 * Confluence's does.)
 */
async function ignoreBodyOfBodilessOperation(request: FastifyRequest): Promise<void> {
  if (request.routeOptions.config.takesBody !== false) return;
  // Fastify reads these three to decide whether there is a body to parse; the setter lays them
  // over the raw headers for this request only.
  request.headers = { 'content-type': undefined, 'content-length': '0', 'transfer-encoding': undefined };
}

/** preParsing: a content type the operation does not document is a 415, before the body is read. */
async function refuseUndocumentedContentType(request: FastifyRequest): Promise<void> {
  const allowed = request.routeOptions.config.requestContentTypes;
  if (!allowed) return;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!allowed.includes(type))
    throw new ApiError(415, `Unsupported content type '${type || '(none)'}'; send ${allowed.join(' or ')}`);
}

/** preValidation: drops the JSON body's unknown fields, before validation would refuse them. */
async function dropUnknownFields(request: FastifyRequest): Promise<void> {
  request.routeOptions.config.dropUnknownFields?.(request.body);
}
