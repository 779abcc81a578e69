// The checks every response goes through, with failures that name the operation, the status and
// the schema path, and that never quote a credential.
import { expect } from 'vitest';
import { loadBundledSpec, resolveRef, SpecValidator } from '@extender-users/spec';
import type { Reply } from './http.js';

export const spec = loadBundledSpec();
export const validator = new SpecValidator(spec);

export class ContractViolation extends Error {
  override name = 'ContractViolation';
}

function fail(operationId: string, reply: Reply, what: string): never {
  throw new ContractViolation(`${operationId} ${reply.status}: ${what}`);
}

/**
 * The response has a documented status and content type, its body validates against that
 * status's schema (and against `shape` when given: a closed named schema), the headers the spec
 * documents for the status are there, and no password or hash is in it.
 */
export function expectConforms(operationId: string, reply: Reply, shape?: string): void {
  expectDocumented(operationId, reply);
  const response = validator.response(operationId, reply.status)!;
  // The shape the check asked for first: it names the precise schema, where an anyOf of shapes
  // (getUsers) would report the first branch it tried.
  if (shape) {
    const named = validator.validate(shape, reply.body);
    if (!named.valid) fail(operationId, reply, `${named.violations[0]!.schemaPath}: ${named.violations[0]!.message}`);
  }
  const result = validator.validateResponse(operationId, reply.status, reply.contentType, reply.body);
  if (!result.valid) {
    const v = result.violations[0]!;
    fail(operationId, reply, `${v.schemaPath}: ${v.message.replace(`${operationId} ${reply.status}: `, '')}`);
  }
  for (const [name, raw] of Object.entries(response.headers ?? {})) {
    const header = resolveRef<{ required?: boolean }>(spec, raw as { required?: boolean });
    if (header.required && reply.headers[name.toLowerCase()] === undefined) fail(operationId, reply, `header ${name} is required for ${reply.status} but missing`);
  }
  expectNoSecrets(operationId, reply);
}

const SECRET_FIELD = /"(password|passwordHash|password_hash|hash|credential)"\s*:/i;

/** No response may carry a password field or a password hash. */
export function expectNoSecrets(operationId: string, reply: Reply): void {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? '');
  if (SECRET_FIELD.test(text)) fail(operationId, reply, 'the response carries a password field');
  if (/\$(scrypt|2[aby])\$|scrypt\$\d+\$|\{PKCS5S2\}/.test(text)) fail(operationId, reply, 'the response carries a password hash');
}

/** The status is one the spec documents for the operation. */
export function expectDocumented(operationId: string, reply: Reply): void {
  if (!validator.response(operationId, reply.status)) fail(operationId, reply, `status ${reply.status} is not documented for ${operationId}`);
}

/** A documented 4xx (never 2xx, never 5xx), conforming to the spec. */
export function expectRefused(operationId: string, reply: Reply, statuses: number[]): void {
  expectDocumented(operationId, reply);
  if (reply.status < 400 || reply.status >= 500 || !statuses.includes(reply.status)) {
    fail(operationId, reply, `expected ${statuses.join(' or ')} but got ${reply.status}`);
  }
  expectConforms(operationId, reply);
}

export function expectStatus(operationId: string, reply: Reply, status: number): void {
  expectDocumented(operationId, reply);
  if (reply.status !== status) fail(operationId, reply, `expected ${status} but got ${reply.status}${describeBody(reply)}`);
}

function describeBody(reply: Reply): string {
  const message = (reply.body as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? ` (${message.slice(0, 160)})` : '';
}

/** Fails with the operation and status in the message when `condition` is false. */
export function expectThat(operationId: string, reply: Reply, condition: boolean, what: string): void {
  if (!condition) fail(operationId, reply, what);
  expect(condition).toBe(true);
}
