import { describe, expect, it } from 'vitest';
import { Judge, PromiseBroken } from '../../suite/model/judge.js';

describe("the model's judge", () => {
  it('fails a broken promise of the vendor or of Confluence, naming the promise and its source', () => {
    const judge = new Judge(false);
    expect(judge.expect('renameUser', 'success-means-done', true, () => 'never asked')).toBe(true);
    expect(() => judge.expect('renameUser', 'success-means-done', false, () => 'the old name still answers')).toThrow(
      "renameUser broke the vendor's promise (2.13.0) 'success-means-done': the old name still answers",
    );
    expect(() => judge.expect('deleteUser', 'name-any-case', false, () => 'x')).toThrow(PromiseBroken);
    expect(() => judge.expect('getUsersWithConfluenceAccess', 'only-users-with-access', false, () => 'x')).toThrow(
      "(current page) 'only-users-with-access'",
    );
  });

  it('lists a difference from our assumption once, and carries on', () => {
    const judge = new Judge(false);
    expect(judge.expect('deactivateUser', 'repeat-succeeds', false, () => 'answered 409')).toBe(false);
    expect(judge.expect('deactivateUser', 'repeat-succeeds', false, () => 'answered 400')).toBe(false);
    expect([...judge.differences.values()]).toEqual([
      expect.objectContaining({
        operationId: 'deactivateUser',
        promise: 'repeat-succeeds',
        detail: 'answered 409',
        source: expect.objectContaining({ kind: 'assumption' }),
      }),
    ]);
  });

  it('fails a difference from an assumption too under --strict', () => {
    expect(() => new Judge(true).expect('getUsers', 'listing-order', false, () => 'z before a')).toThrow(
      "getUsers broke our assumed promise 'listing-order': z before a",
    );
  });
});
