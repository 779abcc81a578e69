// Sends a generated request and judges the answer against the spec.
import { SpecValidator } from '@extender-users/spec';
import { spec, type FuzzRequest } from './arbitraries.js';

export const validator = new SpecValidator(spec);

export interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  headers: string;
  body: unknown;
}

export async function send(baseUrl: string, auth: string, request: FuzzRequest): Promise<Answer> {
  const url = new URL(`${baseUrl}${request.path}`);
  for (const [k, v] of Object.entries(request.query)) url.searchParams.set(k, v);
  const headers: Record<string, string> = { authorization: auth };
  // multipart bodies set their own content type (with the boundary)
  if (request.body && !(request.body.payload instanceof FormData)) headers['content-type'] = request.body.contentType;
  // Confluence's XSRF check would refuse multipart, form and text bodies without it (403).
  if (request.body) headers['x-atlassian-token'] = 'no-check';
  const response = await fetch(url, {
    method: request.method,
    headers,
    body: request.body?.payload as BodyInit | undefined,
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type');
  let body: unknown = text;
  if (contentType?.includes('json') && text) body = JSON.parse(text);
  return { status: response.status, contentType, text, headers: JSON.stringify([...response.headers]), body };
}

/** Why an answer breaks the contract, or undefined when it keeps it. */
export function judge(request: FuzzRequest, answer: Answer): string | undefined {
  const where = `${request.method} ${request.path}${Object.keys(request.query).length ? `?${new URLSearchParams(request.query)}` : ''}${request.broken ? ` [${request.broken}]` : ''}`;
  if (answer.status >= 500) return `${where}: ${answer.status} ${answer.text.slice(0, 200)}`;
  const check = validator.validateResponse(request.operationId, answer.status, answer.contentType, answer.body);
  if (!check.valid) return `${where}: ${check.violations[0]!.message}`;
  if (request.broken) {
    if (answer.status < 400) return `${where}: accepted with ${answer.status}`;
    if (request.expected && !request.expected.includes(answer.status))
      return `${where}: ${answer.status}, not ${request.expected.join(' or ')}: ${answer.text.slice(0, 200)}`;
    if (typeof (answer.body as { message?: unknown })?.message !== 'string')
      return `${where}: ${answer.status} without a JSON message`;
  }
  return undefined;
}
