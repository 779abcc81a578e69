// Every error in the API's shape, `{"message": ...}`: what a handler or hook throws (ApiError),
// what validation refuses (400 naming the field), what fastify's parsers refuse (400, 413, 415),
// an unknown resource (404); a 401 always says how to authenticate (WWW-Authenticate). A client's
// mistake never becomes a 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../http/api-error.js';
import { WWW_AUTHENTICATE } from '../http/authenticate.js';
import { JSON_CONTENT_TYPE } from '../http/json-type.js';

function sendError(reply: FastifyReply, statusCode: number, message: string, headers: Record<string, string> = {}) {
  return reply.code(statusCode).headers(headers).type(JSON_CONTENT_TYPE).send({ message });
}

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

/** As Tomcat's maxSwallowSize (2 MB), under which Confluence runs: the most of a refused body read on. */
const SWALLOW_BYTES = 2 * 1024 * 1024;

/**
 * Whether the rest of a body refused as too large is read and thrown away, so that a client still
 * sending it gets the 413 (fastify closes the connection at once: a client that writes the whole
 * body before it reads, as fetch does, then fails with EPIPE instead). Beyond SWALLOW_BYTES, or
 * without a length, the connection is closed as before; --request-timeout bounds the reading.
 */
function swallowsRest(request: FastifyRequest): boolean {
  const length = Number(request.headers['content-length']);
  const limit = request.routeOptions.bodyLimit ?? 0;
  return Number.isSafeInteger(length) && !request.raw.complete && length - limit <= SWALLOW_BYTES;
}

export const jsonErrors = fp(
  async (app) => {
    app.setErrorHandler(errorHandler);
    app.setNotFoundHandler((request, reply) =>
      sendError(reply, 404, `No such resource: ${request.method} ${request.url.split('?')[0]}`),
    );
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode === 401 && !reply.hasHeader('www-authenticate'))
        reply.header('WWW-Authenticate', WWW_AUTHENTICATE);
      if (reply.statusCode === 413 && swallowsRest(request)) reply.removeHeader('connection');
      return payload;
    });
  },
  { name: 'json-errors' },
);
