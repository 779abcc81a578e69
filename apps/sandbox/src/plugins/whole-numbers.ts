// Integer query and path parameters, checked on their text before validation coerces them: the
// plugin reads them as Java ints (Integer.parseInt), so only an optional sign and decimal digits
// within the spec's range are a number. A lenient parser would take `1e3`, `0x10`, ` 1` or
// `1.0` as numbers and lose precision beyond 2^53; here each is a 400 that names the parameter.
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../http/api-error.js';

interface IntegerSchema {
  type?: unknown;
  minimum?: number;
  maximum?: number;
  format?: string;
}

interface ObjectSchema {
  properties?: Record<string, IntegerSchema>;
}

/** The widest range a format allows, when the schema states no bound of its own. */
const FORMAT_RANGE: Record<string, [bigint, bigint]> = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
};
const WHOLE = /^[+-]?[0-9]+$/;

function check(where: string, name: string, raw: unknown, schema: IntegerSchema): void {
  if (raw === undefined) return;
  const texts = Array.isArray(raw) ? raw : [raw];
  if (texts.length !== 1) throw new ApiError(400, `${where}.${name} must be given once`);
  const text = String(texts[0]);
  const [formatMin, formatMax] = FORMAT_RANGE[schema.format ?? 'int64'] ?? FORMAT_RANGE.int64!;
  const min = schema.minimum !== undefined ? BigInt(Math.ceil(schema.minimum)) : formatMin;
  const max = schema.maximum !== undefined ? BigInt(Math.floor(schema.maximum)) : formatMax;
  const value = WHOLE.test(text) ? BigInt(text) : undefined;
  if (value === undefined || value < min || value > max) {
    throw new ApiError(
      400,
      `${where}.${name} must be a whole number from ${min} to ${max}, got '${text.slice(0, 40)}'`,
    );
  }
}

function checkPart(where: string, schema: unknown, values: unknown): void {
  const properties = (schema as ObjectSchema | undefined)?.properties;
  if (!properties || !values || typeof values !== 'object') return;
  for (const [name, property] of Object.entries(properties)) {
    if (property.type === 'integer') check(where, name, (values as Record<string, unknown>)[name], property);
  }
}

/** Every integer parameter of each route's schema, checked on its raw text before validation. */
export const wholeNumbers = fp(
  async (app) => {
    app.addHook('preValidation', refuseMalformedIntegers);
  },
  { name: 'whole-numbers' },
);

async function refuseMalformedIntegers(request: FastifyRequest): Promise<void> {
  const schema = request.routeOptions.schema;
  if (!schema) return;
  checkPart('querystring', schema.querystring, request.query);
  checkPart('params', schema.params, request.params);
}
