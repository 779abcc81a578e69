// One attempt of one operation: the URL from the operation's method and path (operationRoutes, the operation table's small twin) and the call's
// parameters (encoded as openapi-fetch encodes them: each path parameter and query value with
// encodeURIComponent, absent values left out), sent as `fetch(url, init)`. The default fetch builds
// the attempt's only Request itself (openapi-fetch would build one more, which fetch then copies).
// The answer is read as openapi-fetch reads it.
import { operationRoutes, type OperationId, type operations, type PathParamsOf, type QueryOf, type RequestBodyOf } from '@extender-users/api-types';
import type { AttemptInit } from './attempts.js';

/** What a call gives its operation: path and query parameters, headers and a body, as the spec types them. */
export interface RequestParts<K extends OperationId> {
  path?: PathParamsOf<K>;
  query?: QueryOf<K>;
  header?: operations[K]['parameters']['header'];
  body?: RequestBodyOf<K> | FormData;
}

export interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The operation's path with its parameters, and the query string (parameters are strings, numbers or booleans). */
function urlOf(schemaPath: string, path: object = {}, query: object = {}): string {
  let url = schemaPath.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent((path as Record<string, string>)[name]!));
  let separator = '?';
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    url += `${separator}${name}=${encodeURIComponent(value as string)}`;
    separator = '&';
  }
  return url;
}

/**
 * Sends one attempt. `headers` are the client's fixed ones (auth, accept, user agent) and
 * `jsonHeaders` the same with the JSON content type, both built once per client.
 */
export async function sendOnce<K extends OperationId>(
  baseUrl: string,
  headers: Record<string, string>,
  jsonHeaders: Record<string, string>,
  operation: K,
  { path, query, header, body }: RequestParts<K>,
  { signal, fetch }: AttemptInit,
): Promise<Answer> {
  const { method, path: schemaPath } = operationRoutes[operation];
  const plain = body === undefined || body instanceof FormData; // sent as is (fetch sets a form's content type)
  const fixed = plain ? headers : jsonHeaders;
  const init: RequestInit = { method, headers: header ? { ...fixed, ...header } : fixed, signal };
  // Not even `body: undefined` without a body: Node 20's fetch then takes a slower path (10–30 µs of CPU a request).
  if (body !== undefined) init.body = plain ? body : JSON.stringify(body);
  const response = await fetch(baseUrl + urlOf(schemaPath, path, query), init);
  // Parsed as openapi-fetch parses: JSON, an empty body as undefined, an error body kept as text when it is not JSON.
  const text = await response.text();
  if (response.ok) return { data: text ? JSON.parse(text) : undefined, response };
  try {
    return { error: JSON.parse(text), response };
  } catch {
    return { error: text, response };
  }
}
