// Calls an operation by its operationId: method and path come from the operation table (the
// spec), parameters and bodies are typed by the generated types, so a misspelled operationId,
// parameter or field is a compile error. `callUnchecked` sends deliberately invalid requests.
import { operationIds, operationTable, type OperationId, type operations, type PathParamsOf, type QueryOf, type RequestBodyOf } from '@extender-users/api-types';
import { send, type FilePart, type Reply as RawReply } from './http.js';
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
export type ListingId = { [K in OperationId]: Has<QueryOf<K>> extends true ? ('startAt' extends keyof QueryOf<K> ? K : never) : never }[OperationId];
export const listingOperations = operationIds.filter((id): id is ListingId => operationTable[id].parameters.some((p) => p.name === 'startAt'));

/** The operations that act on one user named in the path. */
export type OneUserId = { [K in OperationId]: Has<PathParamsOf<K>> extends true ? ('userName' extends keyof PathParamsOf<K> ? K : never) : never }[OperationId];
export const oneUserOperations = operationIds.filter((id): id is OneUserId => operationTable[id].parameters.some((p) => p.name === 'userName' && p.in === 'path'));

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
  return names;
}

export async function callUnchecked<K extends OperationId>(operationId: K, args: UncheckedArgs = {}): Promise<Reply<K>> {
  const { method } = operationTable[operationId];
  const headers = { ...args.headers, ...(args.example ? { Prefer: `example=${args.example}` } : {}) };
  const reply = await send({
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
  return { ...reply, operationId };
}

export function call<K extends OperationId>(operationId: K, args: CallArgs<K>): Promise<Reply<K>> {
  return callUnchecked(operationId, args as UncheckedArgs);
}
