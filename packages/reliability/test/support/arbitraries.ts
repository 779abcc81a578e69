// Requests generated from the spec's own schemas with fast-check: valid ones, and ones broken in
// exactly one way that the spec forbids.
import fc from 'fast-check';
import {
  listOperations,
  loadBundledSpec,
  resolveRef,
  type JsonSchema,
  type LocatedOperation,
  type OpenApiDocument,
} from '@extender-users/spec';

export const spec: OpenApiDocument = loadBundledSpec();
export const operations: LocatedOperation[] = listOperations(spec);
/** Every generated password carries this marker, so a leak can be searched for in every answer. */
export const PASSWORD_MARKER = 'Zq9pw';

export interface FuzzRequest {
  operationId: string;
  method: string;
  path: string;
  query: Record<string, string>;
  body?: { contentType: string; payload: string | Uint8Array | FormData };
  /** Which rule of the spec this request breaks; undefined for a valid request. */
  broken?: string;
  /** The statuses a broken request may get (default: any 4xx). */
  expected?: number[];
}

const deref = (schema: JsonSchema): JsonSchema =>
  schema.$ref ? { ...resolveRef<JsonSchema>(spec, schema as { $ref: string }), ...schema, $ref: undefined } : schema;

/** A string matching a pattern; lookaheads (unsupported by fast-check) are checked by filtering. */
function matching(pattern: string, maxLength: number): fc.Arbitrary<string> {
  const full = new RegExp(pattern, 'u');
  const loose = pattern.replace(/\(\?![^)]*\)/g, '');
  return fc.stringMatching(new RegExp(loose, 'u')).filter((s) => s.length > 0 && s.length <= maxLength && full.test(s));
}

/** A value valid for a (dereferenced) JSON schema, for the subset of keywords the spec uses. */
export function valid(input: JsonSchema): fc.Arbitrary<unknown> {
  const schema = deref(input);
  const type = Array.isArray(schema.type)
    ? (schema.type as string[]).filter((t) => t !== 'null')[0]
    : (schema.type as string | undefined);
  const nullable = Array.isArray(schema.type) && (schema.type as string[]).includes('null');
  const base = ((): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string': {
        const max = (schema.maxLength as number | undefined) ?? 40;
        if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= max);
        if (schema.pattern) return matching(schema.pattern as string, Math.min(max, 60));
        if (schema.writeOnly)
          return fc
            .string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 4, maxLength: 20 })
            .map((h) => `${PASSWORD_MARKER}${h}`);
        return fc.string({
          minLength: (schema.minLength as number | undefined) ?? 0,
          maxLength: Math.min(max, 60),
          unit: 'grapheme',
        });
      }
      case 'integer':
        return fc.integer({
          min: (schema.minimum as number | undefined) ?? -1000,
          max: Math.min((schema.maximum as number | undefined) ?? 2000, 2000),
        });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.uniqueArray(valid(schema.items as JsonSchema), {
          minLength: (schema.minItems as number | undefined) ?? 0,
          maxLength: Math.min((schema.maxItems as number | undefined) ?? 4, 4),
          selector: (v) => JSON.stringify(v),
        });
      case 'object': {
        const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
        const required = (schema.required ?? []) as string[];
        const record = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valid(v)])), {
          requiredKeys: required,
        });
        const min = (schema.minProperties as number | undefined) ?? 0;
        return min ? record.filter((o) => Object.keys(o as object).length >= min) : record;
      }
      default:
        return fc.constant('x');
    }
  })();
  return nullable ? fc.option(base, { nil: null }) : base;
}

/** A value of the wrong type for a schema. */
function wrongType(input: JsonSchema): fc.Arbitrary<unknown> {
  const type = deref(input).type;
  const types = Array.isArray(type) ? type : [type];
  const candidates: fc.Arbitrary<unknown>[] = [];
  if (!types.includes('string')) candidates.push(fc.string({ minLength: 1 }));
  if (!types.includes('integer') && !types.includes('number')) candidates.push(fc.integer());
  if (!types.includes('boolean')) candidates.push(fc.boolean());
  if (!types.includes('object')) candidates.push(fc.constant({ nested: true }));
  if (!types.includes('array')) candidates.push(fc.constant([1, 2]));
  return fc.oneof(...candidates);
}

/** A body broken in one way: a missing required field, a wrong type or an unknown field. */
function brokenBody(schema: JsonSchema): fc.Arbitrary<{ value: unknown; broken: string }> {
  const s = deref(schema);
  const props = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = (s.required ?? []) as string[];
  const ways: fc.Arbitrary<{ value: unknown; broken: string }>[] = [
    valid(s).map((v) => ({ value: { ...(v as object), unexpectedField: 1 }, broken: 'unknown field' })),
  ];
  for (const name of Object.keys(props)) {
    ways.push(
      fc
        .tuple(valid(s), wrongType(props[name]!))
        .map(([v, w]) => ({ value: { ...(v as object), [name]: w }, broken: `wrong type for ${name}` })),
    );
  }
  for (const name of required) {
    ways.push(
      valid(s).map((v) => {
        const copy = { ...(v as Record<string, unknown>) };
        delete copy[name];
        return { value: copy, broken: `missing ${name}` };
      }),
    );
  }
  if (s.minProperties) ways.push(fc.constant({ value: {}, broken: 'no field at all' }));
  return fc.oneof(...ways);
}

const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
);

function fill(path: string, params: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
}

/** Valid requests for one operation. */
export function validRequest(op: LocatedOperation): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const media = op.operation.requestBody?.content ?? {};
  const json = media['application/json']?.schema;
  const multipart = 'multipart/form-data' in media;
  const body: fc.Arbitrary<FuzzRequest['body']> = json
    ? valid(json).map((v) => ({ contentType: 'application/json', payload: JSON.stringify(v) }))
    : multipart
      ? fc.oneof(fc.constant(PNG), fc.uint8Array({ minLength: 1, maxLength: 64 })).map((bytes) => {
          const form = new FormData();
          form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' }), 'f.png');
          return { contentType: 'multipart/form-data', payload: form };
        })
      : fc.constant(undefined);
  return fc
    .record({
      path: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, valid(p.schema!)]))) as fc.Arbitrary<
        Record<string, string>
      >,
      query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, valid(p.schema!).map(String)])), {
        requiredKeys: [],
      }) as fc.Arbitrary<Record<string, string>>,
      body,
    })
    .map(({ path, query, body: b }) => {
      // dateFormat is a free string to the schema; only Java pattern letters make sense to the server.
      if ('dateFormat' in query) query.dateFormat = 'yyyy-MM-dd';
      return {
        operationId: op.operation.operationId,
        method: op.method.toUpperCase(),
        path: fill(op.path, path),
        query,
        body: b,
      };
    });
}

/** Requests for one operation broken in exactly one way the spec forbids. */
export function brokenRequest(op: LocatedOperation): fc.Arbitrary<FuzzRequest> {
  const media = op.operation.requestBody?.content ?? {};
  const json = media['application/json']?.schema;
  const ways: fc.Arbitrary<FuzzRequest>[] = [];
  const base = validRequest(op);
  if (json) {
    ways.push(
      fc.tuple(base, brokenBody(json)).map(([r, b]) => ({
        ...r,
        body: { contentType: 'application/json', payload: JSON.stringify(b.value) },
        broken: b.broken,
      })),
    );
    ways.push(
      fc.tuple(base, fc.constantFrom('{"name":', '{', '[1,', 'nul', '"unterminated')).map(([r, text]) => ({
        ...r,
        body: { contentType: 'application/json', payload: text },
        broken: 'malformed JSON',
      })),
    );
    ways.push(
      base.map((r) => ({ ...r, body: { contentType: 'text/plain', payload: 'hello' }, broken: 'wrong content type' })),
    );
  }
  if ('multipart/form-data' in media)
    ways.push(
      base.map((r) => ({
        ...r,
        body: { contentType: 'application/json', payload: '{"file":"x"}' },
        broken: 'JSON instead of multipart',
      })),
    );
  if (op.parameters.some((p) => p.name === 'userName')) {
    ways.push(
      fc.tuple(base, fc.constantFrom('a b', 'x<y', 'a,b', 'quote"d', "it's", 'back\\slash')).map(([r, name]) => ({
        ...r,
        path: fill(op.path, { userName: name, propertyKey: 'k' }),
        broken: 'invalid user name',
      })),
    );
  }
  for (const q of op.parameters.filter((p) => p.in === 'query')) {
    const schema = deref(q.schema!);
    // Invalid for both startAt (minimum 0) and maxResults (minimum 1).
    if (schema.type === 'integer')
      ways.push(
        fc
          .tuple(base, fc.constantFrom('-1', 'abc', '1.5', '1e3x'))
          .map(([r, v]) => ({ ...r, query: { ...r.query, [q.name]: v }, broken: `invalid ${q.name}` })),
      );
    if (schema.type === 'boolean')
      ways.push(
        fc
          .tuple(base, fc.constantFrom('maybe', '2', 'yes!'))
          .map(([r, v]) => ({ ...r, query: { ...r.query, [q.name]: v }, broken: `invalid ${q.name}` })),
      );
    if (q.name === 'dateFormat')
      ways.push(
        fc
          .tuple(base, fc.constantFrom('bbb', "yyyy 'open", 'QQ', 'yyyy-MM-dd ppp'))
          .map(([r, v]) => ({ ...r, query: { ...r.query, dateFormat: v }, broken: 'invalid dateFormat' })),
      );
  }
  return ways.length ? fc.oneof(...ways) : fc.constant(undefined as never);
}

/** The query parameters of an operation whose schema is a number (integer or number). */
export function numericQueryParameters(op: LocatedOperation) {
  return op.parameters.filter(
    (p) => p.in === 'query' && ['integer', 'number'].includes(deref(p.schema!).type as string),
  );
}

/**
 * Text for a numeric parameter that is not a whole number within its schema's range: beyond 64
 * bits, non-finite, fractional, or written in a notation other than decimal digits (exponents,
 * hex, padding), which a lenient number parser would accept.
 */
export function notAWholeNumberInRange(input: JsonSchema): fc.Arbitrary<string> {
  const schema = deref(input);
  const min = BigInt((schema.minimum as number | undefined) ?? -(2 ** 31));
  const max = BigInt((schema.maximum as number | undefined) ?? 2 ** 31 - 1);
  const inRange = (d: number) => Number.isInteger(d) && d >= Number(min) && d <= Number(max);
  return fc.oneof(
    fc.constantFrom(
      '9223372036854775807',
      '9223372036854775808',
      '-9223372036854775809',
      '18446744073709551616',
      '99999999999999999999999999',
      '1e19',
      '1e308',
      '-1e308',
      '1.7976931348623157e309',
      '5e-324',
      'Infinity',
      '-Infinity',
      '+Infinity',
      'NaN',
      '\u221e',
      '',
      '-',
      '+',
    ),
    fc.bigInt({ min: 2n ** 63n, max: 2n ** 256n }).map(String),
    fc.bigInt({ min: -(2n ** 256n), max: -(2n ** 63n) }).map(String),
    fc.bigInt({ min: max + 1n, max: 2n ** 63n }).map(String),
    fc.bigInt({ min: -(2n ** 63n), max: min - 1n }).map(String),
    fc
      .double()
      .filter((d) => !inRange(d))
      .map(String),
    fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: -400, max: 400 })).map(([m, e]) => `${m}e${e}`),
    fc.integer({ min: 0, max: 1000 }).map((n) => `0x${n.toString(16)}`),
    fc.integer({ min: 0, max: 1000 }).map((n) => `${n}.0`),
    fc.integer({ min: 0, max: 1000 }).map((n) => ` ${n}`),
  );
}

/** Requests for one operation whose numeric query parameter is not a whole number in range: 400. */
export function extremeNumberRequest(op: LocatedOperation): fc.Arbitrary<FuzzRequest> | undefined {
  const params = numericQueryParameters(op);
  if (params.length === 0) return undefined;
  return fc.tuple(validRequest(op), fc.constantFrom(...params)).chain(([r, p]) =>
    notAWholeNumberInRange(p.schema!).map((v) => ({
      ...r,
      query: { ...r.query, [p.name]: v },
      broken: `${p.name} not a whole number in range`,
      expected: [400],
    })),
  );
}

const CRLF = '\r\n';
const boundaryText = fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/).map((b) => `----fz${b}`);

/** A well-formed multipart form: one file part named `file` holding `bytes`. */
function formBytes(boundary: string, bytes: Uint8Array): Uint8Array {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}${CRLF}Content-Disposition: form-data; name="file"; filename="a.png"${CRLF}Content-Type: image/png${CRLF}${CRLF}`,
    ),
    bytes,
    Buffer.from(`${CRLF}--${boundary}--${CRLF}`),
  ]);
}

/** Malformed multipart bodies of each kind: cut short, no or a mismatched boundary, garbage, no parts. */
export function malformedMultipartRequest(op: LocatedOperation): fc.Arbitrary<FuzzRequest> | undefined {
  if (!('multipart/form-data' in (op.operation.requestBody?.content ?? {}))) return undefined;
  const image = fc.oneof(fc.constant(PNG), fc.uint8Array({ minLength: 1, maxLength: 256 }));
  const kinds: fc.Arbitrary<{ kind: string; contentType: string; payload: Uint8Array }>[] = [
    // Cut anywhere before the end of the closing boundary.
    fc.tuple(boundaryText, image, fc.double({ min: 0, max: 1, noNaN: true })).map(([b, bytes, at]) => {
      const whole = formBytes(b, bytes);
      const closing = `--${b}--`.length + 2;
      return {
        kind: 'cut short',
        contentType: `multipart/form-data; boundary=${b}`,
        payload: whole.subarray(0, Math.floor(at * (whole.length - closing))),
      };
    }),
    fc
      .tuple(boundaryText, image)
      .map(([b, bytes]) => ({ kind: 'no boundary', contentType: 'multipart/form-data', payload: formBytes(b, bytes) })),
    fc.tuple(boundaryText, image).map(([b, bytes]) => ({
      kind: 'empty boundary',
      contentType: 'multipart/form-data; boundary=',
      payload: formBytes(b, bytes),
    })),
    fc
      .tuple(boundaryText, boundaryText, image)
      .filter(([a, b]) => a !== b)
      .map(([a, b, bytes]) => ({
        kind: 'mismatched boundary',
        contentType: `multipart/form-data; boundary=${a}`,
        payload: formBytes(b, bytes),
      })),
    fc
      .tuple(boundaryText, fc.uint8Array({ minLength: 0, maxLength: 2000 }))
      .map(([b, bytes]) => ({ kind: 'garbage', contentType: `multipart/form-data; boundary=${b}`, payload: bytes })),
    fc.tuple(boundaryText, fc.uint8Array({ maxLength: 200 })).map(([b, bytes]) => ({
      kind: 'garbage after the boundary',
      contentType: `multipart/form-data; boundary=${b}`,
      payload: Buffer.concat([Buffer.from(`--${b}${CRLF}`), bytes]),
    })),
    boundaryText.map((b) => ({
      kind: 'no parts',
      contentType: `multipart/form-data; boundary=${b}`,
      payload: Buffer.from(`--${b}--${CRLF}`),
    })),
  ];
  return fc.tuple(validRequest(op), fc.oneof(...kinds)).map(([r, m]) => ({
    ...r,
    body: { contentType: m.contentType, payload: m.payload },
    broken: `malformed multipart: ${m.kind}`,
    expected: [400, 413, 415],
  }));
}
