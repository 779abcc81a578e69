// The delay proxy forwards bytes unchanged and in order both ways, passes a half-close on, and
// holds each exchange for at least the round trip (a lower bound the proxy guarantees by waiting
// for each chunk's due time, so it cannot flake; no upper bound is asserted).
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDelayProxy, type DelayProxy } from './delay-proxy.js';

const RTT = 30;
let echo: Server;
let proxy: DelayProxy;

beforeAll(async () => {
  // Echoes every byte back, and ends its side when the client ends its own.
  echo = createServer((socket) => socket.pipe(socket));
  echo.listen(0, '127.0.0.1');
  await once(echo, 'listening');
  proxy = await startDelayProxy((echo.address() as AddressInfo).port, RTT);
});

afterAll(async () => {
  await proxy.close();
  echo.close();
});

/** Sends `chunks` through the proxy, half-closes, and collects everything echoed until the end. */
async function roundTrip(chunks: Buffer[]): Promise<Buffer> {
  const socket = connect({ host: '127.0.0.1', port: proxy.port });
  await once(socket, 'connect');
  const received: Buffer[] = [];
  socket.on('data', (c: Buffer) => received.push(c));
  for (const c of chunks) socket.write(c);
  socket.end();
  await once(socket, 'end');
  socket.destroy();
  return Buffer.concat(received);
}

it('forwards several megabytes unchanged and in order, both ways, and passes the end on', async () => {
  const chunks = Array.from({ length: 64 }, () => randomBytes(48 * 1024));
  const echoed = await roundTrip(chunks);
  expect(echoed.equals(Buffer.concat(chunks))).toBe(true);
});

it('holds a new connection’s first exchange for the handshake and the round trip, later ones for the round trip', async () => {
  // The proxy holds the first bytes until 1.5 round trips after it accepted the connection, which
  // may be before this side sees 'connect' (on a busy machine, by more than a millisecond): the
  // first exchange is timed from the connect call, which is surely before the accept.
  const connecting = performance.now();
  const socket = connect({ host: '127.0.0.1', port: proxy.port });
  await once(socket, 'connect');
  await new Promise((r) => setTimeout(r, 8));
  const exchange = async (text: string, started = performance.now()) => {
    socket.write(text);
    const [reply] = (await once(socket, 'data')) as [Buffer];
    return { reply: reply.toString(), ms: performance.now() - started };
  };
  const first = await exchange('one', connecting);
  const second = await exchange('two');
  socket.destroy();
  expect(first.reply).toBe('one');
  expect(second.reply).toBe('two');
  expect(first.ms).toBeGreaterThanOrEqual(2 * RTT);
  expect(second.ms).toBeGreaterThanOrEqual(RTT);
});

it('closes the client’s side when the server is gone', async () => {
  const closed = createServer((socket) => socket.destroy());
  closed.listen(0, '127.0.0.1');
  await once(closed, 'listening');
  const toClosed = await startDelayProxy((closed.address() as AddressInfo).port, 0);
  try {
    const socket = connect({ host: '127.0.0.1', port: toClosed.port });
    socket.resume();
    await once(socket, 'close');
  } finally {
    await toClosed.close();
    closed.close();
  }
});

it('drops every open connection on demand (so a timed run starts with none)', async () => {
  const socket = connect({ host: '127.0.0.1', port: proxy.port });
  await once(socket, 'connect');
  socket.resume();
  socket.write('x');
  await once(socket, 'data');
  const closed = once(socket, 'close');
  proxy.dropConnections();
  await closed;
});
