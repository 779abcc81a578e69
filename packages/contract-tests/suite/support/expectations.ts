// The checks every response goes through, with failures that name the operation, the status and
// the schema path, and that never quote a credential. Responses are validated against the spec
// as the checked Extender version had it (documentAsOf), with the spec library's validator.
import {
  documentAsOf,
  operationTable,
  presenceIn,
  type OperationId,
  type OperationInfo,
  type ResponseBodyOf,
  type Schemas,
  type StatusOf,
} from '@extender-users/api-types';
import { findOperation, loadBundledSpec, resolveRef, SpecValidator } from '@extender-users/spec';
import type { Reply } from './operations.js';
import { target } from './settings.js';
import { openedWhereAssumed, promisedOnly } from './undocumented.js';

/** The spec as the checked version had it: operations, parameters and fields it did not have are left out. */
export const spec = documentAsOf(loadBundledSpec(), target.version);
export const validator = new SpecValidator(spec);
/** Everything we expect of an answer but closed objects: a field the description does not know is undocumented (undocumented.ts). */
export const openValidator = new SpecValidator(openedWhereAssumed(spec));
/** Only what is promised: a constraint that is our assumption alone (a bound, a format, a closed object) is left out. */
export const promiseValidator = new SpecValidator(promisedOnly(spec));
/**
 * Answers fail a check on what is promised; where they only differ from our assumptions, the
 * conformance checks list it (every-answer.ts). --strict judges them by the whole description.
 */
export const answerValidator = target.strict ? validator : promiseValidator;

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

/** A check that cannot decide here (the instance changed under every try): left out as inconclusive, never failed. */
export class Inconclusive extends Error {
  override name = 'Inconclusive';
}

function fail(reply: Reply, what: string): never {
  throw new ContractViolation(`${reply.operationId} ${reply.status}: ${what}`);
}

/** When an operation the version has answers 404, the server may be another version. */
function versionHint(operationId: OperationId): string {
  const info: OperationInfo = operationTable[operationId];
  if (presenceIn(target.version, info) !== 'yes') return '';
  const since = info.since === 'unknown' ? `it came after ${info.sinceAfter}` : `since ${info.since}`;
  return ` — ${operationId} is in ${target.version} (${since}) but the server answers 404: is it really ${target.version}?`;
}

function describeBody(reply: Reply): string {
  const message = (reply.body as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? ` (${message.slice(0, 160)})` : '';
}

/**
 * The response has a documented status and content type, its body validates against that
 * status's schema (and against `shape` when given), fields the description does not know aside,
 * the headers the spec documents for the status are there, and no password or hash is in it.
 */
export function expectConforms<K extends OperationId>(reply: Reply<K>, shape?: keyof Schemas): void {
  expectDocumented(reply);
  const response = validator.response(reply.operationId, reply.status)!;
  // The shape the check asked for first: it names the precise schema, where an anyOf of shapes
  // (getUsers) would report the first branch it tried.
  if (shape) {
    const named = answerValidator.validate(shape, reply.body);
    if (!named.valid) fail(reply, `${named.violations[0]!.schemaPath}: ${named.violations[0]!.message}`);
  }
  const result = answerValidator.validateResponse(reply.operationId, reply.status, reply.contentType, reply.body);
  if (!result.valid) {
    const v = result.violations[0]!;
    fail(reply, `${v.schemaPath}: ${v.message.replace(`${reply.operationId} ${reply.status}: `, '')}`);
  }
  for (const [name, raw] of Object.entries(response.headers ?? {})) {
    const header = resolveRef<{ required?: boolean }>(spec, raw as { required?: boolean });
    if (header.required && reply.headers[name.toLowerCase()] === undefined)
      fail(reply, `header ${name} is required for ${reply.status} but missing`);
  }
  expectNoSecrets(reply);
}

/** The answer conforms to the spec and to the named shape; returns the body typed as that shape. */
export function expectShape<K extends OperationId, N extends keyof Schemas>(reply: Reply<K>, shape: N): Schemas[N] {
  expectConforms(reply, shape);
  return reply.body as Schemas[N];
}

const SECRET_FIELD = /"(password|passwordHash|password_hash|hash|credential)"\s*:/i;

/** What secret an answer carries (a password field or a password hash), if any. */
export function secretIn(reply: Pick<Reply, 'body'>): string | undefined {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? '');
  if (SECRET_FIELD.test(text)) return 'the response carries a password field';
  if (/\$(scrypt|2[aby])\$|scrypt\$\d+\$|\{PKCS5S2\}/.test(text)) return 'the response carries a password hash';
  return undefined;
}

/** No response may carry a password field or a password hash. */
export function expectNoSecrets(reply: Reply): void {
  const secret = secretIn(reply);
  if (secret) fail(reply, secret);
}

/** The status is one the spec documents for the operation. */
export function expectDocumented(reply: Reply): void {
  if (!validator.response(reply.operationId, reply.status))
    fail(
      reply,
      `status ${reply.status} is not documented for ${reply.operationId}${reply.status === 404 ? versionHint(reply.operationId) : ''}`,
    );
}

/** A documented refusal: one of `statuses` (never 2xx, never 5xx), conforming to the spec. */
export function expectRefused<K extends OperationId>(reply: Reply<K>, statuses: StatusOf<K>[]): void {
  expectDocumented(reply);
  if (reply.status < 400 || reply.status >= 500 || !(statuses as number[]).includes(reply.status)) {
    fail(
      reply,
      `expected ${statuses.join(' or ')} but got ${reply.status}${describeBody(reply)}${reply.status === 404 ? versionHint(reply.operationId) : ''}`,
    );
  }
  expectConforms(reply);
}

/** The status is `status`; returns the body typed as the spec documents it for that status. */
export function expectStatus<K extends OperationId, S extends StatusOf<K>>(
  reply: Reply<K>,
  status: S,
): ResponseBodyOf<K, S> {
  expectDocumented(reply);
  if (reply.status !== status)
    fail(
      reply,
      `expected ${status} but got ${reply.status}${describeBody(reply)}${reply.status === 404 ? versionHint(reply.operationId) : ''}`,
    );
  return reply.body as ResponseBodyOf<K, S>;
}

/** Fails, naming the operation and the status, unless `condition` holds. */
export function expectThat(reply: Reply, condition: boolean, what: string): asserts condition {
  if (!condition) fail(reply, what);
}

/** A parameter's schema in the checked version's spec (e.g. for its documented bounds). */
export function parameterSchema(
  operationId: OperationId,
  name: string,
): { minimum?: number; maximum?: number; default?: unknown } {
  const parameter = findOperation(spec, operationId).parameters.find((p) => p.name === name);
  if (!parameter?.schema) throw new Error(`${operationId} has no parameter ${name} in ${target.version}`);
  return parameter.schema as { minimum?: number; maximum?: number; default?: unknown };
}
