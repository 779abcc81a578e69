// From an answer (or its absence) to the typed error: the one place that maps statuses, bodies
// and failures to the ExtenderApiError family.
import type { components, NotFoundMeaning, OperationId } from '@extender-users/api-types';
import { NOT_FOUND_MEANING } from '@extender-users/api-types';
import {
  BadRequestError,
  CaptchaRequiredError,
  ConflictError,
  ExtenderApiError,
  ForbiddenError,
  NetworkError,
  NotExtenderError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  UnsupportedOperationError,
  type ExtenderApiErrorInit,
  type Operation,
} from './errors.js';
import { redact } from './redact.js';
import { retryAfterMs } from './retry-policy.js';

const byStatus: Record<number, new (init: ExtenderApiErrorInit) => ExtenderApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  415: UnsupportedMediaTypeError,
};

const CAPTCHA_REASON: components['headers']['XSeraphLoginReason'] = 'AUTHENTICATION_DENIED';
const CAPTCHA_ADVICE =
  'Confluence wants a CAPTCHA for this account after too many failed logins (X-Seraph-LoginReason: AUTHENTICATION_DENIED): ' +
  'its password is refused, even the right one, until the user logs in once through the web page or an administrator clears it';

const MAX_MESSAGE = 300;
const HTML = /<\/?[a-z][\s\S]*>/i;

/** The message inside an error body: JSON `message`, an HTML page's title or text, or plain text. */
export function messageFromBody(body: unknown): string | undefined {
  let text: string | undefined;
  if (body && typeof body === 'object') {
    const candidate = (body as Record<string, unknown>).message ?? (body as Record<string, unknown>).errorMessage;
    text = typeof candidate === 'string' ? candidate : JSON.stringify(body);
  } else if (typeof body === 'string') {
    text = HTML.test(body) ? textOfHtml(body) : body;
  }
  text = text?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;
}

function textOfHtml(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const strip = (s: string) =>
    s
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  const parts = [title, heading].filter((s): s is string => !!s).map((s) => strip(s).trim());
  if (parts.length > 0) return [...new Set(parts)].join(' — ');
  return strip(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' '));
}

/** The error for an answer that is not the Users API's; `orElse` names another possible cause. */
export function notExtender(
  operation: Operation,
  status: number,
  what: string,
  serverMessage?: string,
  orElse?: string,
): NotExtenderError {
  return new NotExtenderError({
    operation,
    status,
    serverMessage,
    detail:
      `${what}: the URL does not look like Confluence with Extender (check the base URL and its context path, ` +
      `and that the Extender app is installed and enabled${orElse ? `; or ${orElse}` : ''})`,
  });
}

/**
 * The typed error for an HTTP error response whose body openapi-fetch has already read (parsed
 * JSON, else text). The API answers errors with JSON `{ message }`; only its 401 (Confluence's
 * login layer) and 429 (rate limiting) may be HTML or text, and any 5xx stays a ServerError
 * whatever its body, since proxies answer those with their own pages.
 */
export function errorFromResponse(
  operation: OperationId,
  response: Response,
  body: unknown,
  secrets: readonly string[],
  notFound: NotFoundMeaning = NOT_FOUND_MEANING[operation],
): ExtenderApiError {
  const { status } = response;
  const message = messageFromBody(body);
  const init = { operation, status, serverMessage: message === undefined ? undefined : redact(message, secrets) };
  if (status === 429) return new RateLimitError({ ...init, retryAfterMs: retryAfterMs(response.headers) });
  if (status >= 500) return new ServerError(init);
  if (status === 401) {
    return response.headers.get('x-seraph-loginreason') === CAPTCHA_REASON
      ? new CaptchaRequiredError({ ...init, detail: CAPTCHA_ADVICE })
      : new UnauthorizedError(init);
  }
  const meaning = status === 404 ? notFound : true;
  // A 404 of an operation newer than some Extender versions: which ones lack it.
  const after = typeof meaning === 'string' ? meaning : typeof meaning === 'object' ? meaning.after : undefined;
  const lacking = after
    ? `Extender ${after} and older do not have ${operation} (it came in a later version, which one is not known)`
    : '';
  if (typeof (body as { message?: unknown } | null)?.message !== 'string') {
    const what =
      typeof body === 'string'
        ? HTML.test(body)
          ? 'an HTML page'
          : body
            ? 'text'
            : 'no body'
        : 'JSON without a message';
    return notExtender(operation, status, `${what} where the API answers JSON`, init.serverMessage, lacking);
  }
  if (!meaning) return notExtender(operation, status, `${operation} never answers 404`, init.serverMessage);
  if (typeof meaning === 'string')
    return new UnsupportedOperationError({ ...init, detail: `this server's Extender does not have it: ${lacking}` });
  // The operation documents its own 404 (no such user) and is newer than some versions: either.
  if (lacking)
    return new NotFoundError({ ...init, detail: `or this server's Extender does not have the operation: ${lacking}` });
  const ErrorClass = byStatus[status] ?? ExtenderApiError;
  return new ErrorClass(init);
}

/** Node's fetch refused a port the Fetch standard blocks, before connecting: no retry can help. */
export const isBlockedPort = (failure: unknown) =>
  (failure as { cause?: { message?: unknown } } | undefined)?.cause?.message === 'bad port';

/**
 * OpenSSL's own words for a failed TLS handshake (`…:error:0A00010B:SSL routines:ssl3_get_record:wrong
 * version number:…/ssl3_record.c:350:` and a line break), as one line: its reason, and for the
 * commonest, an https URL on a plain http port, what to do.
 */
export function tlsFailure(message: string): string | undefined {
  const reason = /SSL routines:[^:]*:([^:]+):/.exec(message)?.[1];
  if (reason === undefined) return undefined;
  return reason === 'wrong version number'
    ? 'TLS handshake failed: wrong version number (the server on this port does not speak https: an http:// URL?)'
    : `TLS handshake failed: ${reason}`;
}

/** The typed error for a request that got no answer (a caller's abort is handled before). */
export function errorFromFailure(operation: Operation, failure: unknown, secrets: readonly string[]): ExtenderApiError {
  if (failure instanceof ExtenderApiError) return failure;
  const message = String(
    (failure as { cause?: { message?: string } })?.cause?.message ?? (failure as Error)?.message ?? failure,
  );
  const detail = redact(tlsFailure(message) ?? message.replace(/\s+/g, ' ').trim(), secrets);
  const blocked = isBlockedPort(failure)
    ? ' (fetch never connects to this port, one the Fetch standard blocks: use another)'
    : '';
  return new NetworkError({ operation, detail: `request failed: ${detail}${blocked}` });
}
