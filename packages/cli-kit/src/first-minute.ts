// The first minute against a base URL, judged one way for every program of the project (the CLI's
// doctor, the contract suite): nothing listens, something that is not Confluence answers (an HTML
// page, another web server), Confluence is not RUNNING, or a login front redirects the requests
// that carry credentials. Pure: each program asks with its own HTTP stack and hands the answers here.

/** A whole answer to a GET, as seen by the program that sent it. */
export interface SeenAnswer {
  status: number;
  contentType: string;
  /** The body parsed as JSON, when it was JSON. */
  json: unknown;
  retryAfter: string | null;
  /** Where redirects led, if the request was redirected. */
  redirectedTo?: string | undefined;
  /** Attempts made (a client may retry a 429 or 503). */
  attempts?: number;
}

/** A whole answer as judged here: its status, content type, JSON body (when it is JSON) and Retry-After. */
export function seenAnswerOf(response: Response, text: string): SeenAnswer {
  const contentType = response.headers.get('content-type') ?? '';
  let json: unknown;
  try {
    json = /json/i.test(contentType) ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType, json, retryAfter: response.headers.get('retry-after') };
}

/** The URL without its query (a login page's os_destination, a SAML request): short, and nothing private. */
export const shownUrl = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
};

/** Whether a URL (its host or path) looks like a login or single sign-on page. */
export const looksLikeLogin = (url: string): boolean =>
  /log-?in|sign-?in|sso|saml|oauth|openid|auth|adfs/i.test(shownUrl(url).replace(/^[a-z]+:\/\//i, ''));

/** What a single sign-on front means for a REST client, and what to do. */
export const LOGIN_FRONT =
  'a single sign-on or login front stands before Confluence and did not take the credentials; ask its administrators how REST clients get through (e.g. a personal access token with --token), or use a URL that reaches Confluence directly';

/** A note for an error whose request was redirected to `url`. */
export function redirectNote(url: string): string {
  return looksLikeLogin(url)
    ? `the request was redirected to ${shownUrl(url)}, a login page: ${LOGIN_FRONT}`
    : `the request was redirected to ${shownUrl(url)}: check the base URL (CONFLUENCE_URL or --url)`;
}

/** `HTTP 200 text/html, after a redirect to https://sso.acme.test/login`. */
export const describeAnswer = (a: SeenAnswer): string =>
  `HTTP ${a.status}${a.contentType ? ` ${a.contentType.split(';')[0]}` : ''}${a.redirectedTo ? `, after a redirect to ${shownUrl(a.redirectedTo)}` : ''}`;

const isObject = (json: unknown) => json !== null && typeof json === 'object' && !Array.isArray(json);

/** What to check when a base URL does not answer at all; `flag`: the program's option for it. */
export const checkUrl = (flag = '--url'): string => `check CONFLUENCE_URL or ${flag}, and that Confluence is running`;

/**
 * Why a request got no answer, from a fetch error, in the words of the project's client (which the
 * doctor shows): Node's fetch says only "fetch failed"; its cause says why (`connect ECONNREFUSED
 * 127.0.0.1:8090`, `getaddrinfo ENOTFOUND wiki.acme.test`, `bad port`).
 */
export function networkCause(error: unknown): string {
  if ((error as { name?: string } | undefined)?.name === 'TimeoutError') return 'no answer in time';
  const cause = (error as { cause?: { message?: unknown } } | undefined)?.cause?.message;
  if (cause === 'bad port')
    return 'bad port (fetch never connects to this port, one the Fetch standard blocks: use another)';
  const message = String(cause ?? (error as Error | undefined)?.message ?? error);
  // OpenSSL's words for a failed handshake end in a line break; its reason, on one line, and for an
  // https URL on a plain http port, what to do (the client says it the same way: it cannot use this package).
  const tls = /SSL routines:[^:]*:([^:]+):/.exec(message)?.[1];
  if (tls === 'wrong version number')
    return 'TLS handshake failed: wrong version number (the server on this port does not speak https: an http:// URL?)';
  if (tls !== undefined) return `TLS handshake failed: ${tls}`;
  return message.replace(/\s+/g, ' ').trim();
}

/** What to do while Confluence is in a state other than RUNNING (`again`: run the program again). */
const stateAdvice = (state: string, again: string): string =>
  ({
    STARTING: `wait until it has started, then ${again}`,
    STOPPING: `it is shutting down; start it again, or wait until it is back, then ${again}`,
    ERROR: `it failed to start; see its logs, then ${again}`,
    FIRST_RUN: `finish its setup in a browser first, then ${again}`,
  })[state] ?? `wait until it is RUNNING, or see its logs, then ${again}`;

/** Confluence's state, from /status's JSON whatever the status (a starting Confluence answers 503 {"state":"STARTING"}). */
export function confluenceState(status: SeenAnswer): string | undefined {
  const state = isObject(status.json) ? (status.json as { state?: unknown }).state : undefined;
  return typeof state === 'string' ? state : undefined;
}

/** Whether /status answered as a running Confluence does: 200 JSON with `state` RUNNING. */
export const isRunningConfluence = (status: SeenAnswer): boolean =>
  status.status === 200 && confluenceState(status) === 'RUNNING';

export type StatusVerdict = { verdict: 'running' } | { verdict: 'not-running' | 'not-confluence'; message: string };

/**
 * What `{base}/status` (asked without credentials) says of the base URL: a running Confluence, a
 * Confluence in another state, or not Confluence, with why and what to do. `again`: how to retry
 * (e.g. `run doctor again`).
 */
export function judgeStatus(status: SeenAnswer, again: string): StatusVerdict {
  const state = confluenceState(status);
  if (state === 'RUNNING' && status.status === 200) return { verdict: 'running' };
  if (state !== undefined)
    return {
      verdict: 'not-running',
      message: `it is Confluence, but ${state} (HTTP ${status.status}), not RUNNING${state === 'STARTING' ? ' yet' : ''}: ${stateAdvice(state, again)}`,
    };
  const answer = `/status answered ${describeAnswer(status)}${(status.attempts ?? 1) > 1 ? ` after ${status.attempts} attempts` : ''}`;
  if (status.status === 429) {
    const wait =
      status.retryAfter === null
        ? 'wait a while'
        : /^\d+$/.test(status.retryAfter)
          ? `wait (it asks for ${status.retryAfter} s)`
          : `wait (it asks until ${status.retryAfter})`;
    return {
      verdict: 'not-confluence',
      message: `${answer}: the server (Confluence, or a proxy in front of it) is rate-limiting the requests from here; ${wait} and ${again}`,
    };
  }
  if (status.status >= 500)
    return {
      verdict: 'not-confluence',
      message: `${answer}: the server is failing (Confluence answers /status with its state even while it starts, so Confluence or a proxy in front of it is broken); see its logs, then ${again}`,
    };
  if (status.redirectedTo && looksLikeLogin(status.redirectedTo))
    return {
      verdict: 'not-confluence',
      message: `${answer}, a login page, not Confluence's {"state":…}: ${LOGIN_FRONT}`,
    };
  return {
    verdict: 'not-confluence',
    message: `it is not Confluence: ${answer}, not Confluence's {"state":…}; check the base URL and its context path (e.g. https://wiki.acme.test/confluence)`,
  };
}

/**
 * A request with credentials that was redirected and did not end at Confluence's JSON: the
 * credentials were not verified. The message, or undefined when `answer` is not such a one.
 */
export function redirectedAway(answer: SeenAnswer, flag = '--url'): string | undefined {
  if (!answer.redirectedTo || isObject(answer.json)) return undefined;
  const seen = `HTTP ${answer.status}${answer.contentType ? ` ${answer.contentType.split(';')[0]}` : ''}`;
  const where = shownUrl(answer.redirectedTo);
  return looksLikeLogin(answer.redirectedTo)
    ? `the requests with credentials were redirected to ${where}, a login page (${seen}): ${LOGIN_FRONT}`
    : `the requests with credentials were redirected to ${where} (${seen}), which is not Confluence's answer: check the base URL (CONFLUENCE_URL or ${flag}) and what stands in front of Confluence`;
}
