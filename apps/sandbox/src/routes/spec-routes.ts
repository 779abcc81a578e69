// The fastify routes of the description's operations, built as fastify-openapi-glue 4.11 builds
// them (its ParserV3: parameters, body and responses of each operation become the route's schema,
// `$ref`s replaced by what they point at, cycles turned back into `$ref`s), without the glue's
// check of the whole description against the OpenAPI 3.1 meta-schema, which cost 0.4 CPU-s of
// every sandbox start. The bundled description is checked by the spec package's own tests, and
// test/spec-routes.test.ts checks that these routes equal the glue's, for every Extender version.
import type { FastifyContextConfig, FastifyInstance, RouteHandlerMethod } from 'fastify';
import type { OpenApiDocument } from '@extender-users/spec';

type Json = Record<string, unknown>;

/** One operation as a fastify route: what the glue passed to `route()`, less the handler. */
export interface SpecRoute {
  method: string;
  /** fastify's form: `/user/:userName` for `/user/{userName}`. */
  url: string;
  schema: Json;
  operationId: string;
  config?: FastifyContextConfig;
}

const HTTP_METHODS = new Set(['delete', 'get', 'head', 'patch', 'post', 'put', 'options']);
const POINTER_WORDS = new Set(['$ref', '$id', '$anchor', '$dynamicRef', '$dynamicAnchor', '$schema']);
const DEFAULT_STYLES: Record<string, string> = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' };

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const escapePointer = (text: string) => text.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapePointer = (text: string) => text.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * Replaces, in place, every `$ref` object by the object it points at (shared, so a recursive
 * schema becomes a cycle) and removes the other pointer keywords, as the glue's validator does.
 * Only references inside the document are followed; `$id` and anchors are refused.
 */
function replaceRefs(root: Json): Json {
  const refs: { ref: string; path: string }[] = [];
  const collect = (node: unknown, path: string) => {
    if (!isObject(node)) return;
    for (const key in node) {
      if (POINTER_WORDS.has(key)) {
        if (key !== '$ref' && key !== '$schema')
          throw new Error(`The description uses ${key} at ${path}, which the sandbox's routes do not support`);
        if (key === '$ref') refs.push({ ref: String(node[key]), path });
        delete node[key];
      }
      collect(node[key], `${path}/${escapePointer(key)}`);
    }
  };
  collect(root, '#');
  let tree = root;
  const at = (pointer: string): Json => {
    const [prefix, path] = decodeURIComponent(pointer).split('#', 2) as [string, string?];
    if (prefix || !path || path[0] !== '/')
      throw new Error(`Cannot resolve ${pointer}: only internal refs are supported`);
    const target = path
      .split('/')
      .slice(1)
      .reduce<unknown>((node, part) => (isObject(node) ? node[unescapePointer(part)] : undefined), tree);
    if (!isObject(target)) throw new Error(`Cannot resolve ${pointer}`);
    return target;
  };
  for (const { ref, path } of refs) {
    const target = at(ref);
    const parts = path.split('/').slice(1);
    const last = parts.pop();
    if (last === undefined) tree = target;
    else parts.reduce((node, part) => node[unescapePointer(part)] as Json, tree)[unescapePointer(last)] = target;
  }
  return tree;
}

/**
 * A copy of a schema in which every object that contains itself (a cycle) is a `$ref` to where
 * it first appears, with the `$id` Ajv then needs.
 */
function withoutCycles(schema: unknown): unknown {
  const copy = structuredClone(schema);
  let refAdded = false;
  // The objects on the path from the root to the node, with their pointers.
  const ancestors = new Map<object, string>();
  const inspect = (node: unknown, path: string): string | undefined => {
    if (!isObject(node)) return undefined;
    const seen = ancestors.get(node);
    if (seen !== undefined) return seen;
    ancestors.set(node, path);
    for (const [key, value] of Object.entries(node)) {
      const $ref = inspect(value, `${path}/${escapePointer(key)}`);
      if ($ref !== undefined) {
        node[key] = { $ref };
        refAdded = true;
      }
    }
    ancestors.delete(node);
    return undefined;
  };
  inspect(copy, '#');
  if (refAdded && isObject(copy) && copy.$id === undefined) copy.$id = 'http://example.com/fastifySchema';
  return copy;
}

interface Parameter {
  name: string;
  in: string;
  style?: string;
  explode?: boolean;
  required?: boolean;
  description?: string;
  schema?: Json;
  content?: Record<string, { schema?: unknown }>;
}

function parametersSchema(list: Parameter[]): Json {
  const properties: Json = {};
  const required: string[] = [];
  for (const { name, schema, description, required: isRequired } of list) {
    properties[name] = { ...schema, ...(description && { description }) };
    if (isRequired) required.push(name);
  }
  return { type: 'object', properties, ...(required.length > 0 && { required }) };
}

/** A content map as the route's schema has it: `{content: {type: {schema}}}` for the types with a schema. */
function contentSchema(data: { content?: Record<string, { schema?: unknown }> } | undefined): Json | undefined {
  if (!data?.content) return undefined;
  const types = Object.keys(data.content);
  if (types.length === 0) return undefined;
  const content: Json = {};
  for (const type of types) if (data.content[type]!.schema) content[type] = { schema: data.content[type]!.schema };
  return { content };
}

function querystringSchema(list: Parameter[]): unknown {
  if (list.length === 1) {
    const only = list[0]!;
    if (typeof only.content === 'object') {
      const first = Object.keys(only.content)[0];
      return first === undefined ? undefined : only.content[first]!.schema;
    }
    const explode = !!(only.explode ?? only.style === 'form');
    if (explode && only.schema?.type === 'object') return only.schema;
  }
  return parametersSchema(list);
}

/** Sets the parts (params, querystring, headers) of a parameter list on a route schema. */
function addParameters(schema: Json, parameters: Parameter[]): void {
  const grouped: Record<string, Parameter[]> = { path: [], query: [], header: [], cookie: [] };
  for (const parameter of parameters) {
    if (parameter.in === 'cookie') continue; // fastify validates no cookies; the glue drops them too
    if (grouped[parameter.in]) {
      parameter.style = parameter.style || DEFAULT_STYLES[parameter.in];
      grouped[parameter.in]!.push(parameter);
    }
  }
  if (grouped.path!.length > 0) schema.params = parametersSchema(grouped.path!);
  if (grouped.query!.length > 0) schema.querystring = querystringSchema(grouped.query!);
  if (grouped.header!.length > 0) schema.headers = parametersSchema(grouped.header!);
}

function routeSchema(generic: Json, operation: Json): Json {
  const { tags, summary, description, operationId, parameters, requestBody, responses, ...rest } = operation;
  const schema: Json = {
    ...generic,
    ...(tags ? { tags } : {}),
    ...(summary ? { summary } : {}),
    ...(description ? { description } : {}),
    ...(operationId ? { operationId } : {}),
  };
  for (const [key, value] of Object.entries(rest)) if (key.startsWith('x-')) schema[key] = value;
  if (parameters) addParameters(schema, parameters as Parameter[]);
  const body = contentSchema(requestBody as Parameter | undefined);
  if (body) schema.body = body;
  const response: Json = {};
  for (const code in responses as Json) {
    const content = contentSchema((responses as Record<string, Parameter>)[code]);
    if (content !== undefined) response[code] = content;
  }
  if (Object.keys(response).length > 0) schema.response = response;
  // Each part a copy of its own, without cycles: a schema holding `$ref`s of its own needs an `$id`.
  for (const [key, part] of Object.entries(schema)) {
    if (key === 'response' || (isObject(part) && isObject(part.content))) {
      const byCode = key === 'response' ? (part as Record<string, Json>) : { body: part as Json };
      for (const media of Object.values(byCode))
        for (const type of Object.values(media.content as Record<string, Json>))
          type.schema = withoutCycles(type.schema);
    } else schema[key] = withoutCycles(part);
  }
  return schema;
}

/** The routes of every operation of the description, in its order. */
export function specRoutes(document: OpenApiDocument): SpecRoute[] {
  const spec = replaceRefs(structuredClone(document) as unknown as Json);
  const routes: SpecRoute[] = [];
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    const { parameters, ...operations } = item;
    const generic: Json = {};
    if (typeof parameters === 'object') addParameters(generic, parameters as Parameter[]);
    for (const [method, operation] of Object.entries(operations as Record<string, Json>)) {
      if (!HTTP_METHODS.has(method) || operation['x-no-fastify-config']) continue;
      routes.push({
        method: method.toUpperCase(),
        url: path.replace(/{(\w+)}/g, ':$1'),
        schema: routeSchema(generic, operation),
        operationId: String(operation.operationId),
        ...(operation['x-fastify-config'] !== undefined && {
          config: operation['x-fastify-config'] as FastifyContextConfig,
        }),
      });
    }
  }
  return routes;
}

/**
 * Registers the description's routes in a scope of their own under `prefix`, each handled by
 * what `handlerFor` gives for its operationId.
 */
export async function registerSpecRoutes(
  app: FastifyInstance,
  document: OpenApiDocument,
  handlerFor: (operationId: string) => RouteHandlerMethod,
  prefix?: string,
): Promise<void> {
  const routes = specRoutes(document);
  await app.register(
    async (scope) => {
      for (const { method, url, schema, config, operationId } of routes)
        scope.route({ method, url, schema, config, handler: handlerFor(operationId) });
    },
    prefix ? { prefix } : {},
  );
}
