// What Node answers before a request reaches the API (what its parser refuses, headers too large,
// a timeout, an `Expect` it cannot meet, a CONNECT), a request without the Host header HTTP/1.1
// requires and one with a transfer coding other than chunked: answered in the API's JSON shape,
// `{"message": ...}`, with `Connection: close`, so no client reuses a connection the server is
// closing.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';

/**
 * Answers a missing Host and an `Expect` other than 100-continue in the API's shape, instead of
 * Node's bare 400 and 417; call before listening.
 */
export function answerHttpEdges(app: FastifyInstance): void {
  // An http.createServer option, read from the server object for each request; not typed as a
  // writable property.
  (app.server as typeof app.server & { requireHostHeader: boolean }).requireHostHeader = false;
  app.addHook('onRequest', refuseMissingHost);
  app.addHook('onRequest', refuseTransferCodings);
  // With a listener, Node leaves such a request to it instead of answering 417 with no body.
  app.server.on('checkExpectation', refuseExpectation);
  // Without a listener, Node closes a CONNECT's socket with no answer at all.
  app.server.on('connect', refuseConnect);
}

/** A whole answer written on the socket itself, for requests that never reach a route; then closed. */
function answerOnSocket(socket: Duplex, status: number, reason: string, message: string): void {
  const body = JSON.stringify({ message });
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  socket.destroy();
}

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

/** Sockets already answered: Node reports every later chunk of a broken stream again. */
const answered = new WeakSet<Socket>();

function answerFor(error: NodeJS.ErrnoException & { reason?: string }): [number, string, string] {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'Request Timeout', 'The request did not arrive in time'];
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'Request Header Fields Too Large', 'The request headers are too large'];
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return [413, 'Payload Too Large', 'The chunk extensions are too large'];
    default: {
      const reason = (error.reason ?? '').replace(/[^\x20-\x7e]/g, '').slice(0, 100);
      return [400, 'Bad Request', `Malformed HTTP request${reason ? `: ${reason}` : ''}`];
    }
  }
}

/**
 * Fastify's clientErrorHandler: what Node could not parse or timed out, answered as the API does
 * (a JSON message) with `Connection: close`, unless a response is already under way; then closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
  answered.add(socket);
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  answerOnSocket(socket, ...answerFor(error));
}
