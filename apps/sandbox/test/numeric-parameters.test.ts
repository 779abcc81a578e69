// Numeric query parameters: a value beyond the spec's range (int32 for startAt, 1..1000 for
// maxResults), beyond 64 bits, non-finite or not written as a whole number is a 400 with a JSON
// message, whatever a number parser would make of it (issue 16, fault 2). The operations and
// their integer parameters come from the spec.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations, loadBundledSpec, resolveRef, type JsonSchema } from '@extender-users/spec';
import { Harness } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ seedUsers: 5 });
});
afterAll(() => h.close());

const spec = loadBundledSpec();
const schemaOf = (schema: JsonSchema): JsonSchema =>
  schema.$ref ? resolveRef<JsonSchema>(spec, schema as { $ref: string }) : schema;
/** Every operation's integer query parameters, with the range the spec gives them. */
const integerParameters = listOperations(spec).flatMap((op) =>
  op.parameters
    .filter((p) => p.in === 'query' && schemaOf(p.schema!).type === 'integer')
    .map((p) => ({
      op,
      name: p.name,
      minimum: schemaOf(p.schema!).minimum as number,
      maximum: schemaOf(p.schema!).maximum as number,
    })),
);
// Paths of the operations that take them have no path parameters (listings); fill any anyway.
const pathOf = (path: string) => path.replace(/\{\w+\}/g, 'admin');

const OUT_OF_RANGE = [
  '9223372036854775807',
  '9223372036854775808',
  '18446744073709551616',
  '99999999999999999999999999',
  '1e19',
  '1e308',
  '-1e308',
  '1.7976931348623157e309',
  'Infinity',
  '-Infinity',
  'NaN',
  '2147483648',
  '-2147483649',
  '-1',
];
// Not written as a whole number: a lenient parser would read each of them as one.
const NOT_WHOLE = ['1e1', '1E2', '0x10', '0b1', '0o7', '1.0', '1.', '.5e1', ' 1', '1 ', '', '+', '1_000', '١', '1e-0'];

describe('numeric query parameters', () => {
  it('the spec has integer query parameters with a range', () => {
    expect(integerParameters.length).toBeGreaterThanOrEqual(2);
    for (const p of integerParameters)
      expect(Number.isSafeInteger(p.maximum), `${p.op.operation.operationId} ${p.name}`).toBe(true);
  });

  it.each(integerParameters.map((p) => [`${p.op.operation.operationId} ${p.name}`, p] as const))(
    '%s: huge, non-finite and out-of-range values are a 400',
    async (_label, p) => {
      for (const value of [...OUT_OF_RANGE, String(p.maximum + 1), String(p.minimum - 1)]) {
        const r = await h.call(
          p.op.operation.operationId,
          p.op.method.toUpperCase(),
          `${pathOf(p.op.path)}?${new URLSearchParams({ [p.name]: value })}`,
        );
        expect(r.status, `${p.name}=${value} → ${r.status} ${r.text}`).toBe(400);
        expect((r.body as { message: string }).message).toContain(p.name);
      }
    },
  );

  it.each(integerParameters.map((p) => [`${p.op.operation.operationId} ${p.name}`, p] as const))(
    '%s: values not written as a whole number are a 400',
    async (_label, p) => {
      for (const value of NOT_WHOLE) {
        const r = await h.call(
          p.op.operation.operationId,
          p.op.method.toUpperCase(),
          `${pathOf(p.op.path)}?${new URLSearchParams({ [p.name]: value })}`,
        );
        expect(r.status, `${p.name}=${JSON.stringify(value)} → ${r.status} ${r.text}`).toBe(400);
        expect((r.body as { message: string }).message).toContain(p.name);
      }
    },
  );

  it.each(integerParameters.map((p) => [`${p.op.operation.operationId} ${p.name}`, p] as const))(
    '%s: the ends of the range, with a sign or leading zeros, are accepted',
    async (_label, p) => {
      for (const value of [String(p.minimum), String(p.maximum), `+${p.minimum}`, `00${p.minimum}`]) {
        const r = await h.call(
          p.op.operation.operationId,
          p.op.method.toUpperCase(),
          `${pathOf(p.op.path)}?${new URLSearchParams({ [p.name]: value })}`,
        );
        expect(r.status, `${p.name}=${value} → ${r.status} ${r.text}`).toBe(200);
      }
    },
  );

  it('a repeated parameter is a 400, not the first or last value', async () => {
    const p = integerParameters[0]!;
    const r = await h.call(
      p.op.operation.operationId,
      p.op.method.toUpperCase(),
      `${pathOf(p.op.path)}?${p.name}=1&${p.name}=99999999999999999999`,
    );
    expect(r.status, r.text).toBe(400);
  });
});
