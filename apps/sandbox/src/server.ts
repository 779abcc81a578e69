// The sandbox's HTTP server: the spec's routes through fastify-openapi-glue (request validation
// and response serialization from the bundled spec), authentication, optional rate limiting,
// the docs, the spec, Confluence's /status and a few sandbox-only helpers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import openapiGlue from 'fastify-openapi-glue';
import { LATEST } from '@extender-users/api-types';
import { bundledSpecJsonPath, type OpenApiDocument } from '@extender-users/spec';
import type { Store } from './db/store.js';
import type { HandlerContext } from './handlers/context.js';
import { createHandlers, routeHandler } from './handlers/index.js';
import type { LoginClock } from './auth/login-guard.js';
import { ApiError } from './http/api-error.js';
import { Authenticator, WWW_AUTHENTICATE } from './http/authenticate.js';
import { registerCaptchaRoutes } from './http/captcha-routes.js';
import { registerTokenRoutes } from './http/token-routes.js';
import { applyConnectionLimits, type ConnectionLimits } from './http/connections.js';
import { answerClientError, answerHttpEdges } from './http/http-edges.js';
import { allowOrigins } from './http/cors.js';
import { frontDoor, type FrontDoor } from './http/front-door.js';
import { JSON_CONTENT_TYPE } from './http/json-type.js';
import { RateLimiter } from './http/rate-limit.js';
import { dropUnknownFields, ignoreBodyOfBodilessOperation, noteRequestBody } from './http/request-bodies.js';
import { refuseMalformedIntegers } from './http/whole-numbers.js';
import { createValidatorCompiler } from './http/validators.js';
import { ListingPages } from './listing/listing-pages.js';
import { registerPluginManager } from './routes/plugin-manager.js';
import { registerSpecFiles } from './routes/spec-files.js';
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
  /** Slow a user name's logins after this many consecutive failures (default 10); 0 for never. */
  slowLoginsAfter?: number;
  /** Request, headers, keep-alive and idle timeouts (seconds) and the cap on connections. */
  connections?: Partial<ConnectionLimits>;
  /** Largest getUsers page (default 1000). */
  maxPageSize?: number;
  /** Largest avatar image in bytes (default 1 MiB). */
  maxAvatarBytes?: number;
  /** Largest request body in bytes (default 2 MiB). */
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
  now?: () => number;
  /** The failed-login guard's clock (tests move it themselves); the system's by default. */
  loginClock?: LoginClock;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The request content types the operation documents (set from the spec in onRoute). */
    requestContentTypes?: string[];
  }
}

/** The request content types Confluence's XSRF protection applies to. */
const XSRF_GUARDED_TYPES = new Set(['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain']);

/** Confluence's XSRF check, as its REST layer applies it to every resource. */
function checkXsrf(request: FastifyRequest): void {
  if (request.method !== 'POST' && request.method !== 'PUT' && request.method !== 'PATCH') return;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!XSRF_GUARDED_TYPES.has(type)) return;
  const token = String(request.headers['x-atlassian-token'] ?? '').toLowerCase();
  if (token !== 'no-check' && token !== 'nocheck') throw new ApiError(403, 'XSRF check failed');
}

function sendError(reply: FastifyReply, statusCode: number, message: string, headers: Record<string, string> = {}) {
  return reply.code(statusCode).headers(headers).type(JSON_CONTENT_TYPE).send({ message });
}

/** Turns any thrown error into the API's `{message}` answer; client mistakes never become 500s. */
function errorHandler(error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ApiError) return sendError(reply, error.statusCode, error.message, error.headers);
  const fe = error as FastifyError;
  if (fe.validation) {
    const where = fe.validationContext ?? 'request';
    const first = fe.validation[0];
    const path = first?.instancePath ? `${where}${first.instancePath.replace(/\//g, '.')}` : where;
    const detail =
      first?.params && 'additionalProperty' in first.params ? ` '${String(first.params.additionalProperty)}'` : '';
    return sendError(reply, 400, `${path} ${first?.message ?? 'is invalid'}${detail}`);
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const message =
      fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? `Unsupported content type '${request.headers['content-type'] ?? ''}'`
        : fe.statusCode === 413
          ? 'Request body is too large'
          : fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe.name === 'SyntaxError'
            ? 'Request body is not valid JSON'
            : fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
              ? 'Request body is empty'
              : fe.message;
    return sendError(reply, fe.statusCode, message);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(reply, 500, 'Internal server error');
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
  };
  const authenticator = new Authenticator(store, now, {
    captchaAfter: options.captchaAfter,
    slowAfter: options.slowLoginsAfter,
    clock: options.loginClock,
  });
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit, now) : undefined;
  // Repeated listing pages are answered before routing, unless something on the way would add to
  // the answer or see the request: a log line, rate-limit headers, CORS headers.
  let closing = false;
  const door: FrontDoor | undefined =
    options.logger || limiter || (options.corsOrigins ?? []).length > 0
      ? undefined
      : frontDoor(pages, authenticator, () => closing);

  const app = Fastify({
    serverFactory: (handler) =>
      createServer((request, response) => (door?.(request, response) ? undefined : handler(request, response))),
    logger: options.logger ? { level: 'info' } : false,
    bodyLimit: options.bodyLimit ?? 2 * 1024 * 1024,
    routerOptions: { maxParamLength: 1000 },
    clientErrorHandler: answerClientError,
  });

  app.addHook('preClose', async () => {
    closing = true;
  });
  app.setValidatorCompiler(createValidatorCompiler());
  app.setErrorHandler(errorHandler);
  applyConnectionLimits(app, options.connections);
  answerHttpEdges(app);
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, `No such resource: ${request.method} ${request.url.split('?')[0]}`),
  );
  await app.register(multipart, { limits: { fileSize: ctx.maxAvatarBytes + 1 } });
  await allowOrigins(app, options.corsOrigins ?? []);

  const handlers = createHandlers(ctx);
  await app.register(async (api) => {
    // The multipart body is checked by its handler (parts, size, type); the glue's JSON-style
    // body schema cannot describe a file part.
    // Each route remembers the request content types its operation documents, so that any
    // other type is a 415 before the body is read.
    api.addHook('onRoute', (route) => {
      noteRequestBody(route, { strictInput: options.strictInput ?? false });
      // The XSRF header is checked by its own hook (403, as Confluence), not by validation (400).
      const headers = route.schema?.headers as
        { properties?: Record<string, unknown>; required?: string[] } | undefined;
      if (headers?.properties) {
        const isToken = (name: string) => name.toLowerCase() === 'x-atlassian-token';
        for (const name of Object.keys(headers.properties)) if (isToken(name)) delete headers.properties[name];
        headers.required = headers.required?.filter((name) => !isToken(name));
      }
      const content = (route.schema?.body as { content?: Record<string, unknown> } | undefined)?.content;
      if (!content) return;
      route.config = { ...route.config, requestContentTypes: Object.keys(content) };
      if ('multipart/form-data' in content) delete route.schema!.body;
    });
    api.addHook('preParsing', ignoreBodyOfBodilessOperation);
    api.addHook('preParsing', async (request) => {
      const allowed = request.routeOptions.config.requestContentTypes;
      if (!allowed) return;
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!allowed.includes(type))
        throw new ApiError(415, `Unsupported content type '${type || '(none)'}'; send ${allowed.join(' or ')}`);
    });
    // Integer parameters are judged on their text, before validation coerces them.
    api.addHook('preValidation', refuseMalformedIntegers);
    api.addHook('preValidation', dropUnknownFields);
    api.addHook('onRequest', async (request, reply) => {
      request.caller = await authenticator.authenticate(request);
      if (options.xsrfCheck ?? true) checkXsrf(request);
      if (limiter) {
        const decision = limiter.take(request.caller.user.name.toLowerCase());
        reply.headers(decision.headers);
        if (!decision.allowed)
          throw new ApiError(
            429,
            `Rate limit exceeded; retry after ${decision.headers['Retry-After']} seconds`,
            decision.headers,
          );
      }
    });
    // Routes of the served version only: an operation it lacks is a 404, like any unknown resource.
    versionGate.install(api);
    await api.register(openapiGlue, {
      specification: served.document,
      operationResolver: (operationId) => routeHandler(handlers, operationId),
      prefix: contextPath || undefined,
    });
  });

  // Outside the API: docs, the served spec, the plugin manager's resource, Confluence's status,
  // sandbox helpers.
  registerSpecFiles(app, { contextPath, document: served.document, bundledServerUrl: spec.servers?.[0]?.url });
  await registerPluginManager(app, { contextPath, version: served.version, authenticator });
  app.get(`${contextPath}/status`, async () => ({ state: 'RUNNING' }));
  if (contextPath) app.get('/', (_req, reply) => reply.redirect(`${contextPath}/docs`));
  else app.get('/', (_req, reply) => reply.redirect('/docs'));

  await app.register(
    async (extras) => {
      extras.addHook('onRequest', async (request) => {
        request.caller = await authenticator.authenticate(request);
      });
      extras.get('/outbox', async () => ({ mails: store.outbox.latest(100) }));
      registerCaptchaRoutes(extras, store.users, authenticator.logins);
      registerTokenRoutes(extras, store.tokens);
      extras.get<{ Params: { userName: string } }>('/avatar/:userName', async (request, reply) => {
        const user = store.users.findByName(request.params.userName);
        const avatar = user && store.avatars.get(user.id);
        if (!avatar) throw new ApiError(404, `No avatar for user '${request.params.userName}'`);
        return reply.type(avatar.content_type).send(avatar.data);
      });
    },
    { prefix: `${contextPath}/sandbox` },
  );

  app.addHook('onSend', async (_request, reply, payload) => {
    if (reply.statusCode === 401 && !reply.hasHeader('www-authenticate'))
      reply.header('WWW-Authenticate', WWW_AUTHENTICATE);
    return payload;
  });

  return app;
}
