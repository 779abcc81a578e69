// What a fault of the broken proxy is: a change to requests or answers, and the check meant to
// catch it (the self-test asserts that this check fails, with this message).
import type { OperationId } from '@extender-users/api-types';

/** A JSON value sent or answered, changed freely by the faults. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A request on its way upstream (a fault may change it). */
export interface Exchange {
  method: string;
  /** The upstream URL: path and query may be changed. */
  url: URL;
  headers: Headers;
  /** The request body as received. */
  body?: Buffer;
  /** The JSON body, parsed; a fault may change it (it is sent again as JSON). */
  json?: Json;
  /** The operation of the spec the request is for, if any, and its path parameters (decoded). */
  operationId?: OperationId;
  params: Record<string, string>;
}

/** An answer (from upstream, or made by the fault). */
export interface ProxyReply {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
  /** The JSON body, parsed; a fault may change it (it is sent again as JSON). */
  json?: Json;
}

export interface ProxyTools {
  /** An administrator's Authorization header value. */
  adminAuth: string;
  /** Whatever a fault remembers between requests (one map per proxy). */
  state: Map<string, unknown>;
  /** Sends a request upstream (as the administrator unless `auth` is given). */
  send(method: string, pathAndQuery: string, options?: { auth?: string; json?: unknown }): Promise<ProxyReply>;
}

export interface ProxyFault {
  /** Changes the request before it goes upstream, or answers it (no upstream request then). */
  request?(exchange: Exchange, tools: ProxyTools): Promise<ProxyReply | undefined> | ProxyReply | undefined;
  /** Changes the upstream's answer in place. */
  response?(exchange: Exchange, answer: ProxyReply, tools: ProxyTools): Promise<void> | void;
}

/** The check meant to catch a fault: its full name (describe > check; a pattern for a family of generated checks) and the message it fails with. */
export interface Catch {
  check: string | RegExp;
  message: RegExp;
}

export interface Fault {
  /** What the broken server does, in words (the README's list). */
  breaks: string;
  /** The checks that must fail, each with its message. Empty for the faults of other tests. */
  caughtBy: Catch[];
  /**
   * For a fault the sweep (every answer of the run) catches: the checks whose answers show it to
   * the sweep. The run makes only those and the fault's own checks; without, it makes every check.
   */
  feeds?: string[];
  /** The run needs the write checks (otherwise it is read-only). */
  writes?: boolean;
  /** Options of the sandbox behind the proxy (e.g. a rate limit). */
  sandbox?: string[];
  /** Options of the contract run (e.g. `--strict`, for a fault that only breaks our assumptions). */
  args?: string[];
  /** Users change during the run: an account created and a login recorded every 150 ms (churn.ts). */
  churn?: boolean;
  /** For a healthy server: what its summary must list (differs from our assumption, undocumented). */
  listed?: RegExp[];
  proxy: ProxyFault;
}

/** A JSON answer made by a fault. */
export function jsonAnswer(status: number, json: unknown, headers: Record<string, string> = {}): ProxyReply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: Buffer.from(JSON.stringify(json)),
    json,
  };
}

/** `text` as a regular expression that matches it literally (check names in --checks and catches). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
