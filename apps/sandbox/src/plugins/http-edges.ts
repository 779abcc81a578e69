// The edges of HTTP a route never sees, answered in the API's JSON shape with `Connection: close`:
// a CONNECT (the sandbox is no proxy), an `Expect` other than 100-continue, an HTTP/1.1 request
// without the Host header it requires, and a transfer coding other than chunked.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../http/api-error.js';
import { answerOnSocket } from '../http/client-errors.js';

/** Registered before the server listens: it sets options Node reads when requests come. */
export const httpEdges = fp(
  async (app) => {
    // An http.createServer option, read from the server object for each request; not typed as a
    // writable property.
    (app.server as typeof app.server & { requireHostHeader: boolean }).requireHostHeader = false;
    app.addHook('onRequest', refuseMissingHost);
    app.addHook('onRequest', refuseTransferCodings);
    // With a listener, Node leaves such a request to it instead of answering 417 with no body.
    app.server.on('checkExpectation', refuseExpectation);
    // Without a listener, Node closes a CONNECT's socket with no answer at all.
    app.server.on('connect', refuseConnect);
  },
  { name: 'http-edges' },
);

/** The sandbox is no proxy: CONNECT is a method it does not implement (RFC 9110 §9.3.6, §15.6.2). */
function refuseConnect(_request: IncomingMessage, socket: Duplex): void {
  socket.on('error', () => undefined);
  answerOnSocket(socket, 501, 'Not Implemented', 'CONNECT is not supported: this server is not a proxy');
}

/**
 * Only `chunked` is a transfer coding the server understands (RFC 9112 §6.1: 501 for one it does
 * not); Node's parser lets `gzip, chunked` through and would hand the still-compressed bytes on
 * as the body.
 */
async function refuseTransferCodings(request: FastifyRequest): Promise<void> {
  const header = request.headers['transfer-encoding'];
  if (header === undefined) return;
  const codings = header.split(',').map((coding) => coding.trim().toLowerCase());
  if (codings.length === 1 && codings[0] === 'chunked') return;
  const shown = header.replace(/[^\x20-\x7e]/g, '').slice(0, 100);
  throw new ApiError(
    501,
    `Transfer-Encoding '${shown}' is not supported; send the body with Content-Length or Transfer-Encoding: chunked`,
    { Connection: 'close' },
  );
}

function refuseExpectation(request: IncomingMessage, response: ServerResponse): void {
  const expectation = String(request.headers.expect ?? '')
    .replace(/[^\x20-\x7e]/g, '')
    .slice(0, 100);
  const body = JSON.stringify({
    message: `Cannot meet the expectation '${expectation}'; only 100-continue is supported`,
  });
  response.writeHead(417, {
    Connection: 'close',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

/** HTTP/1.1 requires a Host header (RFC 9112 §3.2); HTTP/1.0 may leave it out. */
async function refuseMissingHost(request: FastifyRequest): Promise<void> {
  if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
    throw new ApiError(400, 'The request has no Host header, which HTTP/1.1 requires', { Connection: 'close' });
  }
}
