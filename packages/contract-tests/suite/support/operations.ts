// Calls an operation by its operationId: method and path come from the operation table (the
// spec), parameters and bodies are typed by the generated types, so a misspelled operationId,
// parameter or field is a compile error. `callUnchecked` sends deliberately invalid requests.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  operationIds,
  operationTable,
  type OperationId,
  type operations,
  type PathParamsOf,
  type QueryOf,
  type RequestBodyOf,
} from '@extender-users/api-types';
import { recordAnswer } from './every-answer.js';
import { send, type FilePart, type Reply as RawReply } from './http.js';
import { listingTotal, spendRequest } from './request-budget.js';
import type { Credentials } from './settings.js';

/** An answer of one operation. */
export interface Reply<K extends OperationId = OperationId> extends RawReply {
  operationId: K;
}

type Has<T> = [T] extends [never] ? false : true;
type HeadersOf<K extends OperationId> = NonNullable<operations[K]['parameters']['header']>;
type MultipartOf<K extends OperationId> = { [F in keyof RequestBodyOf<K, 'multipart/form-data'>]: FilePart };

export interface CallOptions {
  /** The credentials to use; `null` for none. Default: the target's administrator. */
  auth?: Credentials | null;
  /** Prism picks the named example of the answer (`Prefer: example=…`). */
  example?: string;
  /**
   * A 429 (rate limited) is waited out (`Retry-After`, at most 10 s) and the request sent again,
   * up to 3 times, so a rate-limited instance does not fail checks of other rules. Default true;
   * false for the check that provokes the 429.
   */
  retryRateLimited?: boolean;
}

const RATE_LIMIT_RETRIES = 3;

/** How long a 429 asks to wait, in ms (Retry-After in seconds or as a date; 1 s when absent; at most 10 s). */
function retryDelay(reply: RawReply): number {
  const value = reply.headers['retry-after'];
  const seconds =
    value === undefined ? 1 : /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
  return Math.min(10, Math.max(0, Number.isFinite(seconds) ? seconds : 1)) * 1000;
}

/** What one operation takes: exactly its path parameters, query, headers and body. */
export type CallArgs<K extends OperationId> = CallOptions &
  (Has<PathParamsOf<K>> extends true ? { path: PathParamsOf<K> } : { path?: never }) &
  (Has<QueryOf<K>> extends true ? { query?: QueryOf<K> } : { query?: never }) &
  (Has<HeadersOf<K>> extends true ? { headers: HeadersOf<K> } : { headers?: never }) &
  (Has<RequestBodyOf<K>> extends true ? { json: RequestBodyOf<K> } : { json?: never }) &
  (Has<RequestBodyOf<K, 'multipart/form-data'>> extends true ? { multipart: MultipartOf<K> } : { multipart?: never });

/** Anything at all, for requests that must be refused. */
export interface UncheckedArgs extends CallOptions {
  /** The user the request is about when neither its path nor its body names one (a body sent to be refused), for the write guard. */
  actsOn?: string;
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  headers?: Record<string, string>;
  json?: unknown;
  raw?: { body: string | Buffer; contentType: string };
  multipart?: Record<string, FilePart>;
}

/** The operations whose method is GET: safe against any instance. */
export const readOperations = operationIds.filter((id) => operationTable[id].method === 'GET');
/** The operations that change something. */
export const writeOperations = operationIds.filter((id) => operationTable[id].method !== 'GET');

/** The operations that list users page by page (they take `startAt`). */
export type ListingId = {
  [K in OperationId]: Has<QueryOf<K>> extends true ? ('startAt' extends keyof QueryOf<K> ? K : never) : never;
}[OperationId];
export const listingOperations = operationIds.filter((id): id is ListingId =>
  operationTable[id].parameters.some((p) => p.name === 'startAt'),
);

/** The operations that act on one user named in the path. */
export type OneUserId = {
  [K in OperationId]: Has<PathParamsOf<K>> extends true
    ? 'userName' extends keyof PathParamsOf<K>
      ? K
      : never
    : never;
}[OperationId];
export const oneUserOperations = operationIds.filter((id): id is OneUserId =>
  operationTable[id].parameters.some((p) => p.name === 'userName' && p.in === 'path'),
);

function fillPath(operationId: OperationId, params: Record<string, string> = {}): string {
  return operationTable[operationId].path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${operationId} needs the path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** The user names a request acts on: the `userName` path parameter and a body's `name`. */
function userNamesOf(args: UncheckedArgs): string[] {
  const names: string[] = [];
  if (args.path?.userName !== undefined) names.push(args.path.userName);
  const bodyName = (args.json as { name?: unknown } | undefined)?.name;
  if (typeof bodyName === 'string') names.push(bodyName);
  if (names.length === 0 && args.actsOn !== undefined) names.push(args.actsOn);
  return names;
}

/** Sends a request of the operation; every answer is judged for the conformance checks (every-answer.ts). */
export async function callUnchecked<K extends OperationId>(
  operationId: K,
  args: UncheckedArgs = {},
): Promise<Reply<K>> {
  const { method } = operationTable[operationId];
  const headers = { ...args.headers, ...(args.example ? { Prefer: `example=${args.example}` } : {}) };
  for (let attempt = 0; ; attempt++) {
    spendRequest();
    const raw = await send({
      method,
      path: fillPath(operationId, args.path),
      userNames: userNamesOf(args),
      auth: args.auth,
      query: args.query,
      json: args.json,
      raw: args.raw,
      multipart: args.multipart,
      headers,
    });
    const reply = { ...raw, operationId };
    if (listingOperations.includes(operationId as ListingId) && reply.status === 200)
      listingTotal((reply.body as { total?: unknown } | undefined)?.total);
    recordAnswer(reply);
    if (reply.status !== 429 || args.retryRateLimited === false || attempt >= RATE_LIMIT_RETRIES) return reply;
    await sleep(retryDelay(raw));
  }
}

export function call<K extends OperationId>(operationId: K, args: CallArgs<K>): Promise<Reply<K>> {
  return callUnchecked(operationId, args as UncheckedArgs);
}
