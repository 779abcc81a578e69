// The validator's cache of compiled schemas: each shape compiled once, whatever object carries it.
import { describe, expect, it, vi } from 'vitest';
import { loadBundledSpec, SpecValidator, type JsonSchema } from '../src/index.js';

describe('SpecValidator', () => {
  it('compiles equal schemas once, even as distinct objects, and judges both copies alike', () => {
    const validator = new SpecValidator(loadBundledSpec());
    const compile = vi.spyOn(validator.ajv, 'compile');
    const first: JsonSchema = { $ref: '#/components/schemas/Error' };
    const copy: JsonSchema = { $ref: '#/components/schemas/Error' };
    const bad = { message: 42 };
    const one = validator.validate(first, bad);
    const other = validator.validate(copy, bad);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(one.valid).toBe(false);
    expect(other).toEqual(one);
    expect(one.violations.some((v) => v.schemaPath.startsWith('#/components/schemas/Error'))).toBe(true);
    // Another shape is compiled for itself.
    expect(validator.validate({ type: 'string', maxLength: 3 }, 'four').valid).toBe(false);
    expect(validator.validate({ type: 'string', maxLength: 4 }, 'four').valid).toBe(true);
    expect(compile).toHaveBeenCalledTimes(3);
  });
});
