// A proxy in front of the sandbox that fails the addUser of names starting with `fail-` with a
// 500 (which the client does not retry), so a bulk import meets a real partial failure.
import { createServer, type IncomingMessage } from 'node:http';

const read = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });

export async function startFailingProxy(upstream: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const body = req.method === 'GET' ? undefined : await read(req);
    if (req.url?.endsWith('/add') && body && /"name":"fail-/.test(body.toString())) {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Simulated failure"}');
      return;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
    const answer = await fetch(new URL(req.url ?? '/', upstream), { method: req.method, headers, body: body ? new Uint8Array(body) : undefined });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, close: () => new Promise((r) => server.close(() => r())) };
}
