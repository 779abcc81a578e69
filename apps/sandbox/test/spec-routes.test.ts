// The API's routes are built from the description as fastify-openapi-glue 4.11 built them (the
// sandbox used the glue until the 0.4 CPU-s its check of the description cost every start was cut):
// for every Extender version the sandbox serves, each route's method, URL, schema and config
// equal the glue's, so validation, coercion, defaults and serialization are what they were.
// Every route's schemas compile with Ajv checking them against the 2020-12 meta-schema, and every
// answer's serializer builds, as they did at start before they were built on first use.
import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import openapiGlue from 'fastify-openapi-glue';
import { describe, expect, it } from 'vitest';
import { KNOWN_VERSIONS, LATEST } from '@extender-users/api-types';
import { createAjv, loadBundledSpec, type OpenApiDocument } from '@extender-users/spec';
import { ajvOptions } from '../src/http/validators.js';
import { registerSpecRoutes, specRoutes } from '../src/routes/spec-routes.js';
import { servedVersion } from '../src/version/served-version.js';

const spec = loadBundledSpec();
const versions = [...KNOWN_VERSIONS, LATEST];

/** What fastify is given for each route, less the handler, by the glue or by the sandbox. */
async function routesOf(register: (app: FastifyInstance) => PromiseLike<unknown>): Promise<Partial<RouteOptions>[]> {
  const app = Fastify();
  // Only the route options are looked at: nothing is compiled here.
  app.setValidatorCompiler(() => () => true);
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  const seen: Partial<RouteOptions>[] = [];
  app.addHook('onRoute', ({ method, url, schema, config }) => {
    seen.push({ method, url, schema, config });
  });
  await register(app);
  await app.ready();
  await app.close();
  return seen;
}

describe('the routes built from the description', () => {
  it.each(versions)('equal fastify-openapi-glue 4.11 routes as Extender %s', async (version) => {
    const { document } = servedVersion(spec, version);
    const handler = async () => ({});
    const prefix = '/confluence';
    const ours = await routesOf((app) => registerSpecRoutes(app, document, () => handler, prefix));
    const theirs = await routesOf((app) =>
      app.register(openapiGlue, { specification: document, operationResolver: () => handler, prefix }),
    );
    expect(ours.length).toBeGreaterThan(0);
    expect(ours).toStrictEqual(theirs);
  });

  // What the bundled description does not use (yet), built as the glue builds it too.
  it('equal the glue routes for a recursive schema, shared and single object parameters, headers and bodiless answers', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'edges', version: '1' },
      paths: {
        '/tree/{id}/{part}': {
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'shared' },
            { name: 'part', in: 'path', required: true, schema: { type: 'integer' } },
          ],
          get: {
            operationId: 'getTree',
            'x-note': { any: 'thing' },
            parameters: [
              {
                name: 'filter',
                in: 'query',
                style: 'form',
                schema: { type: 'object', properties: { a: { type: 'string' } } },
              },
              { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
            ],
            responses: {
              '200': {
                description: 'a tree',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
              },
              '204': { description: 'nothing' },
            },
          },
          post: {
            operationId: 'postTree',
            tags: ['trees'],
            summary: 'a tree',
            requestBody: {
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/Node' } },
                'text/plain': { schema: { type: 'string' } },
              },
            },
            responses: { default: { $ref: '#/components/responses/Plain' } },
          },
        },
      },
      components: {
        schemas: {
          Node: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
            },
          },
        },
        responses: { Plain: { description: 'plain', content: { 'application/json': { schema: { type: 'string' } } } } },
      },
    } as unknown as OpenApiDocument;
    const handler = async () => ({});
    const ours = await routesOf((app) => registerSpecRoutes(app, document, () => handler));
    const theirs = await routesOf((app) =>
      app.register(openapiGlue, { specification: structuredClone(document), operationResolver: () => handler }),
    );
    expect(JSON.stringify(ours)).toContain('"$id":"http://example.com/fastifySchema"');
    expect(ours).toStrictEqual(theirs);
  });

  it('compile, every part of every route of every version, as valid JSON Schema 2020-12', () => {
    const ajvs = new Map<string, ReturnType<typeof createAjv>>();
    let compiled = 0;
    for (const version of versions) {
      for (const { schema } of specRoutes(servedVersion(spec, version).document)) {
        for (const part of ['params', 'querystring', 'headers', 'body'] as const) {
          const value = schema[part] as { content?: Record<string, { schema: object }> } | undefined;
          if (value === undefined) continue;
          const schemas = value.content ? Object.values(value.content).map((c) => c.schema) : [value];
          const key = part === 'body' ? 'body' : 'text';
          if (!ajvs.has(key)) ajvs.set(key, createAjv({ ...ajvOptions(part), validateSchema: true }));
          for (const s of schemas) {
            expect(() => ajvs.get(key)!.compile(s)).not.toThrow();
            compiled++;
          }
        }
      }
    }
    expect(compiled).toBeGreaterThan(versions.length * 10);
  });

  it('serialize, every answer of every route of every version, with the serializers fastify builds', () => {
    const build = SerializerSelector()({}, undefined);
    let built = 0;
    for (const version of versions) {
      for (const { method, url, schema } of specRoutes(servedVersion(spec, version).document)) {
        for (const [httpStatus, answer] of Object.entries(schema.response as Record<string, { content: object }>)) {
          for (const { schema: body } of Object.values(answer.content) as { schema: object }[]) {
            expect(() => build({ schema: body, method, url, httpStatus })).not.toThrow();
            built++;
          }
        }
      }
    }
    expect(built).toBeGreaterThan(versions.length * 10);
  });
});
