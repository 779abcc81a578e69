import { describe, expect, expectTypeOf, it } from 'vitest';
import { listOperations, loadBundledSpec } from '@extender-users/spec';
import { API_PREFIX, operationIds, operationTable, sniffImageType, stringPatterns, type OperationId, type QueryOf, type ResponseBodyOf } from '../src/index.js';

const spec = loadBundledSpec();

describe('the operation table', () => {
  it('has one entry per operation of the spec, with its method and path', () => {
    const located = listOperations(spec);
    expect(operationIds).toEqual(located.map((o) => o.operation.operationId));
    for (const { method, path, operation } of located) {
      const info = operationTable[operation.operationId as OperationId];
      expect(info).toMatchObject({ method: method.toUpperCase(), path, since: operation['x-since'] });
      expect(info.statuses).toEqual(Object.keys(operation.responses).map(Number).sort((a, b) => a - b));
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
