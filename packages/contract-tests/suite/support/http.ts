// Sends requests with pactum. Pactum only sends here: its own expectations print failed requests
// with their headers, and the suite never prints credentials. A guard refuses any write that
// names a user the suite did not create (names starting with `contract-`, in any case: Confluence
// compares user names without regard to case).
import pactum from 'pactum';
import { stringPatterns } from '@extender-users/api-types';
import { OWN_CONNECTION } from './connections.js';
import { target, type Credentials } from './settings.js';

pactum.settings.setLogLevel('SILENT');
pactum.request.setDefaultTimeout(30_000);

export const OWN_PREFIX = 'contract-';

export interface Reply {
  /** What was asked, for reports: method, path and query (never credentials). */
  request?: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  contentType: string | null;
}

/** A file part of a multipart body. */
export interface FilePart {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

export interface Request {
  method: string;
  /** The path below the base URL, path parameters already filled in. */
  path: string;
  /** The user names the request acts on (path parameter and body), for the write guard. */
  userNames: string[];
  /** The credentials to use; `null` for none. Default: the target's. */
  auth?: Credentials | null;
  query?: Record<string, string | number | boolean>;
  json?: unknown;
  raw?: { body: string | Buffer; contentType: string };
  multipart?: Record<string, FilePart>;
  headers?: Record<string, string>;
}

/** A name the suite owns: `contract-<label>-<random>`. */
export function ownName(label: string): string {
  return `${OWN_PREFIX}${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** A name of the suite's own users: `contract-…` in any case (names are compared without regard to case). */
export const isOwnName = (name: string): boolean => name.toLowerCase().startsWith(OWN_PREFIX);

/** The name in other case (upper case, or lower case when it is all upper case already): the same user to Confluence. */
export const otherCase = (name: string): string =>
  name === name.toUpperCase() ? name.toLowerCase() : name.toUpperCase();

const USER_NAME = new RegExp(stringPatterns.UserName.pattern, 'u');

/** Whether the spec allows `name` as a user name (a name it forbids cannot be anybody's). */
export function isUserName(name: string): boolean {
  return (
    name.length >= stringPatterns.UserName.minLength &&
    name.length <= stringPatterns.UserName.maxLength &&
    USER_NAME.test(name)
  );
}

/**
 * Refuses a write unless every user it names is one the suite creates (and it names one). A name
 * the spec forbids (sent on purpose, to be refused) cannot be anybody's, so it is let through.
 */
export function assertOwned(request: Pick<Request, 'method' | 'path' | 'userNames'>): void {
  if (request.method === 'GET') return;
  const foreign = request.userNames.find((name) => !isOwnName(name) && isUserName(name));
  if (request.userNames.length === 0 || foreign !== undefined) {
    throw new Error(
      `Refusing ${request.method} ${request.path}: the suite only changes users it created (${OWN_PREFIX}*)${foreign === undefined ? '' : `, not '${foreign}'`}`,
    );
  }
}

export async function send(request: Request): Promise<Reply> {
  assertOwned(request);
  const spec = pactum
    .spec()
    .withMethod(request.method)
    .withPath(`${target.baseUrl}${request.path}`)
    .withCore(OWN_CONNECTION);
  const auth = request.auth === undefined ? target.auth : request.auth;
  if (auth && 'token' in auth) spec.withHeaders('Authorization', `Bearer ${auth.token}`);
  else if (auth) spec.withAuth(auth.user, auth.password);
  if (request.headers) spec.withHeaders(request.headers);
  if (request.query && Object.keys(request.query).length > 0)
    spec.withQueryParams(Object.fromEntries(Object.entries(request.query).map(([k, v]) => [k, String(v)])));
  if (request.json !== undefined) spec.withJson(request.json as object);
  if (request.raw) spec.withHeaders('Content-Type', request.raw.contentType).withBody(request.raw.body);
  for (const [field, part] of Object.entries(request.multipart ?? {})) {
    spec.withMultiPartFormData(field, part.bytes, { filename: part.fileName, contentType: part.contentType });
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
  const query = new URLSearchParams(Object.entries(request.query ?? {}).map(([k, v]) => [k, String(v)])).toString();
  return {
    request: `${request.method} ${request.path}${query ? `?${query}` : ''}`,
    status: response.statusCode,
    headers: response.headers,
    body,
    contentType,
  };
}
