// What a 404 means, as the generator reads it from an operation of the spec.
import { describe, expect, it } from 'vitest';
import type { OperationObject } from '@extender-users/spec';
import { notFoundMeaning } from '../scripts/not-found-meaning.js';
import { NOT_FOUND_MEANING } from '../src/index.js';

const op = (responses: OperationObject['responses'], extra: Partial<OperationObject> = {}): OperationObject => ({
  operationId: 'op',
  responses,
  ...extra,
});
const ok = { '200': { description: 'ok' } };
const userNotFound = { '404': { $ref: '#/components/responses/NotFound', description: '' } };
const operationMissing = { '404': { description: 'The Extender version on this server does not have this operation' } };

describe('notFoundMeaning', () => {
  it('reads the documented 404, its absence, and the version an operation came after', () => {
    expect(notFoundMeaning(op({ ...ok, ...userNotFound }))).toBe(true);
    expect(notFoundMeaning(op(ok))).toBe(false);
    expect(
      notFoundMeaning(op({ ...ok, ...operationMissing }, { 'x-since': 'unknown', 'x-since-after': '2.13.0' })),
    ).toBe('2.13.0');
  });

  it('keeps both meanings for a newer operation that also documents its user-not-found 404', () => {
    // Before: the version alone, so a 404 for an unknown user was reported as the operation missing.
    expect(
      notFoundMeaning(op({ ...ok, ...userNotFound }, { 'x-since': 'unknown', 'x-since-after': '2.13.0' })),
    ).toEqual({ after: '2.13.0' });
  });

  it('is what the generated table holds for the spec', () => {
    expect(NOT_FOUND_MEANING.getUsersWithConfluenceAccess).toBe('2.13.0');
    expect(NOT_FOUND_MEANING.getUserDetails).toBe(true);
    expect(NOT_FOUND_MEANING.getUsers).toBe(false);
  });
});
