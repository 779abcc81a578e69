// The Users API: every operation of the description the served Extender version has, a route
// whose schema comes from the spec (request validation and response serialization), for
// administrators only, each concern a plugin of this scope.
import type { FastifyPluginAsync } from 'fastify';
import type { OpenApiDocument } from '@extender-users/spec';
import { routeHandler } from '../handlers/index.js';
import type { HandlerMap } from '../handlers/types.js';
import type { Authenticator } from '../http/authenticate.js';
import type { RateLimiter } from '../http/token-bucket.js';
import { rateLimit } from '../plugins/rate-limit.js';
import { requestBodies } from '../plugins/request-bodies.js';
import { requireAdministrator } from '../plugins/require-administrator.js';
import { wholeNumbers } from '../plugins/whole-numbers.js';
import { xsrfCheck } from '../plugins/xsrf-check.js';
import { registerSpecRoutes } from './spec-routes.js';
import type { VersionGate } from '../version/version-gate.js';

export interface ApiRoutesOptions {
  /** The description as the served version had it: its operations are the routes. */
  document: OpenApiDocument;
  handlers: HandlerMap;
  versionGate: VersionGate;
  contextPath: string;
  authenticator: Authenticator;
  /** The rate limit, when one is set. */
  limiter?: RateLimiter;
  xsrfCheck: boolean;
  strictInput: boolean;
}

export const apiRoutes: FastifyPluginAsync<ApiRoutesOptions> = async (api, options) => {
  // onRequest, in this order: who is calling (401/403), Confluence's XSRF check, the rate limit.
  await api.register(requireAdministrator, { authenticator: options.authenticator });
  await api.register(xsrfCheck, { enabled: options.xsrfCheck });
  if (options.limiter) await api.register(rateLimit, { limiter: options.limiter });
  // Bodies and parameters, before validation.
  await api.register(requestBodies, { strictInput: options.strictInput });
  await api.register(wholeNumbers);
  // Routes of the served version only: an operation it lacks is a 404, like any unknown resource.
  options.versionGate.install(api);
  await registerSpecRoutes(
    api,
    options.document,
    (operationId) => routeHandler(options.handlers, operationId),
    options.contextPath || undefined,
  );
};
