// Fields the description does not know. The description closes the objects the plugin answers
// (`additionalProperties: false`), but that is our assumption: the vendor shows examples and never
// says there is no other field, and a real 2022 answer carried `"status":"success"` beside the page
// (field-evidence.md). So answers are judged against the description with those objects open (a
// field it does not know breaks nothing), and the fields it does not know are found apart: the
// "undocumented" verdict, what to add to the description next.
import { sourceAt } from '@extender-users/api-types';
import { resolveRef, SpecValidator, type JsonSchema, type OpenApiDocument } from '@extender-users/spec';

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The keywords of a schema that can refuse a value (spec/extensions.md § x-source). */
const CONSTRAINTS = new Set([
  'additionalProperties',
  'required',
  'pattern',
  'enum',
  'const',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
]);
/** Objects whose keys are names, not keywords (a property may be called `format`). */
const NAMED = new Set(['properties', 'patternProperties', '$defs']);
/** Keys whose values are data or notes, not schemas: copied as they are. */
const verbatim = (key: string) => key === 'example' || key === 'examples' || key.startsWith('x-');

/** A copy of the description without the constraints `dropped` picks where only our assumption makes them. */
function withoutAssumed(doc: OpenApiDocument, dropped: (key: string, value: unknown) => boolean): OpenApiDocument {
  const copy = (node: unknown, pointer: string, named: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => copy(item, `${pointer}/${i}`, false));
    if (!node || typeof node !== 'object') return node;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${escape(key)}`;
      if (!named && verbatim(key)) {
        result[key] = value;
        continue;
      }
      if (!named && dropped(key, value) && sourceAt(`#${at}`)?.kind === 'assumption') continue;
      result[key] = copy(value, at, !named && NAMED.has(key));
    }
    return result;
  };
  return copy(doc, '', false) as OpenApiDocument;
}

/** A copy of the description whose objects closed by our assumption are open. */
export const openedWhereAssumed = (doc: OpenApiDocument): OpenApiDocument =>
  withoutAssumed(doc, (key, value) => key === 'additionalProperties' && value === false);

/** A copy of the description with only what is promised: every constraint that is our assumption alone is gone. */
export const promisedOnly = (doc: OpenApiDocument): OpenApiDocument =>
  withoutAssumed(doc, (key, value) => CONSTRAINTS.has(key) && (key !== 'additionalProperties' || value === false));

function resolved(doc: OpenApiDocument, schema: unknown): JsonSchema {
  let node = schema as JsonSchema & { $ref?: string };
  for (let i = 0; i < 20 && node && typeof node.$ref === 'string'; i++) {
    const { $ref, ...rest } = node;
    node = { ...resolveRef<JsonSchema>(doc, { $ref }), ...rest } as JsonSchema & { $ref?: string };
  }
  return (node ?? {}) as JsonSchema;
}

/**
 * Where `value` holds fields that `schema` (of the closed description `doc`) does not know: JSON
 * pointers into the value. Of the branches of an `anyOf`/`oneOf`, the one that fits the open
 * description (`open`) with the fewest unknown fields is taken (an extended user fits the basic
 * shape too, with its extended fields unknown there).
 */
export function undocumentedFields(
  doc: OpenApiDocument,
  open: SpecValidator,
  schema: unknown,
  value: unknown,
  at = '',
): string[] {
  const node = resolved(doc, schema);
  const branches = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
  if (Array.isArray(branches)) {
    let best: string[] | undefined;
    for (const branch of branches) {
      if (!open.validate(branch as JsonSchema, value).valid) continue;
      const found = undocumentedFields(doc, open, branch, value, at);
      if (!best || found.length < best.length) best = found;
    }
    return best ?? [];
  }
  if (Array.isArray(value)) {
    const items = node.items;
    return items && typeof items === 'object'
      ? value.flatMap((item, i) => undocumentedFields(doc, open, items, item, `${at}/${i}`))
      : [];
  }
  if (!value || typeof value !== 'object') return [];
  const properties = (node.properties ?? {}) as Record<string, unknown>;
  const found: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    const where = `${at}/${escape(key)}`;
    if (key in properties) found.push(...undocumentedFields(doc, open, properties[key], field, where));
    else if (node.additionalProperties === false) found.push(where);
  }
  return found;
}

/** A pointer with its array positions as `*`: the same field of every user is one finding. */
export const generalized = (pointer: string): string => pointer.replace(/\/\d+(?=\/|$)/g, '/*');
