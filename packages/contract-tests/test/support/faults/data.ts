// Faults of the data rules: a server whose bounds are off by one, in either direction. They read
// the bounds from the spec, as the checks do, and apply them to every query, path and JSON body
// value of the request.
import { operationIds, type OperationId } from '@extender-users/api-types';
import { findOperation, loadBundledSpec, resolveRef, type JsonSchema } from '@extender-users/spec';
import { escapeRegExp, jsonAnswer, type Catch, type Exchange, type Fault, type ProxyFault } from './types.js';
import { CHECK, fullName, GROUP } from '../../../suite/support/sentences.js';

const spec = loadBundledSpec();
const resolved = (schema: unknown): JsonSchema => {
  if (!schema || typeof schema !== 'object') return {};
  const { $ref, ...rest } = schema as JsonSchema & { $ref?: string };
  return $ref ? { ...resolved(resolveRef<JsonSchema>(spec, { $ref })), ...rest } : (schema as JsonSchema);
};

interface Value {
  schema: JsonSchema;
  value: unknown;
  /** Replaces the value in the request. */
  set(value: unknown): void;
}

/** Every query, path and top-level JSON body value of the request, with its schema. */
function valuesOf(exchange: Exchange): Value[] {
  if (!exchange.operationId) return [];
  const { parameters, operation } = findOperation(spec, exchange.operationId);
  const values: Value[] = [];
  for (const parameter of parameters) {
    const schema = resolved(parameter.schema);
    if (parameter.in === 'query' && exchange.url.searchParams.has(parameter.name)) {
      const text = exchange.url.searchParams.get(parameter.name)!;
      values.push({
        schema,
        value: schema.type === 'integer' && /^-?\d+$/.test(text) ? Number(text) : text,
        set: (v) => exchange.url.searchParams.set(parameter.name, String(v)),
      });
    }
    if (parameter.in === 'path' && exchange.params[parameter.name] !== undefined) {
      const name = parameter.name;
      values.push({
        schema,
        value: exchange.params[name],
        set: (v) => {
          const segments = exchange.url.pathname.split('/');
          const at = segments.findIndex((s) => decodeURIComponent(s) === exchange.params[name]);
          segments[at] = encodeURIComponent(String(v));
          exchange.url.pathname = segments.join('/');
          exchange.params[name] = String(v);
        },
      });
    }
  }
  const body = resolved(operation.requestBody?.content['application/json']?.schema);
  if (exchange.json && typeof exchange.json === 'object' && !Array.isArray(exchange.json)) {
    for (const [field, raw] of Object.entries((body.properties ?? {}) as Record<string, unknown>)) {
      if (field in exchange.json)
        values.push({ schema: resolved(raw), value: exchange.json[field], set: (v) => (exchange.json[field] = v) });
    }
  }
  return values;
}

const maxOf = (schema: JsonSchema): number | undefined =>
  schema.type === 'integer' ? (schema.maximum as number | undefined) : (schema.maxLength as number | undefined);
const sizeOf = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : typeof value === 'string' ? [...value].length : undefined;

const dataCheck = (op: OperationId, kind: 'outside' | 'inside'): string => fullName(GROUP.data, CHECK.data[kind](op));

/** The operations with a bounded query or JSON body value (a bounded path name is answered 404 when cut: an unknown user). */
const boundedBeyondPath = operationIds.filter((op) => {
  const { parameters, operation } = findOperation(spec, op);
  const body = resolved(operation.requestBody?.content['application/json']?.schema);
  return (
    parameters.some((p) => p.in === 'query' && maxOf(resolved(p.schema)) !== undefined) ||
    Object.values((body.properties ?? {}) as Record<string, unknown>).some(
      (p) => maxOf(resolved(p)) !== undefined && !resolved(p).contentEncoding,
    )
  );
});

/** The operations whose JSON body is a closed object (additionalProperties: false). */
const closedBodies = operationIds.filter(
  (op) =>
    resolved(findOperation(spec, op).operation.requestBody?.content['application/json']?.schema)
      .additionalProperties === false,
);

/** Cuts a value one past its maximum (or maxLength) to the bound. */
const cutToTheBound: ProxyFault = {
  request(exchange) {
    for (const { schema, value, set } of valuesOf(exchange)) {
      const max = maxOf(schema);
      const size = sizeOf(value);
      if (max === undefined || size !== max + 1) continue;
      set(typeof value === 'number' ? max : [...(value as string)].slice(0, max).join(''));
    }
    return undefined;
  },
};

/** The operations that take startAt. */
const listings = operationIds.filter((op) => findOperation(spec, op).parameters.some((p) => p.name === 'startAt'));

export const dataFaults = {
  'unknown-field-ignored': {
    breaks:
      'ignores a JSON body field the description does not list, as Confluence does (our assumption refuses it: caught with --strict; listed as differing without)',
    caughtBy: closedBodies.map((op): Catch => ({
      check: dataCheck(op, 'outside'),
      message: new RegExp(
        `^${op} 200: \\d+ of \\d+: body contractUnknownField not in the schema \\(additionalProperties: false\\) was answered 200`,
      ),
    })),
    writes: true,
    args: ['--strict'],
    proxy: {
      request(exchange) {
        if (!exchange.operationId || !closedBodies.includes(exchange.operationId)) return undefined;
        const { properties = {} } = resolved(
          findOperation(spec, exchange.operationId).operation.requestBody?.content['application/json']?.schema,
        );
        if (exchange.json && typeof exchange.json === 'object' && !Array.isArray(exchange.json))
          for (const field of Object.keys(exchange.json))
            if (!(field in (properties as object))) delete exchange.json[field];
        return undefined;
      },
    },
  },
  'bounds-one-too-far': {
    breaks:
      'accepts a value one past its maximum (or maxLength), cutting it to the bound: every such bound is our assumption (the vendor states none), so it is caught with --strict; without, the same server passes (assumed-bounds-lenient)',
    caughtBy: boundedBeyondPath.map((op): Catch => ({
      check: dataCheck(op, 'outside'),
      message: new RegExp(`^${op} 200: \\d+ of \\d+: .*maximum \\+ 1|^${op} 200: \\d+ of \\d+: .*maxLength \\+ 1`),
    })),
    writes: true,
    args: ['--strict'],
    proxy: cutToTheBound,
  },
  'vendor-bound-accepted': {
    breaks:
      'answers startAt -1 as startAt 0: the vendor states startAt is the index of the first item (0 the first), so it is broken without --strict',
    caughtBy: listings.map((op): Catch => ({
      check: dataCheck(op, 'outside'),
      message: new RegExp(`^${op} 200: \\d+ of \\d+: query startAt minimum − 1 \\(-1\\) was answered 200`),
    })),
    proxy: {
      request({ url }) {
        if (Number(url.searchParams.get('startAt')) < 0) url.searchParams.set('startAt', '0');
        return undefined;
      },
    },
  },
  'bounds-one-too-short': {
    breaks: 'refuses (400) a value exactly at its maxLength (our assumption everywhere: caught with --strict)',
    caughtBy: operationIds.map((op): Catch => ({
      check: dataCheck(op, 'inside'),
      message: new RegExp(
        `^${escapeRegExp(op)} 400: \\d+ of \\d+: .*maxLength \\(\\d+ characters\\) was answered 400, expected to be accepted`,
      ),
    })),
    writes: true,
    proxy: {
      request(exchange) {
        for (const { schema, value } of valuesOf(exchange)) {
          if (
            schema.type === 'string' &&
            typeof value === 'string' &&
            schema.maxLength !== undefined &&
            [...value].length === schema.maxLength
          )
            return jsonAnswer(400, { message: `a value of ${schema.maxLength} characters is too long` });
        }
        return undefined;
      },
    },
    args: ['--strict'],
  },
} satisfies Record<string, Fault>;

/** A server that differs only from our assumptions: it takes a value one past an assumed bound (listed as differing, exit 0). */
export const lenientServers = {
  'assumed-bounds-lenient': {
    breaks:
      'nothing the vendor promises: takes a value one past a maximum or maxLength that only our assumption sets, cutting it to the bound (listed as differing); only the data checks are run against it',
    caughtBy: [],
    writes: true,
    args: ['--checks', '^data from the spec > '],
    listed: [
      /~ data from the spec > getUsers: values just outside each constraint are refused with a documented 4xx\n\s+getUsers 200: query startAt maximum \+ 1 \(2147483648\) was answered 200, expected to be refused with 400 — our assumption: /,
    ],
    proxy: cutToTheBound,
  },
} satisfies Record<string, Fault>;
