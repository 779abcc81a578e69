// What an older Extender did not have, kept out of each route: query parameters it did not
// declare are dropped before validation (ignored, as a server ignores parameters it does not know),
// body fields added later are dropped before validation (an older server ignores unknown JSON
// fields), and response fields added later are left out of the answer. Handlers always work
// with the newest shapes; this is the one place that narrows them to the served version.
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRouteHookHandler,
  preSerializationAsyncHookHandler,
  preValidationAsyncHookHandler,
} from 'fastify';
import { listOperations, resolveRef, SpecValidator, type JsonSchema, type OpenApiDocument } from '@extender-users/spec';

/** The fields of a value that the served version lacks, by position in the value. */
interface Removal {
  /** Property names to drop from an object here. */
  drop: Set<string>;
  /** Removals inside the properties that are kept. */
  inside: Map<string, Removal>;
  /** Removals inside each array element. */
  items?: Removal;
  /**
   * Groups of alternatives (anyOf/oneOf) with removals: in each, the first branch of the full
   * description the value fits decides (a field of one name can be older in one branch than in
   * another: UserNameOnly's name is 1.2.0, UserDetails's 2.0.1).
   */
  alternatives?: { schema: unknown; removal: Removal | undefined }[][];
}

/** Whether a value fits a schema of the full description. */
type Fits = (schema: unknown, value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(into: Removal, from: Removal | undefined): void {
  if (!from) return;
  from.drop.forEach((name) => into.drop.add(name));
  for (const [name, sub] of from.inside) {
    const existing = into.inside.get(name);
    if (existing) merge(existing, sub);
    else into.inside.set(name, sub);
  }
  if (from.items) {
    if (into.items) merge(into.items, from.items);
    else into.items = from.items;
  }
  if (from.alternatives) into.alternatives = [...(into.alternatives ?? []), ...from.alternatives];
}

/**
 * Compares a schema of the full description with the same schema of the served one (which only
 * ever lacks properties): what to remove from a value of the full shape to give the served one.
 */
function difference(
  full: unknown,
  served: unknown,
  docs: { full: OpenApiDocument; served: OpenApiDocument },
  refs: Set<string>,
): Removal | undefined {
  const ref = isObject(full) && typeof full.$ref === 'string' ? full.$ref : undefined;
  if (ref && refs.has(ref)) return undefined;
  const path = ref ? new Set([...refs, ref]) : refs;
  const f = resolveRef<JsonSchema>(docs.full, full as JsonSchema);
  const s = resolveRef<JsonSchema>(docs.served, served as JsonSchema);
  if (!isObject(f) || !isObject(s)) return undefined;
  const removal: Removal = { drop: new Set(), inside: new Map() };
  const branches = (keyword: string) => {
    const fb = f[keyword];
    const sb = s[keyword];
    return Array.isArray(fb) && Array.isArray(sb)
      ? fb.map((schema: unknown, i) => ({ schema, removal: difference(schema, sb[i], docs, path) }))
      : [];
  };
  // Every part of an allOf applies; of anyOf/oneOf, the one the value fits.
  for (const part of branches('allOf')) merge(removal, part.removal);
  for (const keyword of ['anyOf', 'oneOf']) {
    const choices = branches(keyword);
    if (choices.some((c) => c.removal)) merge(removal, { drop: new Set(), inside: new Map(), alternatives: [choices] });
  }
  if (isObject(f.properties)) {
    const kept = isObject(s.properties) ? s.properties : {};
    for (const [name, schema] of Object.entries(f.properties)) {
      if (!(name in kept)) removal.drop.add(name);
      else {
        const sub = difference(schema, kept[name], docs, path);
        if (sub) removal.inside.set(name, sub);
      }
    }
  }
  if (f.items !== undefined) {
    const items = difference(f.items, s.items, docs, path);
    if (items) removal.items = items;
  }
  return removal.drop.size || removal.inside.size || removal.items || removal.alternatives ? removal : undefined;
}

/** Drops the removed fields from a value, in place. */
function strip(removal: Removal, value: unknown, fits: Fits): void {
  for (const choices of removal.alternatives ?? []) {
    const chosen = choices.find((choice) => fits(choice.schema, value));
    if (chosen?.removal) strip(chosen.removal, value, fits);
  }
  if (Array.isArray(value)) {
    const items = removal.items;
    if (items) value.forEach((item) => strip(items, item, fits));
    return;
  }
  if (!isObject(value)) return;
  removal.drop.forEach((name) => delete value[name]);
  for (const [name, sub] of removal.inside) strip(sub, value[name], fits);
}

interface OperationGate {
  /** The query parameters the served version declares; any other is dropped. */
  queryNames: Set<string>;
  /** Fields of the JSON request body the served version lacks. */
  body?: Removal;
  /** Fields of JSON responses the served version lacks, by status. */
  responses: Map<number, Removal>;
}

const JSON_TYPE = 'application/json';

/** One gate per operation the served version has, by operationId. */
function gates(full: OpenApiDocument, served: OpenApiDocument): Map<string, OperationGate> {
  const fullOperations = new Map(listOperations(full).map((o) => [o.operation.operationId, o]));
  const docs = { full, served };
  const result = new Map<string, OperationGate>();
  for (const { operation, parameters } of listOperations(served)) {
    const original = fullOperations.get(operation.operationId);
    if (!original)
      throw new Error(`The served description has an operation the full one lacks: ${operation.operationId}`);
    const gate: OperationGate = {
      queryNames: new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name)),
      responses: new Map(),
    };
    const bodyOf = (o: typeof operation, doc: OpenApiDocument) =>
      o.requestBody ? resolveRef(doc, o.requestBody).content[JSON_TYPE]?.schema : undefined;
    const fullBody = bodyOf(original.operation, full);
    if (fullBody) gate.body = difference(fullBody, bodyOf(operation, served), docs, new Set());
    for (const [status, response] of Object.entries(original.operation.responses)) {
      const fullSchema = resolveRef(full, response).content?.[JSON_TYPE]?.schema;
      const servedResponse = operation.responses[status];
      if (!fullSchema || !servedResponse) continue;
      const removal = difference(
        fullSchema,
        resolveRef(served, servedResponse).content?.[JSON_TYPE]?.schema,
        docs,
        new Set(),
      );
      if (removal) gate.responses.set(Number(status), removal);
    }
    result.set(operation.operationId, gate);
  }
  return result;
}

const asArray = <T>(hooks: T | T[] | undefined): T[] =>
  hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];

/** The served version's narrowing of each operation, for the routes and for answers built elsewhere. */
export interface VersionGate {
  /**
   * Adds the gates to the routes registered after it in `api` (the spec's routes, built from the
   * served description, which carry their operationId in the schema).
   */
  install(api: FastifyInstance): void;
  /** Leaves out of a JSON answer of an operation, in place, the fields the served version lacks. */
  narrowResponse(operationId: string, status: number, value: unknown): void;
}

export function createVersionGate(full: OpenApiDocument, served: OpenApiDocument): VersionGate {
  const byOperation = gates(full, served);
  let validator: SpecValidator | undefined;
  const fits: Fits = (schema, value) =>
    (validator ??= new SpecValidator(full)).validate(schema as JsonSchema, value).valid;
  const onRoute: onRouteHookHandler = (route) => {
    const operationId = (route.schema as { operationId?: unknown } | undefined)?.operationId;
    const gate = typeof operationId === 'string' ? byOperation.get(operationId) : undefined;
    if (!gate) return;
    const narrowRequest: preValidationAsyncHookHandler = async (request: FastifyRequest) => {
      if (isObject(request.query)) {
        for (const name of Object.keys(request.query)) if (!gate.queryNames.has(name)) delete request.query[name];
      }
      if (gate.body) strip(gate.body, request.body, fits);
    };
    route.preValidation = [...asArray(route.preValidation), narrowRequest];
    if (gate.responses.size === 0) return;
    const narrowResponse: preSerializationAsyncHookHandler<unknown> = async (
      _request: FastifyRequest,
      reply: FastifyReply,
      payload: unknown,
    ) => {
      const removal = gate.responses.get(reply.statusCode);
      if (removal) strip(removal, payload, fits);
      return payload;
    };
    route.preSerialization = [...asArray(route.preSerialization), narrowResponse];
  };
  return {
    install: (api) => api.addHook('onRoute', onRoute),
    narrowResponse: (operationId, status, value) => {
      const removal = byOperation.get(operationId)?.responses.get(status);
      if (removal) strip(removal, value, fits);
    },
  };
}
