// The suite's own machinery, given answers made here (nothing is sent): the boundary values
// derived from the spec, the judging of every answer for the conformance checks, the write guard.
import { describe, expect, it } from 'vitest';
import {
  assumptionsUnmet,
  recordAnswer,
  undocumentedHeaders,
  undocumentedStatuses,
} from '../suite/support/every-answer.js';
import {
  dataCases,
  describeCase,
  documentedAlternative,
  emailOfLength,
  sourceOfCase,
  statusSource,
} from '../suite/support/boundaries.js';
import { validator } from '../suite/support/expectations.js';
import { assertOwned, isOwnName, otherCase } from '../suite/support/http.js';
import { isSteady, type Walk } from '../suite/support/listing.js';
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

describe('the verdict of each data case comes from the source of its constraint', () => {
  const kindOf = (op: 'getUsers' | 'addUser', kind: 'negative' | 'positive', described: string) => {
    const sample = op === 'getUsers' ? samples.getUsers('x') : samples.addUser('contract-x-1');
    const found = dataCases(op, kind, sample).find((c) => describeCase(c) === described);
    expect(found, described).toBeDefined();
    return sourceOfCase(found!)?.kind;
  };

  it('a bound the vendor states is a promise; a bound, pattern or closed object of ours is an assumption', () => {
    // startAt is "the index of the first item" (the vendor): 0 at least.
    expect(kindOf('getUsers', 'negative', 'query startAt minimum − 1 (-1)')).toBe('vendor');
    expect(kindOf('getUsers', 'negative', "query showBasicDetails not a boolean ('maybe')")).toBe('vendor');
    expect(kindOf('getUsers', 'positive', 'query showBasicDetails = false')).toBe('vendor');
    // The int32 bound and the page size limits are ours (the x-keyword-sources of the parameters).
    expect(kindOf('getUsers', 'negative', 'query startAt maximum + 1 (2147483648)')).toBe('assumption');
    expect(kindOf('getUsers', 'negative', 'query maxResults maximum + 1 (1001)')).toBe('assumption');
    expect(kindOf('getUsers', 'positive', 'query dateFormat maxLength (100 characters)')).toBe('assumption');
    expect(kindOf('addUser', 'negative', 'body email left out (required)')).toBe('vendor');
    expect(
      kindOf('addUser', 'negative', 'body contractUnknownField not in the schema (additionalProperties: false)'),
    ).toBe('assumption');
    expect(kindOf('addUser', 'negative', 'body groups maxItems + 1 (101 items)')).toBe('assumption');
    expect(kindOf('addUser', 'negative', 'body name against its pattern (a space)')).toBe('assumption');
  });

  it("a documented refusal's status has its source too (the 400 itself is ours)", () => {
    expect(statusSource('getUsers', 400)?.kind).toBe('assumption');
    expect(statusSource('getUsers', 401)?.kind).toBe('platform');
    expect(statusSource('getUsers', 403)?.kind).toBe('security');
  });
});

describe('every answer is judged', () => {
  it('lists a status the operation does not document as undocumented; an undocumented 5xx breaks', () => {
    expect(recordAnswer({ ...reply('getUserProperty', 204, ''), request: 'GET /p' })).toEqual([]);
    expect(recordAnswer(reply('getUserProperty', 204, ''))).toEqual([]);
    expect(undocumentedStatuses()).toContainEqual(
      expect.objectContaining({
        what: 'getUserProperty 204: status 204 is not documented for getUserProperty',
        answers: 2,
        request: 'GET /p',
      }),
    );
    expect(recordAnswer(reply('getUserProperty', 503, { message: 'down' })).map((v) => v.what)).toEqual([
      'getUserProperty 503: status 503 is not documented for getUserProperty: a server error',
    ]);
  });

  it('lists each response header the description does not know once, leaving out what every HTTP server sends', () => {
    const page = { total: 0, maxResults: 50, startAt: 0, users: [] };
    const headers = {
      date: 'now',
      'x-arequestid': '1x2',
      'access-control-allow-origin': '*',
      'x-ratelimit-limit': '5',
    };
    recordAnswer(reply('getUsers', 200, page, headers));
    recordAnswer(reply('getUsers', 200, page, headers));
    const names = undocumentedHeaders().map((u) => u.what);
    expect(names).toEqual(['getUsers 200: header x-arequestid']);
    expect(undocumentedHeaders()[0]!.answers).toBe(2);
  });

  it('keeps an answer that breaks only our assumptions apart, with the assumption, and fails it on a promise', () => {
    // total above int32: the bound is ours; a total that is no number breaks the vendor's page.
    const big = { total: 2 ** 31, maxResults: 50, startAt: 0, users: [] };
    expect(recordAnswer(reply('getUsers', 200, big))).toEqual([]);
    const unmet = assumptionsUnmet().find((a) => a.what.startsWith('getUsers 200: /total'));
    expect(unmet?.source.kind).toBe('assumption');
    expect(recordAnswer(reply('getUsers', 200, { ...big, total: 'many' })).map((v) => v.rule)).toEqual(['body']);
  });

  it('finds an undocumented content type, a missing required header and a secret', () => {
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

describe('a walk of a listing that others change', () => {
  const page = (total: number, names: string[]) => ({
    startAt: 0,
    page: { total, maxResults: 2, startAt: 0, users: names.map((name) => ({ name })) },
    reply: reply('getUsers', 200, {}) as Reply<'getUsers'>,
  });
  const walkOf = (...pages: ReturnType<typeof page>[]): Walk => ({
    users: pages.flatMap((p) => p.page.users),
    pages,
    complete: pages.at(-1)!.page.users.length === 0,
    overran: false,
  });

  it('is steady when it reached the end with one total, that many users, no name twice', () => {
    expect(isSteady(walkOf(page(3, ['a', 'b']), page(3, ['c']), page(3, [])))).toBe(true);
  });

  it('is not, when an account added and another deleted shifted the pages (a name twice, or one missed)', () => {
    // Added before the walk's position: 'b' comes again; the total is the same.
    expect(isSteady(walkOf(page(3, ['a', 'b']), page(3, ['b']), page(3, [])))).toBe(false);
    // Deleted before it: 'c' is missed, the pages hold fewer users than the total says.
    expect(isSteady(walkOf(page(3, ['a', 'b']), page(3, []), page(3, [])))).toBe(false);
    // The total moved.
    expect(isSteady(walkOf(page(3, ['a', 'b']), page(4, ['c', 'd']), page(4, [])))).toBe(false);
    // Not to the end.
    expect(isSteady(walkOf(page(3, ['a', 'b'])))).toBe(false);
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
