// The suite's requests against a server that closes a kept-alive connection as the next request
// arrives on it (as a server's keep-alive timer firing just then does): each request has its own
// connection, so each is answered. With Node's global agent the second was "socket hang up".
import { createServer, type Server } from 'node:net';
import pactum from 'pactum';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OWN_CONNECTION } from '../suite/support/connections.js';

let server: Server;
let url = '';
beforeAll(async () => {
  server = createServer((socket) => {
    let requests = 0;
    socket.on('data', () => {
      if (++requests > 1) return socket.destroy();
      socket.write(
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nKeep-Alive: timeout=60\r\n\r\n{}',
      );
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/rest/extender/1.0/user/getUsers`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('sends each request on a connection of its own, so a server closing an idle one never loses a request', async () => {
  for (let i = 0; i < 3; i++) {
    const response = (await pactum.spec().withPath(url).withCore(OWN_CONNECTION).toss()) as { statusCode: number };
    expect(response.statusCode).toBe(200);
  }
});
