// Servers on 127.0.0.1 for tests that need a real socket: ones that never finish an answer, each its
// own way (for the timeouts), and plain HTTP servers that answer as the test says.
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';

export interface TestServer {
  url: string;
  /** Requests received so far (for the silent server: connections that sent something). */
  hits(): number;
  close(): Promise<void>;
}

async function listen(server: Server, sockets: Set<Socket>, hits: () => number): Promise<TestServer> {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Accepts the TCP connection, reads the request and never sends a byte. */
export function silentServer(): Promise<TestServer> {
  let hits = 0;
  // fetch's pool may open a spare connection that never carries a request: count the ones that do.
  const server = createNetServer((socket) => socket.once('data', () => void hits++));
  return listen(server, new Set(), () => hits);
}

/** Answers with `respond` (which may never end the response), counting requests. */
export function httpServer(respond: (response: ServerResponse, request: IncomingMessage) => void): Promise<TestServer> {
  let hits = 0;
  const server = createHttpServer((request, response) => {
    hits++;
    respond(response, request);
  });
  return listen(server, new Set(), () => hits);
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
