import { describe, expect, expectTypeOf, it } from 'vitest';
import { listOperations, loadBundledSpec, SpecValidator } from '@extender-users/spec';
import {
  isPromise,
  operationIds,
  operationSources,
  promiseTable,
  sourceAt,
  sourceTable,
  type PromiseOf,
} from '../src/index.js';

const spec = loadBundledSpec();

describe('promiseTable', () => {
  it("holds every operation's x-promises and the document's own, each with its source", () => {
    for (const { operation } of listOperations(spec)) {
      const table = promiseTable[operation.operationId as keyof typeof promiseTable];
      const own = (operation['x-promises'] as { id: string; says: string }[] | undefined) ?? [];
      for (const p of own) expect(table).toHaveProperty([p.id, 'says'], p.says);
      expect(Object.keys(table)).toContain('administrators-only');
      expect(table['administrators-only' as keyof typeof table]).toMatchObject({
        scope: 'api',
        source: { kind: 'security' },
      });
    }
    expect(Object.keys(promiseTable)).toEqual(operationIds);
  });

  it('gives the sources the spec states, with their kind', () => {
    expect(promiseTable.getUsers['listing-order'].source.kind).toBe('assumption');
    expect(promiseTable.getUsers['pages-partition-listing'].source).toMatchObject({ kind: 'vendor', since: '2.13.0' });
    expect(promiseTable.getUsers['listed-users-up-to-2-13-0'].versions).toBe('<=2.13.0');
    expect(promiseTable.activateUser['body-ignored'].source.kind).toBe('platform');
    expect(promiseTable.addUser['unknown-fields-ignored'].source.kind).toBe('observed');
    expect(operationSources.getUsersWithConfluenceAccess).toMatchObject({ kind: 'vendor', since: 'latest' });
  });

  it('checks promise ids at compile time', () => {
    expectTypeOf<'listing-order'>().toExtend<PromiseOf<'getUsers'>>();
    expectTypeOf<'body-ignored'>().toExtend<PromiseOf<'deactivateUser'>>();
    // @ts-expect-error getUserProperty makes no listing promise
    expectTypeOf<'listing-order'>().toExtend<PromiseOf<'getUserProperty'>>();
  });
});

describe('sourceAt', () => {
  it('finds the source of a keyword with its own, else of the nearest ancestor with one', () => {
    expect(sourceAt('#/components/schemas/UserDetails/additionalProperties')?.kind).toBe('assumption');
    expect(sourceAt('#/components/schemas/UserDetails/required')).toMatchObject({ kind: 'vendor', since: '2.13.0' });
    expect(sourceAt('/components/schemas/UserDetails/properties/business/maxItems')?.kind).toBe('observed');
    expect(sourceAt('/components/schemas/UserDetails/properties/createdDate/maximum')?.kind).toBe('assumption');
    expect(sourceAt('/components/schemas/UserDetails/properties/createdDate/type')).toEqual(
      sourceAt('/components/schemas/UserDetails'),
    );
    expect(sourceAt('/components/responses/Forbidden')?.kind).toBe('security');
    expect(sourceAt('/info/title')).toBeUndefined();
  });

  it('names a source for every constraint a real answer can break', () => {
    // Every schema path of a violation the validator can report lands on a source.
    const validator = new SpecValidator(spec);
    const broken = {
      key: 'NOT-HEX',
      name: 'a b',
      fullName: '',
      email: 'not an address',
      business: [{}, {}],
      personal: [],
      lastSuccessfulLoginDate: -1,
      lastSuccessfulLoginDateString: null,
      lastFailedLoginDate: null,
      lastFailedLoginDateString: null,
      createdDate: 1.5,
      createdDateString: 'x'.repeat(1001),
      updatedDate: 1,
      extra: true,
    };
    const { violations } = validator.validate('UserDetails', broken);
    expect(violations.length).toBeGreaterThan(8);
    for (const v of violations) expect(sourceAt(v.schemaPath), `${v.schemaPath} (${v.message})`).toBeDefined();
    const kinds = new Set(violations.map((v) => sourceAt(v.schemaPath)!.kind));
    expect([...kinds].sort()).toEqual(['assumption', 'observed', 'vendor']);
  });

  it('tells promises from assumptions', () => {
    expect(isPromise({ kind: 'platform', ref: 'x' })).toBe(true);
    expect(isPromise({ kind: 'assumption', ref: 'x', note: 'y' })).toBe(false);
    expect(Object.keys(sourceTable).length).toBeGreaterThan(100);
  });
});
