// A deliberately broken server: a proxy in front of a healthy one that injects one fault.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export type Fault =
  | 'none'
  | 'drop-required-field'
  | 'wrong-type'
  | 'unknown-user-200'
  | 'leak-password'
  | 'ignore-maxResults'
  | 'no-auth'
  | 'undocumented-status'
  // A server of a version without getUsersWithConfluenceAccess: the resource does not exist.
  | 'no-access-listing';

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });

type Json = Record<string, unknown>;

/** Rewrites the upstream JSON answer according to the fault. */
function mutate(fault: Fault, path: string, status: number, body: Json): { status: number; body: Json } {
  const users = Array.isArray(body.users) ? (body.users as Json[]) : undefined;
  switch (fault) {
    case 'drop-required-field':
      users?.forEach((u) => delete u.email);
      if (path.includes('/getUserDetails/')) delete body.email;
      return { status, body };
    case 'wrong-type':
      if (path.endsWith('/getUsers') && 'total' in body) body.total = String(body.total);
      return { status, body };
    case 'unknown-user-200':
      if (path.includes('/getUserDetails/') && status === 404) {
        const name = decodeURIComponent(path.split('/').pop()!);
        return { status: 200, body: { key: '0'.repeat(32), name, fullName: name, email: `${name}@example.org`, business: [], personal: [], lastSuccessfulLoginDate: null, lastSuccessfulLoginDateString: null, lastFailedLoginDate: null, lastFailedLoginDateString: null, createdDate: 0, createdDateString: '1970-01-01 00:00:00', updatedDate: 0, updatedDateString: '1970-01-01 00:00:00', hasAccessToUseConfluence: true } };
      }
      return { status, body };
    case 'leak-password':
      if (path.includes('/getUserDetails/') && status === 200) body.password = 'hunter2';
      return { status, body };
    case 'undocumented-status':
      if (path.includes('/property/') && status === 404) return { status: 204, body: {} };
      return { status, body };
    default:
      return { status, body };
  }
}

export interface BrokenProxy {
  url: string;
  /** Every request seen, as `METHOD /path`. */
  seen: string[];
  close(): Promise<void>;
}

export async function startBrokenProxy(upstream: string, fault: Fault, adminAuth: string): Promise<BrokenProxy> {
  const seen: string[] = [];
  const server: Server = createServer(async (req, res) => {
    seen.push(`${req.method} ${new URL(req.url ?? '/', upstream).pathname}`);
    const url = new URL(req.url ?? '/', upstream);
    if (fault === 'no-access-listing' && url.pathname.endsWith('/getUsersWithConfluenceAccess')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `No such resource: ${req.method} ${url.pathname}` }));
      return;
    }
    if (fault === 'ignore-maxResults' && url.pathname.endsWith('/getUsers')) url.searchParams.delete('maxResults');
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers.set(k, v);
    if (fault === 'no-auth' && !headers.has('authorization')) headers.set('authorization', adminAuth);
    const body = req.method === "GET" || req.method === "HEAD" ? undefined : new Uint8Array(await readBody(req));
    const answer = await fetch(url, { method: req.method, headers, body });
    const text = await answer.text();
    let status = answer.status;
    let out = text;
    if ((answer.headers.get('content-type') ?? '').includes('json') && text) {
      const mutated = mutate(fault, url.pathname, status, JSON.parse(text) as Json);
      status = mutated.status;
      out = JSON.stringify(mutated.body);
    }
    const outHeaders: Record<string, string> = {};
    answer.headers.forEach((v, k) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k)) outHeaders[k] = v;
    });
    res.writeHead(status, outHeaders);
    res.end(status === 204 ? undefined : out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${address.port}`, seen, close };
}
