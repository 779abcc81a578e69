// Every answer of the run, judged against the spec as the checked version had it: its status is
// one the operation documents, its content type one the status documents, its body fits that
// schema, the headers the status requires are there (and documented headers fit their schema),
// and it carries no secret. Nothing is thrown here: the conformance checks, run last, report what
// was found and in which check, so no answer escapes because its check looked at something else.
import type { OperationId } from '@extender-users/api-types';
import { baseMediaType, findOperation, resolveRef, type Violation as SchemaViolation } from '@extender-users/spec';
import { answerValidator, openValidator, promiseValidator, secretIn, spec, validator } from './expectations.js';
import type { Reply } from './operations.js';
import { sourceAt, type Source } from './promises.js';
import { target } from './settings.js';
import { generalized, undocumentedFields } from './undocumented.js';

export type Rule = 'status' | 'contentType' | 'body' | 'headers' | 'secrets';

export interface Violation {
  rule: Rule;
  /** `operationId status: what`, as every failure of the suite begins. */
  what: string;
  /** The check that received the answer. */
  check: string;
}

/** An answer that keeps every promise but not one of our assumptions: `operationId status: what`, with the assumption. */
export interface Assumed {
  what: string;
  source: Source;
  /** The check that first received it. */
  check: string;
  /** In how many answers. */
  answers: number;
}

/** A field the description does not know, wherever it was seen: `operationId status: pointer` (array positions as `*`). */
export interface Undocumented {
  what: string;
  /** The check that first received it. */
  check: string;
  /** In how many answers. */
  answers: number;
  /** The first request that got it (method, path and query). */
  request?: string;
}

let currentCheck = '(outside any check)';
let answers = 0;
let rateLimit: number | undefined;
const violations: Violation[] = [];
const undocumented = new Map<string, Undocumented>();
const statuses = new Map<string, Undocumented>();
const headerNames = new Map<string, Undocumented>();
const assumed = new Map<string, Assumed>();
const present = new Map<OperationId, boolean>();

/** Names the check whose requests follow (called by `check`). */
export function setCurrentCheck(name: string): void {
  currentCheck = name;
}

/** The smallest rate limit the server's answers advertised (`X-RateLimit-Limit`), if any. */
export const rateLimitAdvertised = (): number | undefined => rateLimit;

/** How many answers were judged. */
export const answersJudged = (): number => answers;

/** The fields the description does not know, each once, in the order they were first seen. */
export const undocumentedSeen = (): Undocumented[] => [...undocumented.values()];

/** Statuses an operation answered that the description does not list for it (a 5xx aside: that fails), each once. */
export const undocumentedStatuses = (): Undocumented[] => [...statuses.values()];

/** Response headers the description does not know (nor every HTTP server sends), each name once. */
export const undocumentedHeaders = (): Undocumented[] => [...headerNames.values()];

/**
 * Headers every HTTP server or proxy may send, about the message itself (framing, caching,
 * cookies, transport security): never listed as undocumented. Any other header the description
 * does not name is, so that the list is what to describe next.
 */
export const EVERY_SERVER_SENDS = [
  'accept-ranges',
  'age',
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'content-type',
  'date',
  'etag',
  'expires',
  'keep-alive',
  'last-modified',
  'pragma',
  'server',
  'set-cookie',
  'strict-transport-security',
  'transfer-encoding',
  'vary',
  'via',
];

/** Headers of the Fetch standard's cross-origin sharing (CORS): about the message too, never listed. */
const isHttpLevel = (name: string) => name.startsWith('access-control-');

/** The Prism mock's own header, its findings about the request (`sl-violations`): the mock's, not the API's. */
const isTheMocks = (name: string) => target.kind === 'prism' && name === 'sl-violations';

let described: Set<string> | undefined;
/** Every header name a response of the description has, lower-case. */
function describedHeaders(): Set<string> {
  if (!described) {
    described = new Set(EVERY_SERVER_SENDS);
    for (const item of Object.values(spec.paths))
      for (const operation of Object.values(item as Record<string, { responses?: Record<string, unknown> }>))
        for (const raw of Object.values(operation?.responses ?? {})) {
          const response = resolveRef<{ headers?: Record<string, unknown> }>(spec, raw as { headers?: never });
          for (const name of Object.keys(response?.headers ?? {})) described.add(name.toLowerCase());
        }
  }
  return described;
}

/** Counts one sighting of `what` under `key`, remembering the first check (and request) that saw it. */
function sighted(into: Map<string, Undocumented>, key: string, what: string, reply: Reply): void {
  const seen = into.get(key);
  if (seen) seen.answers++;
  else into.set(key, { what, check: currentCheck, answers: 1, ...(reply.request ? { request: reply.request } : {}) });
}

/** Where answers differ from our assumptions of their bodies, each once, in the order first seen. */
export const assumptionsUnmet = (): Assumed[] => [...assumed.values()];

/** What was found against one rule. */
export const violationsOf = (rule: Rule): Violation[] => violations.filter((v) => v.rule === rule);

/** Whether the checked version's spec has the operation (answers of one it lacks are the version checks' business). */
function inSpec(operationId: OperationId): boolean {
  let known = present.get(operationId);
  if (known === undefined) {
    try {
      findOperation(spec, operationId);
      known = true;
    } catch {
      known = false;
    }
    present.set(operationId, known);
  }
  return known;
}

/** A header's text as its schema types it (integers arrive as text). */
function headerValue(schema: { type?: unknown } | undefined, text: string): unknown {
  return schema?.type === 'integer' && /^-?\d+$/.test(text) ? Number(text) : text;
}

/**
 * Keeps what an answer that keeps every promise breaks of our assumptions (the violations of the
 * description with closed objects aside), once per operation, status and constraint.
 */
function recordAssumed(reply: Reply, violations: SchemaViolation[]): void {
  if (violations.length === 0) return;
  const sourced = violations.map((v) => ({ v, source: sourceAt(v.schemaPath) }));
  const { v, source } = sourced.find((s) => s.source?.kind === 'assumption') ?? sourced[0]!;
  const key = `${reply.operationId} ${reply.status}: ${v.schemaPath}`;
  const seen = assumed.get(key);
  if (seen) seen.answers++;
  else
    assumed.set(key, {
      what: `${reply.operationId} ${reply.status}: ${v.message.replace(v.instancePath, generalized(v.instancePath))} (${v.schemaPath})`,
      source: source ?? { kind: 'assumption', ref: 'spec/README.md', note: 'a constraint of ours' },
      check: currentCheck,
      answers: 1,
    });
}

/** Judges one answer; returns what it breaks (also kept for the conformance checks). */
export function recordAnswer(reply: Reply): Violation[] {
  const limit = Number(reply.headers['x-ratelimit-limit']);
  if (Number.isInteger(limit) && limit > 0) rateLimit = Math.min(rateLimit ?? limit, limit);
  if (!inSpec(reply.operationId)) return [];
  answers++;
  const found: Violation[] = [];
  const add = (rule: Rule, what: string) =>
    found.push({ rule, what: `${reply.operationId} ${reply.status}: ${what}`, check: currentCheck });
  for (const name of Object.keys(reply.headers)) {
    const lower = name.toLowerCase();
    if (!describedHeaders().has(lower) && !isHttpLevel(lower) && !isTheMocks(lower))
      sighted(headerNames, lower, `${reply.operationId} ${reply.status}: header ${name}`, reply);
  }
  const response = validator.response(reply.operationId, reply.status);
  // A server error nobody documented is a failure on any request; another status the description
  // does not list is undocumented (what to describe next), unless a check expected another.
  if (!response && reply.status >= 500)
    add('status', `status ${reply.status} is not documented for ${reply.operationId}: a server error`);
  else if (!response)
    sighted(
      statuses,
      `${reply.operationId} ${reply.status}`,
      `${reply.operationId} ${reply.status}: status ${reply.status} is not documented for ${reply.operationId}`,
      reply,
    );
  else {
    const mediaType = baseMediaType(reply.contentType);
    const media = response.content?.[mediaType];
    if (response.content && !media)
      add(
        'contentType',
        `content type '${mediaType || '(none)'}' is not documented for ${reply.status} (expected ${Object.keys(response.content).join(', ')})`,
      );
    if (media?.schema) {
      const result = answerValidator.validate(media.schema, reply.body);
      if (!result.valid) add('body', `${result.violations[0]!.schemaPath}: ${result.violations[0]!.message}`);
      else if (!target.strict) recordAssumed(reply, openValidator.validate(media.schema, reply.body).violations);
      if (promiseValidator.validate(media.schema, reply.body).valid)
        for (const pointer of new Set(
          undocumentedFields(spec, promiseValidator, media.schema, reply.body).map(generalized),
        ))
          sighted(
            undocumented,
            `${reply.operationId} ${reply.status}: ${pointer}`,
            `${reply.operationId} ${reply.status}: ${pointer}`,
            reply,
          );
    }
    for (const [name, raw] of Object.entries(response.headers ?? {})) {
      const header = resolveRef<{ required?: boolean; schema?: Record<string, unknown> }>(
        spec,
        raw as { required?: boolean },
      );
      const text = reply.headers[name.toLowerCase()];
      if (text === undefined) {
        if (header.required) add('headers', `header ${name} is required for ${reply.status} but missing`);
        continue;
      }
      if (!header.schema) continue;
      const result = validator.validate(header.schema, headerValue(header.schema, text));
      if (!result.valid)
        add(
          'headers',
          `header ${name} '${text.slice(0, 80)}' does not fit its schema: ${result.violations[0]!.message}`,
        );
    }
  }
  const secret = secretIn(reply);
  if (secret) add('secrets', secret);
  violations.push(...found);
  return found;
}
