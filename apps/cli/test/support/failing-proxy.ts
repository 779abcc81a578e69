// A proxy in front of the sandbox that fails some requests with a 500 (which the client does not
// retry), so bulk commands meet a real partial failure: the addUser of names starting with
// `fail-`, every state change of such names, and (with `failPagesFrom`) listing pages from that
// page on. With `slowChangesMs` it answers state changes that long after the sandbox did them.
import { createServer, type IncomingMessage } from 'node:http';

const read = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });

export interface FailingProxyOptions {
  /** Fail listing requests whose startAt is at least (failPagesFrom - 1) pages in. */
  failPagesFrom?: number;
  /** Hold the answer of each activate/deactivate/delete this long, the change being done already. */
  slowChangesMs?: number;
}

function shouldFail(url: URL, body: Buffer | undefined, options: FailingProxyOptions): boolean {
  if (url.pathname.endsWith('/add') && body && /"name":"fail-/.test(body.toString())) return true;
  if (/\/(activate|deactivate|delete)\/fail-/.test(url.pathname)) return true;
  if (options.failPagesFrom !== undefined && /\/getUsers(WithConfluenceAccess)?$/.test(url.pathname)) {
    const startAt = Number(url.searchParams.get('startAt') ?? 0);
    const maxResults = Number(url.searchParams.get('maxResults') ?? 50);
    return startAt >= (options.failPagesFrom - 1) * maxResults;
  }
  return false;
}

export async function startFailingProxy(
  upstream: string,
  options: FailingProxyOptions = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const body = req.method === 'GET' ? undefined : await read(req);
    if (shouldFail(new URL(req.url ?? '/', upstream), body, options)) {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Simulated failure"}');
      return;
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
    const answer = await fetch(new URL(req.url ?? '/', upstream), {
      method: req.method,
      headers,
      body: body ? new Uint8Array(body) : undefined,
    });
    if (options.slowChangesMs && /\/(activate|deactivate|delete)\//.test(req.url ?? ''))
      await new Promise((r) => setTimeout(r, options.slowChangesMs));
    res
      .writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
      .end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
