// The docs page and the description, naming the running sandbox as the first server, so the
// docs' "try it" and any tool reading `servers` point here (with the context path).
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync } from 'fastify';
import { bundledDocsPath, type OpenApiDocument } from '@extender-users/spec';

export interface SpecFilesOptions {
  contextPath: string;
  /** The description the sandbox serves (as of its Extender version). */
  document: OpenApiDocument;
  /** The URL the bundled description names first (the default local sandbox). */
  bundledServerUrl: string | undefined;
}

/** Computed once, on first use: the listening address is known only after `listen`. */
function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

export const specFileRoutes: FastifyPluginAsync<SpecFilesOptions> = async (app, options) => {
  const { contextPath, document, bundledServerUrl } = options;
  const baseUrl = () => `${app.listeningOrigin}${contextPath}`;
  const served = once((): OpenApiDocument => {
    const [first, ...rest] = document.servers ?? [];
    return { ...document, servers: [{ ...first, url: baseUrl() }, ...rest] };
  });
  const json = once(() => JSON.stringify(served()));
  // The YAML library (72 modules, 0.03 CPU-s to load) is loaded by the first request for it only.
  const yaml = once(async () => (await import('yaml')).default.stringify(served()));
  // The docs page embeds the whole description (and renders its first server): the bundled
  // first URL becomes the running one. It is 2.6 MB, read once.
  const docs = once(() => {
    const page = readFileSync(bundledDocsPath, 'utf8');
    return bundledServerUrl ? page.replaceAll(bundledServerUrl, baseUrl()) : page;
  });
  app.get(`${contextPath}/docs`, (_req, reply) => reply.type('text/html; charset=utf-8').send(docs()));
  app.get(`${contextPath}/openapi.json`, (_req, reply) => reply.type('application/json').send(json()));
  app.get(`${contextPath}/openapi.yaml`, async (_req, reply) => reply.type('application/yaml').send(await yaml()));
};
