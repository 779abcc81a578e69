// Servers that are not what the CLI expects: another web server (HTML 404 on every path), and a
// Confluence without Extender (/status RUNNING, everything else 404, as Tomcat answers it).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface FakeServer {
  url: string;
  /** The Authorization headers it was sent, to check that no credentials went to it. */
  authorizations: string[];
  close(): Promise<void>;
}

const NOT_FOUND_PAGE =
  '<!doctype html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>';

async function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<FakeServer> {
  const authorizations: string[] = [];
  const server = createServer((req, res) => {
    if (req.headers.authorization) authorizations.push(req.headers.authorization);
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    authorizations,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

const notFound = (res: ServerResponse) =>
  res.writeHead(404, { 'content-type': 'text/html;charset=utf-8' }).end(NOT_FOUND_PAGE);

/** Any web server that is not Confluence: every path is an HTML 404. */
export const startOtherWebServer = () => serve((_req, res) => notFound(res));

/** Confluence without the Extender app: /status answers, the plugin manager does not know the app. */
export const startConfluenceWithoutExtender = () =>
  serve((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === '/status')
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"state":"RUNNING"}');
    else notFound(res);
  });

/** A 127.0.0.1 URL on which nothing listens (a port just given up by a server), so connections are refused. */
export async function closedUrl(): Promise<string> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
