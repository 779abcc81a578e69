// The suite's own machinery, given answers made here (nothing is sent): the boundary values
// derived from the spec, the judging of every answer for the conformance checks, the write guard.
import { describe, expect, it } from 'vitest';
import { recordAnswer } from '../suite/support/answers.js';
import { dataCases, describeCase, documentedAlternative, emailOfLength } from '../suite/support/boundaries.js';
import { validator } from '../suite/support/check.js';
import { assertOwned, isOwnName, otherCase } from '../suite/support/http.js';
import type { Reply } from '../suite/support/operations.js';
import { samples } from '../suite/support/samples.js';

const reply = (
  operationId: Reply['operationId'],
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = 'application/json',
): Reply => ({ operationId, status, body, headers, contentType });

describe('boundary values from the spec', () => {
  it('makes e-mail addresses of an exact length that fit the format', () => {
    for (const n of [20, 64, 100, 255, 256]) {
      const email = emailOfLength(n)!;
      expect(email).toHaveLength(n);
      expect(validator.validate({ type: 'string', format: 'email' }, email).valid).toBe(true);
    }
  });

  it("gives getUsers' bounds, one past each bound and the bounds themselves", () => {
    const negative = dataCases('getUsers', 'negative', samples.getUsers('x')).map(describeCase);
    const positive = dataCases('getUsers', 'positive', samples.getUsers('x')).map(describeCase);
    expect(negative).toEqual(
      expect.arrayContaining([
        'query startAt minimum − 1 (-1)',
        'query startAt maximum + 1 (2147483648)',
        'query maxResults minimum − 1 (0)',
        'query maxResults maximum + 1 (1001)',
        "query showBasicDetails not a boolean ('maybe')",
        'query dateFormat maxLength + 1 (101 characters)',
      ]),
    );
    expect(positive).toEqual(
      expect.arrayContaining([
        'query startAt maximum (2147483647)',
        'query maxResults minimum (1)',
        'query maxResults maximum (1000)',
        'query dateFormat maxLength (100 characters)',
      ]),
    );
    // An empty query value is left out: servers read it as no value.
    expect(negative).not.toContain('query dateFormat minLength − 1 (0 characters)');
  });

  it("gives addUser's body rules, and never sends what would reach people or make groups", () => {
    const negative = dataCases('addUser', 'negative', samples.addUser('contract-x-1')).map(describeCase);
    const positive = dataCases('addUser', 'positive', samples.addUser('contract-x-1'));
    expect(negative).toEqual(
      expect.arrayContaining([
        'body email left out (required)',
        'body contractUnknownField not in the schema (additionalProperties: false)',
        'body groups maxItems + 1 (101 items)',
        'body groups the same item twice',
        'body name against its pattern (a space)',
      ]),
    );
    expect(positive.map(describeCase)).toEqual(
      expect.arrayContaining([
        'body name maxLength (255 characters)',
        'body sendMail = false',
        'body groups minItems (one item: "confluence-users")',
      ]),
    );
    expect(positive.map(describeCase)).not.toContain('body sendMail = true');
    // Positive names are the suite's own: a write never touches another user.
    expect(positive.filter((c) => c.field === 'name').every((c) => isOwnName(String(c.value)))).toBe(true);
  });

  it('takes a capped maxResults as the documented alternative, and nothing above the maximum', () => {
    const [over] = dataCases('getUsers', 'negative', samples.getUsers('x')).filter(
      (c) => c.bound === 'maximum + 1' && c.field === 'maxResults',
    );
    expect(
      documentedAlternative(over!, { status: 200, body: { total: 5, maxResults: 1000, startAt: 0, users: [] } }),
    ).toBe('capped to maxResults 1000');
    expect(
      documentedAlternative(over!, { status: 200, body: { total: 5, maxResults: 1001, startAt: 0, users: [] } }),
    ).toBeUndefined();
  });
});

describe('every answer is judged', () => {
  it('finds an undocumented status, an undocumented content type, a missing required header and a secret', () => {
    expect(recordAnswer(reply('getUsers', 418, {})).map((v) => v.rule)).toEqual(['status']);
    expect(recordAnswer(reply('getUserDetails', 404, { message: 'no' }, {}, 'text/plain')).map((v) => v.what)).toEqual([
      "getUserDetails 404: content type 'text/plain' is not documented for 404 (expected application/json)",
    ]);
    expect(recordAnswer(reply('getUsers', 401, { message: 'no' })).map((v) => v.what)).toEqual([
      'getUsers 401: header WWW-Authenticate is required for 401 but missing',
    ]);
    expect(
      recordAnswer(reply('getUsers', 429, { message: 'slow' }, { 'retry-after': 'soon' })).map((v) => v.rule),
    ).toEqual(['headers']);
    expect(recordAnswer(reply('getUserDetails', 404, { message: 'no', password: 'x' })).map((v) => v.rule)).toEqual([
      'secrets',
    ]);
    expect(
      recordAnswer(reply('getUsers', 401, { message: 'no' }, { 'www-authenticate': 'Basic realm="Confluence"' })),
    ).toEqual([]);
  });
});

describe('user names', () => {
  it("are the suite's own in any case; a name the spec forbids passes the guard (it cannot be anybody's)", () => {
    expect(() => assertOwned({ method: 'POST', path: '/x', userNames: ['CONTRACT-a'] })).not.toThrow();
    expect(() => assertOwned({ method: 'POST', path: '/x', userNames: ['a b'] })).not.toThrow();
    expect(() => assertOwned({ method: 'POST', path: '/x', userNames: ['Admin'] })).toThrow(/not 'Admin'/);
    expect(otherCase('contract-a')).toBe('CONTRACT-A');
    expect(otherCase('ABC')).toBe('abc');
  });
});
