// Values just outside and just inside every constraint the spec puts on an operation's inputs
// (query, path and header parameters, JSON body fields), in the manner of Schemathesis'
// negative_data_rejection and positive_data_acceptance: from minimum/maximum, minLength/maxLength,
// pattern, format, enum/const, type, minItems/maxItems/uniqueItems, required,
// additionalProperties and minProperties, as the checked version's spec has them. Each case
// changes one value of the operation's sample request (samples.ts).
import type { OperationId } from '@extender-users/api-types';
import {
  findOperation,
  loadBundledSpec,
  resolveRef,
  SpecValidator,
  type JsonSchema,
  type OpenApiDocument,
  type ParameterObject,
} from '@extender-users/spec';
import { spec, validator } from './expectations.js';
import { isOwnName } from './http.js';
import type { UncheckedArgs } from './operations.js';
import { isPromise, sourceAt, type Source } from './promises.js';

export type Where = 'query' | 'path' | 'header' | 'body';

export interface DataCase {
  where: Where;
  /** The parameter, or the body field (`groups[]` for an array's items; `(body)` for the whole body). */
  field: string;
  /** Which bound or rule, e.g. `maxLength + 1 (256 characters)`. */
  label: string;
  /** The value sent (`omit`: the field is left out). */
  value?: unknown;
  omit?: boolean;
  /** The statuses that answer it as the spec says. */
  accept: number[];
  /** The bound it is about, for the spec's documented alternatives (e.g. `maximum + 1`). */
  bound?: string;
  /** The value is the whole multipart form. */
  form?: boolean;
  /** The Prism mock lets this through (it does not check a form's parts beyond the required ones): not sent to it. */
  notOnMock?: boolean;
  /** A server wrongly accepting it would create things other than users (groups): sent only to the suite's own sandbox. */
  createsOthers?: boolean;
  /** Where the constraint is in the spec (a JSON pointer), for its source (promises.ts): the verdict follows it. */
  pointer: string;
}

/** Where a parameter goes in a request's arguments. */
const PART = { query: 'query', path: 'path', header: 'headers' } as const;

export const describeCase = (c: DataCase): string => `${c.where} ${c.field} ${c.label}`;

/** The source of the constraint a case is about (the keyword's, else its nearest ancestor's). */
export const sourceOfCase = (c: DataCase): Source | undefined => sourceAt(c.pointer);

/** Whether a server that answers the case otherwise breaks a promise (else it differs from our assumption). */
export const isPromisedCase = (c: DataCase): boolean => {
  const source = sourceOfCase(c);
  return source === undefined || isPromise(source);
};

/** Values the suite never sends, whatever the spec allows: they would reach people or create more than users. */
const NEVER_SENT: { field: string; value: unknown; why: string }[] = [
  { field: 'sendMail', value: true, why: 'it sends an e-mail' },
];

/** A spec and its validator: the checked version's (what is sent), or the whole one (the names of checks registered for every version). */
export interface SpecView {
  doc: OpenApiDocument;
  validator: SpecValidator;
}

/** The spec as the checked version had it. */
export const versionView: SpecView = { doc: spec, validator };

let whole: SpecView | undefined;
/** The whole spec (every version): checks are registered, and named, whatever the version has. */
export const wholeView = (): SpecView => {
  if (!whole) {
    const doc = loadBundledSpec();
    whole = { doc, validator: new SpecValidator(doc) };
  }
  return whole;
};

/** The node at a JSON pointer of the document (`/components/schemas/UserName`), if any. */
function nodeAt(doc: OpenApiDocument, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      doc,
    );
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Where `key` is for the node at `pointer`: the node's own, else (through its `$ref`s) the
 * referenced node's; the pointer of the key in the node itself when no node has it (its source is
 * then the node's, promises.ts).
 */
function keyAt(doc: OpenApiDocument, pointer: string, key: string): string {
  let at = pointer;
  for (let depth = 0; depth < 20; depth++) {
    const node = nodeAt(doc, at) as Record<string, unknown> | undefined;
    if (
      !node ||
      typeof node !== 'object' ||
      key in node ||
      typeof node.$ref !== 'string' ||
      !node.$ref.startsWith('#/')
    )
      break;
    at = node.$ref.slice(1);
  }
  return `${at}/${escapePointer(key)}`;
}

/** The place a node's `$ref`s lead to (the node's own place when it has none). */
function followed(doc: OpenApiDocument, pointer: string): string {
  let at = pointer;
  for (let depth = 0; depth < 20; depth++) {
    const node = nodeAt(doc, at) as { $ref?: unknown } | undefined;
    if (!node || typeof node.$ref !== 'string' || !node.$ref.startsWith('#/')) break;
    at = node.$ref.slice(1);
  }
  return at;
}

/** Where an operation's documented answer of `status` comes from (the response, through its `$ref`). */
export function statusSource(operationId: OperationId, status: number, view: SpecView = versionView) {
  const { path, method } = findOperation(view.doc, operationId);
  return sourceAt(followed(view.doc, `/paths/${escapePointer(path)}/${method}/responses/${status}`));
}

/** The pointer reached from `pointer` by the keys `path`, each looked up as keyAt does. */
export const pointerOf = (doc: OpenApiDocument, pointer: string, path: string[]): string =>
  path.reduce((at, key) => keyAt(doc, at, key), pointer);

/** A schema with its `$ref` resolved (siblings of the `$ref`, such as a description, kept). */
function resolvedIn(doc: OpenApiDocument, schema: unknown): JsonSchema {
  if (!schema || typeof schema !== 'object') return {};
  const { $ref, ...rest } = schema as JsonSchema & { $ref?: string };
  return $ref ? { ...resolvedIn(doc, resolveRef<JsonSchema>(doc, { $ref })), ...rest } : (schema as JsonSchema);
}

/** An e-mail address of exactly `n` characters, under example.org (local part at most 64, labels at most 63). */
export function emailOfLength(n: number): string | undefined {
  const tail = 'example.org';
  const local = 'c'.padEnd(Math.max(1, Math.min(64, n - tail.length - 1)), 'x');
  let rest = n - local.length - 1 - tail.length;
  if (rest < 0) return undefined;
  const labels: string[] = [];
  let localPart = local;
  if (rest === 1) {
    localPart = local.slice(0, -1);
    rest = 2;
  }
  while (rest > 0) {
    let size = Math.min(64, rest);
    if (rest - size === 1) size--;
    labels.push(`${'d'.repeat(size - 1)}.`);
    rest -= size;
  }
  return `${localPart}@${labels.join('')}${tail}`;
}

/** A string of exactly `length` characters like `seed`, fitting the schema's pattern and format. */
function stringOfLength(schema: JsonSchema, seed: string, length: number): string | undefined {
  if (schema.format === 'email') return emailOfLength(length);
  if (schema.contentEncoding === 'base64') {
    // Valid base64 of the seed's bytes followed by zero bytes, cut to the length.
    const bytes = Buffer.from(seed, 'base64');
    return Buffer.concat([bytes, Buffer.alloc(Math.ceil((length * 3) / 4) + 3)])
      .toString('base64')
      .replace(/=+$/, '')
      .slice(0, length);
  }
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
  for (const fill of [seed.at(-1) ?? 'x', 'x']) {
    const value = length <= seed.length ? seed.slice(0, length) : seed + fill.repeat(length - seed.length);
    if (!pattern || pattern.test(value)) return value;
  }
  return undefined;
}

/** The seed with a character its pattern forbids put in its middle (a space first: safe in a URL once encoded). */
function againstPattern(schema: JsonSchema, seed: string): [string, string] | undefined {
  const pattern = new RegExp(String(schema.pattern), 'u');
  const middle = Math.ceil(seed.length / 2);
  for (const [char, name] of [
    [' ', 'a space'],
    [',', 'a comma'],
    ['!', 'an exclamation mark'],
    ['<', 'a <'],
  ] as const) {
    const value = `${seed.slice(0, middle)}${char}${seed.slice(middle)}`;
    if (!pattern.test(value)) return [value, name];
  }
  return undefined;
}

interface ValueCase {
  label: string;
  value: unknown;
  /** The keyword the value is about, from the schema (`['maxLength']`; `['items', 'pattern']` for an item's). */
  keyword: string[];
  bound?: string;
  /** Too long or too large: a body over the limit may be answered 413. */
  tooLarge?: boolean;
  /** New array items that a server wrongly accepting them would create (groups). */
  createsOthers?: boolean;
}

interface ValueCases {
  negative: ValueCase[];
  positive: ValueCase[];
}

// valueCases is pure, and a run asks for the same schema and seed again and again (each data check
// takes its cases one by one, each from a fresh sample; each 400 check looks for its invalid value):
// an image's cases are megabytes of base64 that ajv measures character by character, so making them
// every time cost seconds of CPU a run. Each is made and validated once per view.
const madeCases = new WeakMap<SpecView, Map<string, ValueCases>>();

/** The negative and positive values of one schema, from a valid seed value (made once, then shared: never changed). */
function valueCases(view: SpecView, schema: JsonSchema, seed: unknown, onTheWire: boolean): ValueCases {
  let made = madeCases.get(view);
  if (!made) madeCases.set(view, (made = new Map()));
  const key = JSON.stringify([schema, seed, onTheWire]);
  let cases = made.get(key);
  if (!cases) made.set(key, (cases = makeValueCases(view, schema, seed, onTheWire)));
  return cases;
}

function makeValueCases(view: SpecView, schema: JsonSchema, seed: unknown, onTheWire: boolean): ValueCases {
  const fits = (value: unknown): boolean => view.validator.validate(schema, value).valid;
  const negative: ValueCase[] = [];
  const positive: ValueCase[] = [];
  const type = schema.type;
  const constValues =
    schema.const !== undefined ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : undefined;
  if (constValues) {
    const keyword = [schema.const !== undefined ? 'const' : 'enum'];
    negative.push({ label: `not one of its values ('contract-invalid')`, value: 'contract-invalid', keyword });
    for (const value of constValues) positive.push({ label: `= ${JSON.stringify(value)}`, value, keyword });
  } else if (type === 'integer' || type === 'number') {
    const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
    if (minimum !== undefined) {
      const keyword = ['minimum'];
      negative.push({ label: `minimum − 1 (${minimum - 1})`, value: minimum - 1, keyword, bound: 'minimum - 1' });
      positive.push({ label: `minimum (${minimum})`, value: minimum, keyword });
    }
    if (maximum !== undefined) {
      const keyword = ['maximum'];
      positive.push({ label: `maximum (${maximum})`, value: maximum, keyword });
      negative.push({ label: `maximum + 1 (${maximum + 1})`, value: maximum + 1, keyword, bound: 'maximum + 1' });
    }
    if (type === 'integer') negative.push({ label: 'not a whole number (1.5)', value: 1.5, keyword: ['type'] });
    negative.push({ label: `not a number ('x')`, value: 'x', keyword: ['type'] });
  } else if (type === 'boolean') {
    const keyword = ['type'];
    positive.push({ label: '= true', value: true, keyword }, { label: '= false', value: false, keyword });
    negative.push({ label: `not a boolean ('maybe')`, value: 'maybe', keyword });
  } else if (type === 'string' && typeof seed === 'string') {
    const { minLength, maxLength } = schema as { minLength?: number; maxLength?: number };
    const sized = (length: number) => stringOfLength(schema, seed, length);
    if (minLength !== undefined && minLength > 0) {
      const shorter = sized(minLength - 1);
      if (shorter !== undefined)
        negative.push({
          label: `minLength − 1 (${minLength - 1} characters)`,
          value: shorter,
          keyword: ['minLength'],
          bound: 'minLength - 1',
        });
      const shortest = sized(minLength);
      if (shortest !== undefined)
        positive.push({ label: `minLength (${minLength} characters)`, value: shortest, keyword: ['minLength'] });
    }
    if (maxLength !== undefined) {
      const longest = sized(maxLength);
      if (longest !== undefined)
        positive.push({ label: `maxLength (${maxLength} characters)`, value: longest, keyword: ['maxLength'] });
      const longer = longest === undefined ? undefined : longest + longest.at(-1);
      if (longer !== undefined)
        negative.push({
          label: `maxLength + 1 (${maxLength + 1} characters)`,
          value: longer,
          keyword: ['maxLength'],
          bound: 'maxLength + 1',
          tooLarge: true,
        });
    }
    if (typeof schema.pattern === 'string') {
      const against = againstPattern(schema, seed);
      if (against)
        negative.push({ label: `against its pattern (${against[1]})`, value: against[0], keyword: ['pattern'] });
    }
    if (schema.format === 'email')
      negative.push({
        label: `not an e-mail address ('contract-not-an-e-mail')`,
        value: 'contract-not-an-e-mail',
        keyword: ['format'],
      });
    if (!onTheWire) negative.push({ label: 'not a string (42)', value: 42, keyword: ['type'] });
  } else if (type === 'array' && !onTheWire) {
    const items = resolvedIn(view.doc, schema.items);
    const seedItem = Array.isArray(seed)
      ? seed[0]
      : Array.isArray(schema.examples) && Array.isArray(schema.examples[0])
        ? schema.examples[0][0]
        : undefined;
    const { minItems, maxItems } = schema as { minItems?: number; maxItems?: number };
    if (minItems !== undefined && minItems > 0)
      negative.push({
        label: `minItems − 1 (${minItems - 1} items)`,
        value: Array.from({ length: minItems - 1 }, () => seedItem),
        keyword: ['minItems'],
        bound: 'minItems - 1',
      });
    // Only the seed's first item is sent as positive data: other group names would create groups.
    if (seedItem !== undefined)
      positive.push({
        label: `minItems (one item: ${JSON.stringify(seedItem)})`,
        value: [seedItem],
        keyword: ['minItems'],
      });
    if (maxItems !== undefined)
      negative.push({
        label: `maxItems + 1 (${maxItems + 1} items)`,
        value: Array.from({ length: maxItems + 1 }, (_, i) => `contract-group-${i}`),
        keyword: ['maxItems'],
        bound: 'maxItems + 1',
        createsOthers: true,
      });
    if (schema.uniqueItems === true && seedItem !== undefined)
      negative.push({ label: 'the same item twice', value: [seedItem, seedItem], keyword: ['uniqueItems'] });
    if (seedItem !== undefined)
      for (const item of valueCases(view, items, seedItem, false).negative)
        negative.push({
          label: `an item ${item.label}`,
          value: [item.value],
          keyword: ['items', ...item.keyword],
          createsOthers: typeof item.value === 'string',
        });
    negative.push({ label: `not an array ('x')`, value: 'x', keyword: ['type'] });
  }
  return {
    negative: negative.filter((c) => !fits(c.value)),
    positive: positive.filter((c) => fits(c.value)),
  };
}

/** A seed value for a parameter or field: the sample's, else the spec's example or default. */
function seedOf(schema: JsonSchema, sampleValue: unknown, example?: unknown): unknown {
  if (sampleValue !== undefined) return sampleValue;
  if (example !== undefined) return example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  return schema.default;
}

/** What answers a case as the spec says, among the statuses the operation documents. */
function acceptFor(
  view: SpecView,
  operationId: OperationId,
  where: Where,
  kind: 'negative' | 'positive',
  schema: JsonSchema,
  tooLarge = false,
): number[] {
  const documented = Object.keys(findOperation(view.doc, operationId).operation.responses).map(Number);
  const wanted =
    kind === 'negative'
      ? { query: [400], path: [400, 404], header: [400, 403], body: tooLarge ? [400, 413] : [400] }[where]
      : // A valid value is accepted; a path value may name nobody (404); content judged beyond the schema (an image) may be too large or of another type.
        [
          200,
          ...(where === 'path' ? [404] : []),
          ...(schema.contentEncoding || schema.contentMediaType ? [413, 415] : []),
        ];
  return wanted.filter((status) => documented.includes(status));
}

const neverSent = (field: string, value: unknown) => NEVER_SENT.some((n) => n.field === field && n.value === value);

/** Every negative or positive case of the operation, one value changed from `sample`. */
export function dataCases(
  operationId: OperationId,
  kind: 'negative' | 'positive',
  sample: UncheckedArgs,
  view: SpecView = versionView,
): DataCase[] {
  const { operation, parameters, method, path } = findOperation(view.doc, operationId);
  const resolved = (schema: unknown) => resolvedIn(view.doc, schema);
  const cases: DataCase[] = [];
  const writes = method !== 'get';
  const at = `/paths/${escapePointer(path)}/${method}`;
  // The parameters' places in the document, in findOperation's order: the path's, then the operation's.
  const places = [
    ...((view.doc.paths[path]?.parameters ?? []) as unknown[]).map(
      (_, i) => `/paths/${escapePointer(path)}/parameters/${i}`,
    ),
    ...((operation.parameters ?? []) as unknown[]).map((_, i) => `${at}/parameters/${i}`),
  ];
  for (const [index, parameter] of (parameters as ParameterObject[]).entries()) {
    const where = parameter.in as Where;
    const schemaAt = pointerOf(view.doc, places[index]!, ['schema']);
    if (where !== 'query' && where !== 'path' && where !== 'header') continue;
    const schema = resolved(parameter.schema);
    const sampleValue = (sample[PART[where]] as Record<string, unknown> | undefined)?.[parameter.name];
    const seed = seedOf(schema, sampleValue, parameter.example);
    for (const c of valueCases(view, schema, seed, true)[kind]) {
      // An empty or slashed path segment is another resource, not this operation with a bad value;
      // an empty query value (`dateFormat=`) is commonly read as no value at all (the Prism mock does).
      if (where === 'path' && (c.value === '' || String(c.value).includes('/'))) continue;
      if (where === 'query' && c.value === '') continue;
      if (kind === 'positive' && writes && parameter.name === 'userName' && !isOwnName(String(c.value))) continue;
      cases.push({
        where,
        field: parameter.name,
        label: c.label,
        value: c.value,
        bound: c.bound,
        accept: acceptFor(view, operationId, where, kind, schema),
        pointer: pointerOf(view.doc, schemaAt, c.keyword),
      });
    }
  }
  const content = operation.requestBody?.content ?? {};
  const json = content['application/json']?.schema;
  const bodyAt = (type: string) => pointerOf(view.doc, at, ['requestBody', 'content', type, 'schema']);
  if (json && sample.json !== undefined)
    cases.push(
      ...bodyCases(
        view,
        operationId,
        kind,
        resolved(json),
        sample.json as Record<string, unknown>,
        writes,
        bodyAt('application/json'),
      ),
    );
  const form = content['multipart/form-data']?.schema;
  if (form && sample.multipart !== undefined && kind === 'negative')
    cases.push(...formCases(view, operationId, resolved(form), sample, bodyAt('multipart/form-data')));
  return cases;
}

/** A multipart form's parts: a required part left out, a part the schema does not have. */
function formCases(
  view: SpecView,
  operationId: OperationId,
  schema: JsonSchema,
  sample: UncheckedArgs,
  /** The form schema's place in the document. */
  at: string,
): DataCase[] {
  const accept = acceptFor(view, operationId, 'body', 'negative', schema);
  const part = Object.values(sample.multipart!)[0]!;
  const cases: DataCase[] = [];
  for (const name of (schema.required as string[] | undefined) ?? []) {
    const { [name]: _left, ...others } = sample.multipart!;
    cases.push({
      where: 'body',
      field: name,
      label: 'left out of the form (required; another part sent instead)',
      value: { ...others, contractOtherPart: part },
      accept,
      form: true,
      pointer: pointerOf(view.doc, at, ['required']),
    });
  }
  if (schema.additionalProperties === false)
    cases.push({
      where: 'body',
      field: 'contractUnknownPart',
      label: 'a part not in the schema (additionalProperties: false)',
      value: { ...sample.multipart, contractUnknownPart: part },
      accept,
      form: true,
      notOnMock: true,
      pointer: pointerOf(view.doc, at, ['additionalProperties']),
    });
  return cases;
}

function bodyCases(
  view: SpecView,
  operationId: OperationId,
  kind: 'negative' | 'positive',
  schema: JsonSchema,
  sample: Record<string, unknown>,
  writes: boolean,
  /** The body schema's place in the document. */
  at: string,
): DataCase[] {
  const of = (...path: string[]) => pointerOf(view.doc, at, path);
  const cases: DataCase[] = [];
  const body = (
    field: string,
    label: string,
    value: unknown,
    accept: number[],
    extra: Partial<DataCase> & Pick<DataCase, 'pointer'>,
  ): DataCase => ({ where: 'body', field, label, value, accept, ...extra });
  if (kind === 'negative') {
    const accept = acceptFor(view, operationId, 'body', 'negative', schema);
    for (const name of (schema.required as string[] | undefined) ?? [])
      cases.push(body(name, 'left out (required)', undefined, accept, { omit: true, pointer: of('required') }));
    if (schema.additionalProperties === false)
      cases.push(
        body('contractUnknownField', 'not in the schema (additionalProperties: false)', 'x', accept, {
          pointer: of('additionalProperties'),
        }),
      );
    if (typeof schema.minProperties === 'number' && schema.minProperties > 0)
      cases.push(body('(body)', 'no field at all (minProperties)', {}, accept, { pointer: of('minProperties') }));
    cases.push(body('(body)', 'a JSON array instead of an object', [], accept, { pointer: of('type') }));
  }
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  for (const [name, raw] of Object.entries(properties)) {
    const fieldSchema = resolvedIn(view.doc, raw);
    for (const c of valueCases(view, fieldSchema, seedOf(fieldSchema, sample[name]), false)[kind]) {
      if (kind === 'positive' && neverSent(name, c.value)) continue;
      if (kind === 'positive' && writes && name === 'name' && !isOwnName(String(c.value))) continue;
      cases.push(
        body(name, c.label, c.value, acceptFor(view, operationId, 'body', kind, fieldSchema, c.tooLarge), {
          bound: c.bound,
          createsOthers: c.createsOthers,
          pointer: of('properties', name, ...c.keyword),
        }),
      );
    }
  }
  return cases;
}

/** The sample request with the case's one value changed. */
export function applyCase(sample: UncheckedArgs, c: DataCase): UncheckedArgs {
  const args: UncheckedArgs = {
    ...sample,
    path: { ...sample.path },
    query: { ...sample.query },
    headers: { ...sample.headers },
  };
  if (c.form) return { ...args, multipart: c.value as UncheckedArgs['multipart'] };
  if (c.where === 'body') {
    if (c.field === '(body)') return { ...args, json: c.value };
    const json = { ...(sample.json as Record<string, unknown>) };
    if (c.omit) delete json[c.field];
    else json[c.field] = c.value;
    return { ...args, json };
  }
  const part = args[PART[c.where as Exclude<Where, 'body'>]] as Record<string, unknown>;
  if (c.omit) delete part[c.field];
  else part[c.field] = c.where === 'query' ? (c.value as string | number | boolean) : String(c.value);
  return args;
}

/**
 * An answer the spec allows besides the case's statuses, described; undefined when there is none.
 * MaxResults says how the plugin answers a value above 1000 is not known: it may lower it to its
 * limit and say so, so a 200 page whose maxResults and users stay within the maximum is fine.
 */
export function documentedAlternative(c: DataCase, reply: { status: number; body: unknown }): string | undefined {
  if (c.where !== 'query' || c.field !== 'maxResults' || c.bound !== 'maximum + 1' || reply.status !== 200)
    return undefined;
  const maximum = Number(c.value) - 1;
  const page = reply.body as { maxResults?: unknown; users?: unknown[] } | undefined;
  return typeof page?.maxResults === 'number' && page.maxResults <= maximum && (page.users?.length ?? 0) <= maximum
    ? `capped to maxResults ${page.maxResults}`
    : undefined;
}
