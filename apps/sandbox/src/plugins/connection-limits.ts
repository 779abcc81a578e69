// Connections under hostile traffic: timeouts for a request, its headers, an idle keep-alive
// connection and an idle socket, a cap on open connections and a smaller one per client address,
// so slow or silent clients cannot hold the server, and one client cannot take every connection
// (issue 22). (What a timed-out client is answered: http-edges.ts.)
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { clientOf } from '../http/client-address.js';

/** Limits on connections; times in seconds. */
export interface ConnectionLimits {
  /** The whole request, headers and body, must arrive within this. */
  requestTimeout: number;
  /** The request's headers must arrive within this (and a new connection must start one). */
  headersTimeout: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeout: number;
  /** A socket with no traffic either way is closed after this. */
  idleTimeout: number;
  /** Connections beyond this many are closed at once. */
  maxConnections: number;
  /** A client address's connections beyond this many are closed at once. */
  maxConnectionsPerClient: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestTimeout: 30,
  headersTimeout: 10,
  keepAliveTimeout: 5,
  idleTimeout: 60,
  maxConnections: 1000,
  maxConnectionsPerClient: 100,
};

/** The limits, set on the server before it listens (Node reads them when it starts to). */
export const connectionLimits = fp<Partial<ConnectionLimits>>(
  async (app, limits) => {
    applyConnectionLimits(app, limits);
  },
  { name: 'connection-limits' },
);

function applyConnectionLimits(app: FastifyInstance, limits: Partial<ConnectionLimits>): void {
  const l = { ...DEFAULT_CONNECTION_LIMITS, ...limits };
  if (l.headersTimeout > l.requestTimeout)
    throw new RangeError('The headers timeout cannot be longer than the request timeout');
  // connectionsCheckingInterval is an http.createServer option that Node reads from the server
  // object when it starts listening; it is not typed as a writable property.
  const server = app.server as typeof app.server & { connectionsCheckingInterval: number };
  server.requestTimeout = l.requestTimeout * 1000;
  server.headersTimeout = l.headersTimeout * 1000;
  server.keepAliveTimeout = l.keepAliveTimeout * 1000;
  server.setTimeout(l.idleTimeout * 1000);
  server.maxConnections = l.maxConnections;
  capPerClient(app, l.maxConnectionsPerClient);
  // Node checks the request and headers timeouts every so often (30 s by default, which can
  // double a short timeout); check often enough to keep a timeout within a quarter of it.
  server.connectionsCheckingInterval = Math.min(1000, (Math.min(l.headersTimeout, l.requestTimeout) * 1000) / 4);
}

/** Closes a connection at once when its client already holds `max` open ones. */
function capPerClient(app: FastifyInstance, max: number): void {
  const open = new Map<string, number>();
  app.server.on('connection', (socket) => {
    const client = clientOf(socket.remoteAddress);
    const held = open.get(client) ?? 0;
    if (held >= max) {
      socket.destroy();
      return;
    }
    open.set(client, held + 1);
    socket.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    });
  });
}
