// One call's request: the URL from the operation's method and path (operationRoutes, the operation
// table's small twin) and the call's parameters, encoded as openapi-fetch encodes them (each path
// parameter and query value with encodeURIComponent, absent query values left out), built once per
// call; then each attempt sent as `fetch(url, init)`. The default fetch builds the attempt's only
// Request itself (openapi-fetch would build one more, which fetch then copies). The answer is read
// as openapi-fetch reads it.
import {
  operationRoutes,
  type OperationId,
  type operations,
  type PathParamsOf,
  type QueryOf,
  type RequestBodyOf,
} from '@extender-users/api-types';
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

/**
 * The operation's method and full URL. A path parameter that is missing, empty, `.` or `..` is a
 * TypeError before anything is sent: sent as text (`undefined`) or resolved by the URL parser
 * (`..`), it would name another user, or another resource.
 */
export function requestLine<K extends OperationId>(
  baseUrl: string,
  operation: K,
  parts: Pick<RequestParts<K>, 'path' | 'query'>,
): { method: string; url: string } {
  const { method, path: schemaPath } = operationRoutes[operation];
  const path: object = parts.path ?? {};
  const query: object = parts.query ?? {};
  let url =
    baseUrl +
    schemaPath.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = (path as Record<string, unknown>)[name];
      if (value === undefined || value === null || value === '' || value === '.' || value === '..') {
        throw new TypeError(
          `${operation}: ${name} must be a non-empty name other than '.' and '..', got ${value === '' ? "''" : String(value)}`,
        );
      }
      return encodeURIComponent(value as string);
    });
  let separator = '?';
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    url += `${separator}${name}=${encodeURIComponent(value as string)}`;
    separator = '&';
  }
  return { method, url };
}

/**
 * Sends one attempt. `headers` are the client's fixed ones (auth, accept, user agent) and
 * `jsonHeaders` the same with the JSON content type, both built once per client; a call's own
 * header parameters are set over them by name, whatever its case, absent ones left out.
 */
export async function sendOnce(
  { method, url }: { method: string; url: string },
  headers: Record<string, string>,
  jsonHeaders: Record<string, string>,
  // Typed by the call (RequestParts of its operation); here only sent.
  { header, body }: { header?: object | undefined; body?: unknown },
  { signal, fetch }: AttemptInit,
): Promise<Answer> {
  const plain = body === undefined || body instanceof FormData; // sent as is (fetch sets a form's content type)
  let sent: HeadersInit = plain ? headers : jsonHeaders;
  if (header) {
    const merged = new Headers(sent);
    for (const [name, value] of Object.entries(header))
      if (value !== undefined && value !== null) merged.set(name, String(value));
    sent = merged;
  }
  const init: RequestInit = { method, headers: sent, signal };
  // Not even `body: undefined` without a body: Node 20's fetch then takes a slower path (10–30 µs of CPU a request).
  if (body !== undefined) init.body = plain ? (body as FormData) : JSON.stringify(body);
  const response = await fetch(url, init);
  // Parsed as openapi-fetch parses: JSON, an empty body as undefined, an error body kept as text when it is not JSON.
  const text = await response.text();
  if (response.ok) return { data: text ? JSON.parse(text) : undefined, response };
  try {
    return { error: JSON.parse(text), response };
  } catch {
    return { error: text, response };
  }
}
