// Sends requests with pactum. Pactum only sends here: its own expectations print failed requests
// with their headers, and the suite never prints credentials. A guard refuses any write to a user
// the suite did not create (names starting with `contract-`).
import pactum from 'pactum';
import { target, type Credentials } from './target.js';

pactum.settings.setLogLevel('SILENT');
pactum.request.setDefaultTimeout(30_000);

export const PREFIX = '/rest/extender/1.0/user';
export const OWN_PREFIX = 'contract-';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  contentType: string | null;
}

export interface SendOptions {
  /** The credentials to use; `null` for none. Default: the target's. */
  auth?: Credentials | null;
  query?: Record<string, string | number | boolean>;
  json?: unknown;
  raw?: { body: string | Buffer; contentType: string };
  multipart?: { field: string; bytes: Buffer; fileName: string; contentType: string };
  headers?: Record<string, string>;
}

/** Refuses a write whose user name is not one the suite creates. */
export function assertOwned(method: string, path: string): void {
  if (method === 'GET') return;
  const match = /^\/rest\/extender\/1\.0\/user\/(?:add$|[A-Za-z]+\/(?:base64\/|image\/)?([^/]+))/.exec(path);
  const userName = match?.[1] ? decodeURIComponent(match[1]) : undefined;
  if (path.endsWith('/add')) return; // the name is in the body: checked in send()
  if (!userName?.startsWith(OWN_PREFIX)) throw new Error(`Refusing ${method} ${path}: the suite only changes users it created (${OWN_PREFIX}*)`);
}

/** A name the suite owns: `contract-<label>-<random>`. */
export function ownName(label: string): string {
  return `${OWN_PREFIX}${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export async function send(method: string, path: string, options: SendOptions = {}): Promise<Reply> {
  assertOwned(method, path);
  const addedName = path.endsWith('/add') ? (options.json as { name?: unknown } | undefined)?.name : undefined;
  if (addedName !== undefined && !String(addedName).startsWith(OWN_PREFIX)) throw new Error(`Refusing to add '${String(addedName)}': the suite only creates ${OWN_PREFIX}* users`);
  const spec = pactum.spec().withMethod(method).withPath(`${target.baseUrl}${path}`);
  const auth = options.auth === undefined ? target.auth : options.auth;
  if (auth && 'token' in auth) spec.withHeaders('Authorization', `Bearer ${auth.token}`);
  else if (auth) spec.withAuth(auth.user, auth.password);
  if (options.headers) spec.withHeaders(options.headers);
  if (options.query && Object.keys(options.query).length > 0) spec.withQueryParams(Object.fromEntries(Object.entries(options.query).map(([k, v]) => [k, String(v)])));
  if (options.json !== undefined) spec.withJson(options.json as object);
  if (options.raw) spec.withHeaders('Content-Type', options.raw.contentType).withBody(options.raw.body);
  if (options.multipart) {
    const m = options.multipart;
    // Confluence's XSRF check refuses a multipart request without this header.
    spec.withHeaders('X-Atlassian-Token', 'no-check').withMultiPartFormData(m.field, m.bytes, { filename: m.fileName, contentType: m.contentType });
  }
  const response = (await spec.toss()) as { statusCode: number; headers: Record<string, string>; body: unknown };
  let body = response.body;
  const contentType = response.headers['content-type'] ?? null;
  if (typeof body === 'string' && contentType?.includes('json') && body) {
    try {
      body = JSON.parse(body);
    } catch {
      /* left as text: the schema check will say it is not JSON */
    }
  }
  return { status: response.statusCode, headers: response.headers, body, contentType };
}
