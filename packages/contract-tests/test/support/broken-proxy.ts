// A deliberately broken server: a proxy in front of a healthy one (the sandbox) that injects one
// fault (faults/). Each request is matched to its operation of the spec; a fault may change the
// request before it goes upstream, answer it itself, or change the upstream's answer.
import { Agent, createServer, request, type IncomingMessage, type Server } from 'node:http';
import { operationIds, operationTable, type OperationId } from '@extender-users/api-types';
import { FAULTS, type FaultName } from './faults/index.js';
import type { ProxyReply, Exchange, ProxyFault, ProxyTools } from './faults/types.js';

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });

/** Each operation's method and path as a pattern with its path parameters. */
const routes = operationIds.map((operationId) => {
  const { method, path } = operationTable[operationId];
  const names: string[] = [];
  const source = path
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]*)'));
  return { operationId, method, pattern: new RegExp(`^${source}$`), names };
});

function matchOperation(
  method: string,
  pathname: string,
): { operationId?: OperationId; params: Record<string, string> } {
  for (const route of routes) {
    const match = route.method === method ? route.pattern.exec(pathname) : null;
    if (match)
      return {
        operationId: route.operationId,
        params: Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)])),
      };
  }
  return { params: {} };
}

const isJson = (contentType: string | undefined) => (contentType ?? '').toLowerCase().includes('json');

function toAnswer(status: number, headers: Record<string, string>, body: Buffer): ProxyReply {
  const answer: ProxyReply = { status, headers, body };
  if (isJson(headers['content-type']) && body.length > 0) {
    try {
      answer.json = JSON.parse(body.toString('utf8'));
    } catch {
      /* left as bytes */
    }
  }
  return answer;
}

/** Headers of one hop, not passed on (and those the proxy sets itself). */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'];
const NOT_ANSWERED = ['content-length', 'content-encoding', ...HOP_BY_HOP];

/**
 * Sends a request upstream on the proxy's keep-alive connections (node:http: fetch cost about 3 ms
 * of CPU a request, as much as the suite's own checks of a whole run).
 */
function fetchAnswer(agent: Agent, url: URL, method: string, headers: Headers, body?: Buffer): Promise<ProxyReply> {
  const sent: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!HOP_BY_HOP.includes(name) && name !== 'host' && name !== 'content-length') sent[name] = value;
  });
  if (body) sent['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const upstream = request(url, { method, headers: sent, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const out: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers))
          if (value !== undefined && !NOT_ANSWERED.includes(name))
            out[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve(toAnswer(res.statusCode ?? 502, out, Buffer.concat(chunks)));
      });
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

export interface BrokenProxy {
  url: string;
  /** Every request seen, as `METHOD /path`. */
  seen: string[];
  close(): Promise<void>;
}

/** Starts the proxy on a free 127.0.0.1 port; `adminAuth` is an administrator's Authorization header value. */
export async function startBrokenProxy(upstream: string, fault: FaultName, adminAuth: string): Promise<BrokenProxy> {
  const seen: string[] = [];
  const broken: ProxyFault = FAULTS[fault].proxy;
  const agent = new Agent({ keepAlive: true });
  const tools: ProxyTools = {
    adminAuth,
    state: new Map(),
    send: (method, pathAndQuery, options = {}) => {
      const headers = new Headers({ accept: 'application/json', authorization: options.auth ?? adminAuth });
      let body: Buffer | undefined;
      if (options.json !== undefined) {
        headers.set('content-type', 'application/json');
        body = Buffer.from(JSON.stringify(options.json));
      }
      return fetchAnswer(agent, new URL(pathAndQuery, upstream), method, headers, body);
    },
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', upstream);
      const method = req.method ?? 'GET';
      seen.push(`${method} ${url.pathname}`);
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers))
        if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers.set(k, v);
      const raw = method === 'GET' || method === 'HEAD' ? undefined : await readBody(req);
      const exchange: Exchange = { method, url, headers, body: raw, ...matchOperation(method, url.pathname) };
      if (raw && isJson(headers.get('content-type') ?? undefined)) {
        try {
          exchange.json = JSON.parse(raw.toString('utf8'));
        } catch {
          /* sent as is */
        }
      }
      const sentJson = JSON.stringify(exchange.json);
      let answer = (await broken.request?.(exchange, tools)) ?? undefined;
      if (!answer) {
        const body =
          exchange.json !== undefined && JSON.stringify(exchange.json) !== sentJson
            ? Buffer.from(JSON.stringify(exchange.json))
            : exchange.body;
        answer = await fetchAnswer(agent, exchange.url, method, exchange.headers, body);
        if (broken.response) {
          const sentBody = JSON.stringify(answer.json);
          await broken.response(exchange, answer, tools);
          if (answer.json !== undefined && JSON.stringify(answer.json) !== sentBody)
            answer.body = Buffer.from(JSON.stringify(answer.json));
        }
      }
      res.writeHead(answer.status, answer.headers);
      res.end(answer.status === 204 ? undefined : answer.body);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`fault proxy: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      agent.destroy();
    });
  return { url: `http://127.0.0.1:${address.port}`, seen, close };
}
