// What Node answers before a request reaches fastify: what its parser refuses, headers too large,
// a request that does not arrive in time; answered in the API's JSON shape, `{"message": ...}`,
// with `Connection: close`, so no client reuses a connection the server is closing.
import type { ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/** A whole answer written on the socket itself, for requests that never reach a route; then closed. */
export function answerOnSocket(socket: Duplex, status: number, reason: string, message: string): void {
  const body = JSON.stringify({ message });
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  socket.destroy();
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
