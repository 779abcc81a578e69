// A server on 127.0.0.1 whose every path answers as a route says: JSON or text at once, a redirect,
// headers and then a body that stalls, a body that trickles a byte at a time, or no answer at all.
// It never ends a stalled or trickled answer itself: the client's limits must.
import { createServer, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Behaviour =
  | { answer: number; type?: string; body?: string; headers?: Record<string, string> }
  /** Headers (200 JSON, a Content-Length of 1,000), then `sent` bytes of the body, then nothing. */
  | { stall: true; sent?: number }
  /** Headers (200 JSON, a Content-Length of 100,000), then one byte every `everyMs`. */
  | { trickle: true; everyMs: number }
  /** Accepts the request and never answers. */
  | { silent: true };

export interface MisbehavingServer {
  url: string;
  /** Every request, as `METHOD path`, with whether it carried an Authorization header. */
  requests: { line: string; authorized: boolean }[];
  close(): Promise<void>;
}

export async function startMisbehavingServer(route: (path: string) => Behaviour): Promise<MisbehavingServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const requests: MisbehavingServer['requests'] = [];
  const server = createServer((req, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ line: `${req.method} ${path}`, authorized: req.headers.authorization !== undefined });
    const how = route(path);
    if ('silent' in how) return;
    if ('stall' in how) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"state":"RUNNING","x":"'.slice(0, how.sent ?? 0));
      res.flushHeaders();
      return;
    }
    if ('trickle' in how) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      res.flushHeaders();
      const timer = setInterval(() => res.write(' '), how.everyMs);
      timers.add(timer);
      res.on('close', () => clearInterval(timer));
      return;
    }
    res.writeHead(how.answer, { 'content-type': how.type ?? 'application/json', ...how.headers }).end(how.body ?? '');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const t of timers) clearInterval(t);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export const RUNNING: Behaviour = { answer: 200, body: '{"state":"RUNNING"}' };
export const HTML_404: Behaviour = {
  answer: 404,
  type: 'text/html',
  body: '<html><head><title>404 Not Found</title></head></html>',
};
