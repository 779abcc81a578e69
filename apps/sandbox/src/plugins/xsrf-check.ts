// Confluence's XSRF check, as its REST layer applies it to every resource: a POST, PUT or PATCH
// with a form, multipart or text/plain body (what a page of another site can send without a
// preflight) needs `X-Atlassian-Token: no-check`, else 403. The spec documents the header on the
// operations that take such bodies; it is checked here (403, as Confluence), not by validation (400).
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../http/api-error.js';

/** The request content types Confluence's XSRF protection applies to. */
const XSRF_GUARDED_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain']);

const isTokenHeader = (name: string) => name.toLowerCase() === 'x-atlassian-token';

/**
 * Registered in a scope after its authentication (a caller without credentials gets 401 first);
 * `enabled: false` (`--no-xsrf-check`) still keeps the header out of validation.
 */
export const xsrfCheck = fp<{ enabled: boolean }>(
  async (api, { enabled }) => {
    api.addHook('onRoute', (route) => {
      const headers = route.schema?.headers as
        { properties?: Record<string, unknown>; required?: string[] } | undefined;
      if (!headers?.properties) return;
      for (const name of Object.keys(headers.properties)) if (isTokenHeader(name)) delete headers.properties[name];
      headers.required = headers.required?.filter((name) => !isTokenHeader(name));
    });
    if (enabled) api.addHook('onRequest', checkXsrf);
  },
  { name: 'xsrf-check' },
);

async function checkXsrf(request: FastifyRequest): Promise<void> {
  if (request.method !== 'POST' && request.method !== 'PUT' && request.method !== 'PATCH') return;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!XSRF_GUARDED_TYPES.has(type)) return;
  const token = String(request.headers['x-atlassian-token'] ?? '').toLowerCase();
  if (token !== 'no-check' && token !== 'nocheck') throw new ApiError(403, 'XSRF check failed');
}
