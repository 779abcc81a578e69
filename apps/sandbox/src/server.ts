// The sandbox's HTTP server: the API (routes/api.ts), Confluence's plugin manager resource and
// /status, the docs and the description, and the sandbox's own helpers, with the concerns every
// request shares as fastify plugins (plugins/): the JSON error shape, the edges of HTTP, the
// connection limits, CORS. Repeated listing pages are answered before fastify (the front door).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { LATEST } from '@extender-users/api-types';
import { bundledSpecJsonPath, type OpenApiDocument } from '@extender-users/spec';
import type { LoginClock } from './auth/login-guard.js';
import type { PasswordHashing } from './auth/passwords.js';
import type { Store } from './db/store.js';
import type { HandlerContext } from './handlers/context.js';
import { createHandlers } from './handlers/index.js';
import { Authenticator } from './http/authenticate.js';
import { answerClientError } from './http/client-errors.js';
import { frontDoor, type FrontDoor } from './http/front-door.js';
import { RateLimiter } from './http/token-bucket.js';
import { lazySerializers } from './http/serializers.js';
import { validatorFactory } from './http/validators.js';
import { ListingPages } from './listing/listing-pages.js';
import { connectionLimits, type ConnectionLimits } from './plugins/connection-limits.js';
import { allowOrigins } from './plugins/cors.js';
import { httpEdges } from './plugins/http-edges.js';
import { jsonErrors } from './plugins/json-errors.js';
import { apiRoutes } from './routes/api.js';
import { pluginManagerRoutes } from './routes/plugin-manager.js';
import { sandboxRoutes } from './routes/sandbox/index.js';
import { specFileRoutes } from './routes/spec-files.js';
import { statusRoutes } from './routes/status.js';
import { servedVersion } from './version/served-version.js';
import { createVersionGate } from './version/version-gate.js';

export interface ServerOptions {
  /** The database's one store. */
  store: Store;
  /** The Extender version to behave as: `X.Y.Z` or `latest` (default). */
  extenderVersion?: string;
  /** Origins (`scheme://host[:port]`) allowed to call from a browser (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** e.g. `/confluence`; empty for none. */
  contextPath?: string;
  /** Requests per second per user; 0 or undefined for no limit. */
  rateLimit?: number;
  /** Confluence's CAPTCHA after this many consecutive failed logins of a user name; 0 for never (default). */
  captchaAfter?: number;
  /** Slow a client's logins on a user name after this many consecutive failures (default 10); 0 for never. */
  slowLoginsAfter?: number;
  /** Request, headers, keep-alive and idle timeouts (seconds) and the caps on connections. */
  connections?: Partial<ConnectionLimits>;
  /** Largest getUsers page (default 1000). */
  maxPageSize?: number;
  /** Largest avatar image in bytes (default 1 MiB). */
  maxAvatarBytes?: number;
  /** Largest request body in bytes (default 2 MiB and 64 KiB: a spec-valid avatar string is up to 2 MiB, plus its JSON). */
  bodyLimit?: number;
  /** Log requests (pino) to stdout. */
  logger?: boolean;
  /**
   * Confluence's XSRF check: multipart, form-encoded and text/plain POST/PUT requests without
   * `X-Atlassian-Token: no-check` are refused with 403 (default true, as Confluence does).
   */
  xsrfCheck?: boolean;
  /**
   * Refuse unknown fields of JSON request bodies with 400 (the spec's closed objects), instead of
   * ignoring them as Confluence's JSON mapper does (default false).
   */
  strictInput?: boolean;
  /** The cost of the password hashes it makes: `strong` (default) or `fast` (a throwaway sandbox in tests). */
  passwordHashing?: PasswordHashing;
  now?: () => number;
  /** The failed-login guard's clock (tests move it themselves); the system's by default. */
  loginClock?: LoginClock;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const contextPath = (options.contextPath ?? '').replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const store = options.store;
  const spec = JSON.parse(readFileSync(bundledSpecJsonPath, 'utf8')) as OpenApiDocument;
  const served = servedVersion(spec, options.extenderVersion ?? LATEST);
  const versionGate = createVersionGate(spec, served.document);
  const pages = new ListingPages({
    store,
    scopes: { getUsers: served.getUsersLists, getUsersWithConfluenceAccess: 'withAccess' },
    narrow: (operation, page) => versionGate.narrowResponse(operation, 200, page),
  });
  const ctx: HandlerContext = {
    store,
    now,
    maxPageSize: options.maxPageSize ?? 1000,
    maxAvatarBytes: options.maxAvatarBytes ?? 1024 * 1024,
    getUsersLists: served.getUsersLists,
    pages,
    passwordHashing: options.passwordHashing ?? 'strong',
  };
  const authenticator = new Authenticator(
    store,
    now,
    { captchaAfter: options.captchaAfter, slowAfter: options.slowLoginsAfter, clock: options.loginClock },
    options.passwordHashing,
  );
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit, now) : undefined;
  // Repeated listing pages are answered before routing, unless something on the way would add to
  // the answer or see the request: a log line, rate-limit headers, CORS headers.
  let closing = false;
  const door: FrontDoor | undefined =
    options.logger || limiter || (options.corsOrigins ?? []).length > 0
      ? undefined
      : frontDoor(pages, authenticator, () => closing);

  const app = Fastify({
    // Validators and serializers are compiled on first use (http/validators.ts, http/serializers.ts).
    schemaController: { compilersFactory: { buildValidator: validatorFactory(), buildSerializer: lazySerializers } },
    serverFactory: (handler) =>
      createServer((request, response) => (door?.(request, response) ? undefined : handler(request, response))),
    logger: options.logger ? { level: 'info' } : false,
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024 + 64 * 1024,
    routerOptions: { maxParamLength: 1000 },
    clientErrorHandler: answerClientError,
  });
  app.addHook('preClose', async () => {
    closing = true;
  });

  // What every request shares.
  await app.register(jsonErrors);
  await app.register(httpEdges);
  await app.register(connectionLimits, options.connections ?? {});
  await app.register(multipart, { limits: { fileSize: ctx.maxAvatarBytes + 1 } });
  await app.register(allowOrigins, { origins: options.corsOrigins ?? [] });

  await app.register(apiRoutes, {
    document: served.document,
    handlers: createHandlers(ctx),
    versionGate,
    contextPath,
    authenticator,
    limiter,
    xsrfCheck: options.xsrfCheck ?? true,
    strictInput: options.strictInput ?? false,
  });
  await app.register(pluginManagerRoutes, {
    prefix: `${contextPath}/rest/plugins/1.0`,
    version: served.version,
    authenticator,
  });
  await app.register(specFileRoutes, {
    contextPath,
    document: served.document,
    bundledServerUrl: spec.servers?.[0]?.url,
  });
  await app.register(statusRoutes, { contextPath });
  await app.register(sandboxRoutes, { prefix: `${contextPath}/sandbox`, store, authenticator });
  return app;
}
