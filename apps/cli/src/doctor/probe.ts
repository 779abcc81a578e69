// What the doctor asks the server, recorded as plain facts for judge.ts: the answers of /status
// (without credentials: they are sent only once the URL proved to be a running Confluence), of
// Confluence's plugin manager for Extender, of one getUsers page, and of Confluence's own "current
// user" resource; and every rate-limit header seen on the way.
// Every request goes through the client's attempts (client.raw), so --timeout ends each attempt and
// --deadline each request, body included, whatever the server does, exactly as for the API calls.
import { EXTENDER_PLUGIN_KEY } from '@extender-users/api-types';
import { seenAnswerOf } from '@extender-users/cli-kit';
import { ExtenderApiError, type ExtenderUsersClient } from '@extender-users/client';
import { describeFailure, type Failure, type Limits } from './failure.js';
import type { Recorder } from './recorder.js';

/** A whole answer. */
export interface ProbeAnswer {
  status: number;
  contentType: string;
  json: unknown;
  loginReason: string | null;
  retryAfter: string | null;
  /** Where redirects led, if the request was redirected. */
  redirectedTo?: string;
  /** Attempts made (the client retries a 429 or 503, say). */
  attempts: number;
}

/** An answer, or how the request failed to get one. */
export type ProbeOutcome = ProbeAnswer | Failure;

export interface Facts {
  status: ProbeOutcome;
  plugin?: ProbeOutcome;
  /** getUsers with maxResults=1 through the client: ok, its typed error, or no whole answer. */
  api?: { ok: true } | { error: ExtenderApiError } | Failure;
  currentUser?: ProbeOutcome;
  rateLimitHeaders: Record<string, string>;
}

export const isFailure = (o: ProbeOutcome | Facts['api'] | undefined): o is Failure =>
  o !== undefined && 'failure' in o;
export const isAnswer = (o: ProbeOutcome | undefined): o is ProbeAnswer => o !== undefined && 'status' in o;

function answerOf(response: Response, text: string, redirectedTo: string | undefined, attempts: number): ProbeAnswer {
  return {
    ...seenAnswerOf(response, text),
    loginReason: response.headers.get('x-seraph-loginreason'),
    attempts,
    ...(redirectedTo ? { redirectedTo } : {}),
  };
}

type LooseGet = (
  path: string,
  init: { signal: AbortSignal; parseAs: 'text' },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

export interface Probe {
  /** A client that sends no credentials, for /status. */
  anonymous: ExtenderUsersClient;
  /** The client with the connection's credentials. */
  client: ExtenderUsersClient;
  recorder: Recorder;
  limits: Limits;
  signal: AbortSignal;
}

/** A GET of a Confluence resource outside the Users API, with the client's attempts and limits. */
async function get(probe: Probe, client: ExtenderUsersClient, path: string): Promise<ProbeOutcome> {
  const from = probe.recorder.mark();
  try {
    // client.raw is typed for the API's paths; these are Confluence's own.
    const { response, data, error } = await (client.raw.GET as unknown as LooseGet)(path, {
      signal: probe.signal,
      parseAs: 'text',
    });
    const body = data ?? error;
    const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
    const attempts = probe.recorder.since(from);
    return answerOf(response, text, attempts.at(-1)?.redirectedTo, attempts.length);
  } catch (error) {
    probe.signal.throwIfAborted();
    if (!(error instanceof ExtenderApiError)) throw error;
    return describeFailure(error, probe.recorder.since(from), Date.now(), probe.limits);
  }
}

/** One getUsers page through the client. */
async function tryApi(probe: Probe): Promise<NonNullable<Facts['api']>> {
  const from = probe.recorder.mark();
  try {
    await probe.client.users.list({ detail: 'name', maxResults: 1, signal: probe.signal });
    return { ok: true };
  } catch (error) {
    probe.signal.throwIfAborted();
    if (!(error instanceof ExtenderApiError)) throw error;
    if (error.kind === 'timeout' || error.kind === 'network')
      return describeFailure(error, probe.recorder.since(from), Date.now(), probe.limits);
    return { error };
  }
}

const refused = (o: ProbeOutcome) => isAnswer(o) && o.status === 401;

/**
 * Everything the doctor needs to know. Credentials go out only once /status said a running
 * Confluence answers; no more after the first refusal (each refused login counts towards
 * Confluence's CAPTCHA), and none after a request that got no whole answer (the server is stuck or
 * slow: the next would wait as long).
 */
export async function gatherFacts(
  probe: Probe,
  isRunningConfluence: (status: ProbeOutcome) => boolean,
): Promise<Facts> {
  const facts: Facts = {
    status: await get(probe, probe.anonymous, '/status'),
    rateLimitHeaders: probe.recorder.rateLimitHeaders,
  };
  if (!isRunningConfluence(facts.status)) return facts;
  facts.plugin = await get(probe, probe.client, `/rest/plugins/1.0/${EXTENDER_PLUGIN_KEY}-key`);
  if (isFailure(facts.plugin) || refused(facts.plugin)) return facts;
  facts.api = await tryApi(probe);
  if (isFailure(facts.api)) return facts;
  if ('error' in facts.api && (facts.api.error.kind === 'unauthorized' || facts.api.error.kind === 'captcha-required'))
    return facts;
  // Neither said whether the credentials work (Extender missing, say): ask Confluence itself.
  const decided = [200, 403].includes(facts.plugin.status) || 'ok' in facts.api || facts.api.error.kind === 'forbidden';
  if (!decided) facts.currentUser = await get(probe, probe.client, '/rest/api/user/current');
  return facts;
}
