// Every answer of the run, judged against the spec as the checked version had it: its status is
// one the operation documents, its content type one the status documents, its body fits that
// schema, the headers the status requires are there (and documented headers fit their schema),
// and it carries no secret. Nothing is thrown here: the conformance checks, run last, report what
// was found and in which check, so no answer escapes because its check looked at something else.
import type { OperationId } from '@extender-users/api-types';
import { baseMediaType, findOperation, resolveRef } from '@extender-users/spec';
import { answerValidator, openValidator, secretIn, spec, validator } from './check.js';
import type { Reply } from './operations.js';
import { generalized, undocumentedFields } from './undocumented.js';

export type Rule = 'status' | 'contentType' | 'body' | 'headers' | 'secrets';

export interface Violation {
  rule: Rule;
  /** `operationId status: what`, as every failure of the suite begins. */
  what: string;
  /** The check that received the answer. */
  check: string;
}

/** A field the description does not know, wherever it was seen: `operationId status: pointer` (array positions as `*`). */
export interface Undocumented {
  what: string;
  /** The check that first received it. */
  check: string;
  /** In how many answers. */
  answers: number;
}

let currentCheck = '(outside any check)';
let answers = 0;
let rateLimit: number | undefined;
const violations: Violation[] = [];
const undocumented = new Map<string, Undocumented>();
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

/** Judges one answer; returns what it breaks (also kept for the conformance checks). */
export function recordAnswer(reply: Reply): Violation[] {
  const limit = Number(reply.headers['x-ratelimit-limit']);
  if (Number.isInteger(limit) && limit > 0) rateLimit = Math.min(rateLimit ?? limit, limit);
  if (!inSpec(reply.operationId)) return [];
  answers++;
  const found: Violation[] = [];
  const add = (rule: Rule, what: string) =>
    found.push({ rule, what: `${reply.operationId} ${reply.status}: ${what}`, check: currentCheck });
  const response = validator.response(reply.operationId, reply.status);
  if (!response) add('status', `status ${reply.status} is not documented for ${reply.operationId}`);
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
      if (openValidator.validate(media.schema, reply.body).valid)
        for (const pointer of new Set(
          undocumentedFields(spec, openValidator, media.schema, reply.body).map(generalized),
        )) {
          const what = `${reply.operationId} ${reply.status}: ${pointer}`;
          const seen = undocumented.get(what);
          if (seen) seen.answers++;
          else undocumented.set(what, { what, check: currentCheck, answers: 1 });
        }
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
