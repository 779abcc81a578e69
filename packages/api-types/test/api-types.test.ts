import { describe, expect, expectTypeOf, it } from 'vitest';
import { listOperations, loadBundledSpec } from '@extender-users/spec';
import {
  API_PREFIX,
  operationIds,
  operationTable,
  sniffImageType,
  stringPatterns,
  type OperationId,
  type QueryOf,
  type ResponseBodyOf,
} from '../src/index.js';

const spec = loadBundledSpec();

describe('the operation table', () => {
  it('has one entry per operation of the spec, with its method and path', () => {
    const located = listOperations(spec);
    expect(operationIds).toEqual(located.map((o) => o.operation.operationId));
    for (const { method, path, operation } of located) {
      const info = operationTable[operation.operationId as OperationId];
      expect(info).toMatchObject({ method: method.toUpperCase(), path, since: operation['x-since'] });
      if (operation['x-since'] === 'unknown') expect(info).toMatchObject({ sinceAfter: operation['x-since-after'] });
      expect(info.statuses).toEqual(
        Object.keys(operation.responses)
          .map(Number)
          .sort((a, b) => a - b),
      );
      expect(path.startsWith(`${API_PREFIX}/`)).toBe(true);
    }
  });

  it('carries the spec patterns that tools check input with', () => {
    expect(new RegExp(stringPatterns.UserName.pattern, 'u').test('jdoe')).toBe(true);
    expect(new RegExp(stringPatterns.UserName.pattern, 'u').test('j doe')).toBe(false);
  });

  it('types operations by operationId', () => {
    expectTypeOf<QueryOf<'getUsers'>>().toHaveProperty('startAt');
    expectTypeOf<ResponseBodyOf<'getUserProperty'>>().toEqualTypeOf<{ value: string }>();
  });
});

describe('sniffImageType', () => {
  it('knows PNG, JPEG and both GIF versions by their first bytes', () => {
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffImageType(new TextEncoder().encode('GIF87a...'))).toBe('image/gif');
    expect(sniffImageType(new TextEncoder().encode('GIF89a...'))).toBe('image/gif');
  });

  it('refuses anything else, including a truncated signature and GIF lookalikes', () => {
    expect(sniffImageType(new TextEncoder().encode('GIF8'))).toBeUndefined();
    expect(sniffImageType(new TextEncoder().encode('GIF88a'))).toBeUndefined();
    expect(sniffImageType(Uint8Array.from([0x89, 0x50]))).toBeUndefined();
    expect(sniffImageType(new TextEncoder().encode('<svg'))).toBeUndefined();
  });
});

describe('versions', () => {
  it('say which version has an operation by its x-since, and leave the unknown ones unknown', async () => {
    const { presenceIn, behaviourIn, compareVersions, LATEST } = await import('../src/index.js');
    expect(presenceIn('2.0.0', operationTable.getUserDetails)).toBe('no');
    expect(presenceIn('2.0.1', operationTable.getUserDetails)).toBe('yes');
    expect(presenceIn('2.13.0', operationTable.getUsersWithConfluenceAccess)).toBe('no');
    expect(presenceIn('2.14.0', operationTable.getUsersWithConfluenceAccess)).toBe('unknown');
    expect(presenceIn(LATEST, operationTable.getUsersWithConfluenceAccess)).toBe('yes');
    expect(behaviourIn('2.8.0', operationTable.getUsers.behaviours, 'listedUsers')).toBe('withAccess');
    expect(behaviourIn(LATEST, operationTable.getUsers.behaviours, 'listedUsers')).toBe('all');
    expect(behaviourIn('3.0.0', operationTable.getUsers.behaviours, 'listedUsers')).toBeUndefined();
    expect(['2.13.0', LATEST, '1.2.0', '2.4.1'].sort(compareVersions)).toEqual(['1.2.0', '2.4.1', '2.13.0', LATEST]);
  });
});

describe('documentAsOf', () => {
  it('leaves out what a version did not have, and keeps what it had', async () => {
    const { documentAsOf } = await import('../src/index.js');
    const old = documentAsOf(spec, '2.0.1');
    const paths = Object.keys(old.paths);
    expect(paths).toContain(`${API_PREFIX}/getUserDetails/{userName}`);
    expect(paths).not.toContain(`${API_PREFIX}/getUsersWithConfluenceAccess`);
    const details = old.components.schemas!.UserDetails!;
    expect(Object.keys(details.properties as object)).not.toContain('createdDate');
    expect(details.required).not.toContain('createdDate');
    expect(Object.keys(old.components.schemas!.AddUserRequest!.properties as object)).not.toContain('sendMail');
    const names = (v: string) =>
      documentAsOf(spec, v).paths[`${API_PREFIX}/getUsers`]!.get!.parameters!.map((p) => (p.$ref ?? p.name) as string);
    expect(names('2.3.0').join()).toMatch(/showDetails/);
    expect(names('2.8.0').join()).not.toMatch(/showDetails/);
    expect(names('2.8.0').join()).toMatch(/ShowBasicDetails/);
    expect(Object.keys(documentAsOf(spec, 'latest').paths)).toContain(`${API_PREFIX}/getUsersWithConfluenceAccess`);
    expect(spec.components.schemas!.UserDetails!.required).toContain('createdDate'); // the input is not changed
  });

  it("leaves the fields a version did not have out of the examples too, which then fit that version's schemas", async () => {
    const { documentAsOf } = await import('../src/index.js');
    const { SpecValidator } = await import('@extender-users/spec');
    for (const version of ['1.2.0', '2.0.1', '2.3.0', '2.8.0', '2.13.0']) {
      const old = documentAsOf(spec, version);
      const validator = new SpecValidator(old);
      let checked = 0;
      for (const item of Object.values(old.paths)) {
        for (const operation of Object.values(item)) {
          for (const response of Object.values(
            (
              operation as {
                responses?: Record<
                  string,
                  {
                    content?: Record<
                      string,
                      { schema: object; examples?: Record<string, { $ref?: string; value?: unknown }> }
                    >;
                  }
                >;
              }
            ).responses ?? {},
          )) {
            for (const media of Object.values(response.content ?? {})) {
              for (const example of Object.values(media.examples ?? {})) {
                const value = example.$ref
                  ? old.components.examples![example.$ref.split('/').pop()!]!.value
                  : example.value;
                expect(
                  validator.validate(media.schema as never, value).violations,
                  `${version} ${example.$ref ?? ''}`,
                ).toEqual([]);
                checked++;
              }
            }
          }
        }
      }
      expect(checked).toBeGreaterThan(5);
    }
    const details = documentAsOf(spec, '2.0.1').components.examples!.UserDetailsAdmin!.value as Record<string, unknown>;
    expect(details).not.toHaveProperty('createdDate');
    expect(details).toHaveProperty('email');
  });
});
