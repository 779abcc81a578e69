// Servers on 127.0.0.1 for tests that need a real socket: ones that never finish an answer, each its
// own way (for the timeouts), and plain HTTP servers that answer as the test says.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';

export interface TestServer {
  url: string;
  /** Requests received so far (for the silent server: connections that sent something). */
  hits(): number;
  /**
   * Resolves once every connection that carried a request is closed, by either side. (Node's fetch
   * may open a spare connection that carries none and closes itself when idle.)
   */
  requestsClosed(): Promise<void>;
  close(): Promise<void>;
}

/** Listens on a free port; `carrying` is called with each socket once a request came on it. */
async function listen(server: Server, hits: () => number): Promise<TestServer & { carrying(socket: Socket): void }> {
  const sockets = new Set<Socket>();
  const carrying = new Set<Socket>();
  const waiting: (() => void)[] = [];
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      carrying.delete(socket);
      if (carrying.size === 0) for (const resolve of waiting.splice(0)) resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    carrying: (socket) => void (socket.destroyed || carrying.add(socket)),
    requestsClosed: () => (carrying.size === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Accepts the TCP connection, reads the request and never sends a byte. */
export async function silentServer(): Promise<TestServer> {
  let hits = 0;
  // fetch's pool may open a spare connection that never carries a request: count the ones that do.
  const server = createNetServer((socket) =>
    socket.once('data', () => {
      hits++;
      listening.carrying(socket);
    }),
  );
  const listening = await listen(server, () => hits);
  return listening;
}

/** Answers with `respond` (which may never end the response), counting requests. */
export async function httpServer(
  respond: (response: ServerResponse, request: IncomingMessage) => void,
): Promise<TestServer> {
  let hits = 0;
  const server = createHttpServer((request, response) => {
    hits++;
    listening.carrying(request.socket);
    respond(response, request);
  });
  const listening = await listen(server, () => hits);
  return listening;
}

/** Sends 200 and JSON headers, and not a byte of the body. */
export function headersOnlyServer(): Promise<TestServer> {
  return httpServer((response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.flushHeaders();
  });
}

/** Sends 200 and JSON headers and the start of a page, then nothing more. */
export function stallingServer(): Promise<TestServer> {
  return httpServer((response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"total":1,"maxResults":50,"startAt":0,"users":[');
  });
}

/** Sends 200 and JSON headers, then one byte of an endless page every `everyMs`. */
export function tricklingServer(everyMs: number): Promise<TestServer> {
  return httpServer((response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"total":1,"maxResults":50,"startAt":0,"users":[{"name":"');
    const timer = setInterval(() => response.write('a'), everyMs);
    response.on('close', () => clearInterval(timer));
  });
}
