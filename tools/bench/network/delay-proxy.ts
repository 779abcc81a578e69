// A TCP proxy on 127.0.0.1 that models a network round trip: every chunk is held for half the
// round-trip time in each direction, and a new connection's first bytes wait one more round trip
// (the TCP handshake a real network would cost). Bytes are forwarded unchanged and in order, so
// any protocol works; bandwidth is not limited.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface DelayProxy {
  port: number;
  url: string;
  /** Closes every open connection (between timed rounds, so each round pays its own handshakes). */
  dropConnections(): void;
  close(): Promise<void>;
}

/** Holds chunks in order and writes each to `to` no earlier than its due time. */
function delayedPipe(from: Socket, to: Socket, delayMs: number, notBefore: number): void {
  const queue: { due: number; chunk: Buffer | null }[] = []; // null: the end of the stream
  let timer: NodeJS.Timeout | undefined;
  const drain = () => {
    timer = undefined;
    const now = performance.now();
    while (queue.length && queue[0]!.due <= now) {
      const { chunk } = queue.shift()!;
      if (to.destroyed) continue;
      if (chunk === null) to.end();
      else to.write(chunk);
    }
    if (queue.length) timer = setTimeout(drain, queue[0]!.due - now);
  };
  const push = (chunk: Buffer | null) => {
    queue.push({ due: Math.max(performance.now() + delayMs, notBefore), chunk });
    if (!timer) timer = setTimeout(drain, queue[0]!.due - performance.now());
  };
  from.on('data', (chunk: Buffer) => push(chunk));
  from.on('end', () => push(null));
}

/** Listens on a free port of 127.0.0.1 and forwards to `127.0.0.1:targetPort` with `rttMs` of round trip. */
export function startDelayProxy(targetPort: number, rttMs: number): Promise<DelayProxy> {
  const half = rttMs / 2;
  const sockets = new Set<Socket>();
  const server: Server = createServer({ noDelay: true, allowHalfOpen: true }, (client) => {
    const upstream = connect({ host: '127.0.0.1', port: targetPort, noDelay: true, allowHalfOpen: true });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    // The client's first bytes reach the server 1.5 round trips after it connected (handshake + way out).
    delayedPipe(client, upstream, half, performance.now() + rttMs + half);
    delayedPipe(upstream, client, half, 0);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address !== 'object' || !address) return reject(new Error('the delay proxy has no port'));
      resolve({
        port: address.port,
        url: `http://127.0.0.1:${address.port}`,
        dropConnections: () => {
          for (const s of sockets) s.destroy();
        },
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
