// What the doctor asks the server, recorded as plain facts for judge.ts: the answers of /status
// (without credentials: they are sent only once the URL proved to be Confluence), of Confluence's
// plugin manager for Extender, of Confluence's own "current user" resource, and of one getUsers
// page; and every rate-limit header seen on the way.
import { EXTENDER_PLUGIN_KEY } from '@extender-users/api-types';
import { ExtenderApiError, type ExtenderUsersClient } from '@extender-users/client';

/** An answer, or why there was none. */
export type Answer = { status: number; contentType: string; json: unknown; loginReason: string | null } | { failure: string };

export interface Facts {
  status: Answer;
  plugin?: Answer;
  currentUser?: Answer;
  /** getUsers with maxResults=1 through the client: ok, or the client's typed error. */
  api?: { ok: true } | { error: ExtenderApiError };
  rateLimitHeaders: Record<string, string>;
}

const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-interval-seconds', 'x-ratelimit-fillrate', 'retry-after'];

/** A fetch that notes the rate-limit headers of every answer. */
export function recordingFetch(seen: Record<string, string>): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await globalThis.fetch(request);
    for (const name of RATE_LIMIT_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) seen[name] = value;
    }
    return response;
  };
}

async function answerOf(response: Response): Promise<Answer> {
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  let json: unknown;
  try {
    json = /json/i.test(contentType) ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType, json, loginReason: response.headers.get('x-seraph-loginreason') };
}

const failureOf = (error: unknown) => ({ failure: error instanceof ExtenderApiError ? (error.serverMessage ?? error.message) : (error as Error)?.message ?? String(error) });

/** GET {base}/status, without credentials. */
export async function probeStatus(baseUrl: string, fetch: (request: Request) => Promise<Response>, timeoutMs: number, signal: AbortSignal): Promise<Answer> {
  try {
    const limit = timeoutMs > 0 ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : signal;
    return await answerOf(await fetch(new Request(`${baseUrl}/status`, { headers: { accept: 'application/json' }, signal: limit })));
  } catch (error) {
    signal.throwIfAborted();
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    return { failure: (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (cause ?? (error as Error).message) };
  }
}

type LooseGet = (path: string, init: { signal: AbortSignal; parseAs: 'text' }) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** A GET of a Confluence resource outside the Users API, with the client's credentials, attempts and limits. */
async function getWithCredentials(client: ExtenderUsersClient, path: string, signal: AbortSignal): Promise<Answer> {
  try {
    // client.raw is typed for the API's paths; these two are Confluence's own.
    const { response, data, error } = await (client.raw.GET as unknown as LooseGet)(path, { signal, parseAs: 'text' });
    const body = data ?? error;
    const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
    return answerOf(new Response([204, 205, 304].includes(response.status) ? null : text, { status: response.status, headers: response.headers }));
  } catch (error) {
    signal.throwIfAborted();
    return failureOf(error);
  }
}

const refused = (a: Answer) => 'status' in a && a.status === 401;

/**
 * Everything the doctor needs to know. Credentials go out only once /status looked like Confluence,
 * and no more after the first refusal: each refused login counts towards Confluence's CAPTCHA.
 */
export async function gatherFacts(
  baseUrl: string,
  client: ExtenderUsersClient,
  options: { fetch: (request: Request) => Promise<Response>; timeoutMs: number; signal: AbortSignal; isConfluence: (status: Answer) => boolean; rateLimitHeaders: Record<string, string> },
): Promise<Facts> {
  const facts: Facts = { status: await probeStatus(baseUrl, options.fetch, options.timeoutMs, options.signal), rateLimitHeaders: options.rateLimitHeaders };
  if (!options.isConfluence(facts.status)) return facts;
  facts.plugin = await getWithCredentials(client, `/rest/plugins/1.0/${EXTENDER_PLUGIN_KEY}-key`, options.signal);
  if (refused(facts.plugin)) return facts;
  try {
    await client.users.list({ detail: 'name', maxResults: 1, signal: options.signal });
    facts.api = { ok: true };
  } catch (error) {
    options.signal.throwIfAborted();
    if (!(error instanceof ExtenderApiError)) throw error;
    facts.api = { error };
    if (error.kind === 'unauthorized' || error.kind === 'captcha-required') return facts;
  }
  // Neither said whether the credentials work (Extender missing, say): ask Confluence itself.
  const decided = ('status' in facts.plugin && [200, 403].includes(facts.plugin.status)) || 'ok' in facts.api || facts.api.error.kind === 'forbidden';
  if (!decided) facts.currentUser = await getWithCredentials(client, '/rest/api/user/current', options.signal);
  return facts;
}
