// Requests generated from the spec's own schemas with fast-check: valid ones, and ones broken in
// exactly one way that the spec forbids.
import fc from 'fast-check';
import { listOperations, loadBundledSpec, resolveRef, type JsonSchema, type LocatedOperation, type OpenApiDocument } from '@extender-users/spec';

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
}

const deref = (schema: JsonSchema): JsonSchema => (schema.$ref ? { ...resolveRef<JsonSchema>(spec, schema as { $ref: string }), ...schema, $ref: undefined } : schema);

/** A string matching a pattern; lookaheads (unsupported by fast-check) are checked by filtering. */
function matching(pattern: string, maxLength: number): fc.Arbitrary<string> {
  const full = new RegExp(pattern, 'u');
  const loose = pattern.replace(/\(\?![^)]*\)/g, '');
  return fc.stringMatching(new RegExp(loose, 'u')).filter((s) => s.length > 0 && s.length <= maxLength && full.test(s));
}

/** A value valid for a (dereferenced) JSON schema, for the subset of keywords the spec uses. */
export function valid(input: JsonSchema): fc.Arbitrary<unknown> {
  const schema = deref(input);
  const type = Array.isArray(schema.type) ? (schema.type as string[]).filter((t) => t !== 'null')[0] : (schema.type as string | undefined);
  const nullable = Array.isArray(schema.type) && (schema.type as string[]).includes('null');
  const base = ((): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string': {
        const max = (schema.maxLength as number | undefined) ?? 40;
        if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= max);
        if (schema.pattern) return matching(schema.pattern as string, Math.min(max, 60));
        if (schema.writeOnly) return fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 4, maxLength: 20 }).map((h) => `${PASSWORD_MARKER}${h}`);
        return fc.string({ minLength: (schema.minLength as number | undefined) ?? 0, maxLength: Math.min(max, 60), unit: 'grapheme' });
      }
      case 'integer':
        return fc.integer({ min: (schema.minimum as number | undefined) ?? -1000, max: Math.min((schema.maximum as number | undefined) ?? 2000, 2000) });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.uniqueArray(valid(schema.items as JsonSchema), { minLength: (schema.minItems as number | undefined) ?? 0, maxLength: Math.min((schema.maxItems as number | undefined) ?? 4, 4), selector: (v) => JSON.stringify(v) });
      case 'object': {
        const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
        const required = (schema.required ?? []) as string[];
        const record = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valid(v)])), { requiredKeys: required });
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
    ways.push(fc.tuple(valid(s), wrongType(props[name]!)).map(([v, w]) => ({ value: { ...(v as object), [name]: w }, broken: `wrong type for ${name}` })));
  }
  for (const name of required) {
    ways.push(valid(s).map((v) => {
      const copy = { ...(v as Record<string, unknown>) };
      delete copy[name];
      return { value: copy, broken: `missing ${name}` };
    }));
  }
  if (s.minProperties) ways.push(fc.constant({ value: {}, broken: 'no field at all' }));
  return fc.oneof(...ways);
}

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

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
      path: fc.record(Object.fromEntries(pathParams.map((p) => [p.name, valid(p.schema!)]))) as fc.Arbitrary<Record<string, string>>,
      query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, valid(p.schema!).map(String)])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>,
      body,
    })
    .map(({ path, query, body: b }) => {
      // dateFormat is a free string to the schema; only Java pattern letters make sense to the server.
      if ('dateFormat' in query) query.dateFormat = 'yyyy-MM-dd';
      return { operationId: op.operation.operationId, method: op.method.toUpperCase(), path: fill(op.path, path), query, body: b };
    });
}

/** Requests for one operation broken in exactly one way the spec forbids. */
export function brokenRequest(op: LocatedOperation): fc.Arbitrary<FuzzRequest> {
  const media = op.operation.requestBody?.content ?? {};
  const json = media['application/json']?.schema;
  const ways: fc.Arbitrary<FuzzRequest>[] = [];
  const base = validRequest(op);
  if (json) {
    ways.push(fc.tuple(base, brokenBody(json)).map(([r, b]) => ({ ...r, body: { contentType: 'application/json', payload: JSON.stringify(b.value) }, broken: b.broken })));
    ways.push(fc.tuple(base, fc.constantFrom('{"name":', '{', '[1,', 'nul', '"unterminated')).map(([r, text]) => ({ ...r, body: { contentType: 'application/json', payload: text }, broken: 'malformed JSON' })));
    ways.push(base.map((r) => ({ ...r, body: { contentType: 'text/plain', payload: 'hello' }, broken: 'wrong content type' })));
  }
  if ('multipart/form-data' in media) ways.push(base.map((r) => ({ ...r, body: { contentType: 'application/json', payload: '{"file":"x"}' }, broken: 'JSON instead of multipart' })));
  if (op.parameters.some((p) => p.name === 'userName')) {
    ways.push(fc.tuple(base, fc.constantFrom('a b', 'x<y', 'a,b', 'quote"d', "it's", 'back\\slash')).map(([r, name]) => ({ ...r, path: fill(op.path, { userName: name, propertyKey: 'k' }), broken: 'invalid user name' })));
  }
  for (const q of op.parameters.filter((p) => p.in === 'query')) {
    const schema = deref(q.schema!);
    // Invalid for both startAt (minimum 0) and maxResults (minimum 1).
    if (schema.type === 'integer') ways.push(fc.tuple(base, fc.constantFrom('-1', 'abc', '1.5', '1e3x')).map(([r, v]) => ({ ...r, query: { ...r.query, [q.name]: v }, broken: `invalid ${q.name}` })));
    if (schema.type === 'boolean') ways.push(fc.tuple(base, fc.constantFrom('maybe', '2', 'yes!')).map(([r, v]) => ({ ...r, query: { ...r.query, [q.name]: v }, broken: `invalid ${q.name}` })));
    if (q.name === 'dateFormat') ways.push(fc.tuple(base, fc.constantFrom('bbb', "yyyy 'open", 'QQ', 'yyyy-MM-dd ppp')).map(([r, v]) => ({ ...r, query: { ...r.query, dateFormat: v }, broken: 'invalid dateFormat' })));
  }
  return ways.length ? fc.oneof(...ways) : fc.constant(undefined as never);
}
