// The description as one Extender version had it: operations, parameters and fields that version
// did not have are left out (those of unknown presence are kept), and a parameter it had that was
// removed later (x-removed-parameters) is put back, and the examples lose the fields the version
// did not have. Works on the bundled JSON document.
import { presenceIn } from './versions.js';

type Node = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

function sinceOf(node: Node): { since: string; sinceAfter?: string } | undefined {
  if (typeof node['x-since'] !== 'string') return undefined;
  return {
    since: node['x-since'],
    ...(typeof node['x-since-after'] === 'string' ? { sinceAfter: node['x-since-after'] } : {}),
  };
}

/** False only when the version is known not to have it. */
function has(version: string, node: Node): boolean {
  const since = sinceOf(node);
  return since === undefined || presenceIn(version, since) !== 'no';
}

/** Follows local `$ref`s (a chain of them too) to the object they point at. */
function resolve(doc: Node, value: unknown): unknown {
  let current = value;
  for (
    let depth = 0;
    depth < 20 && isNode(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#/');
    depth++
  ) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, key) => (isNode(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
        doc,
      );
  }
  return current;
}

/** Every schema object's property names as the full description has them. */
function recordProperties(node: unknown, into: WeakMap<Node, Set<string>>): WeakMap<Node, Set<string>> {
  if (Array.isArray(node)) node.forEach((n) => recordProperties(n, into));
  else if (isNode(node)) {
    if (isNode(node.properties)) into.set(node, new Set(Object.keys(node.properties)));
    for (const value of Object.values(node)) recordProperties(value, into);
  }
  return into;
}

/** Whether every field of `value`, at every depth, is one the full description gives its schema. */
function fitsShape(doc: Node, value: unknown, rawSchema: unknown, original: WeakMap<Node, Set<string>>): boolean {
  const schema = resolve(doc, rawSchema);
  if (!isNode(schema)) return true;
  const branches = [...((schema.anyOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])];
  if (branches.length > 0) return branches.some((b) => fitsShape(doc, value, b, original));
  if (Array.isArray(value)) return value.every((item) => fitsShape(doc, item, schema.items, original));
  if (!isNode(value) || !isNode(schema.properties)) return true;
  const known = original.get(schema);
  return Object.entries(value).every(
    ([key, v]) =>
      known?.has(key) &&
      (!isNode(schema.properties) ||
        !(key in schema.properties) ||
        fitsShape(doc, v, schema.properties[key], original)),
  );
}

/**
 * Removes from an example value the fields its (pruned) schema no longer has. Of the branches of
 * an anyOf/oneOf, the first whose full shape holds all of the value's fields is the value's shape.
 */
function pruneExample(doc: Node, value: unknown, rawSchema: unknown, original: WeakMap<Node, Set<string>>): void {
  const schema = resolve(doc, rawSchema);
  if (!isNode(schema)) return;
  if (Array.isArray(value)) return value.forEach((item) => pruneExample(doc, item, schema.items, original));
  if (!isNode(value)) return;
  const branches = [...((schema.anyOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])]
    .map((b) => resolve(doc, b))
    .filter(isNode);
  if (branches.length > 0) {
    const shape = branches.find((b) => fitsShape(doc, value, b, original));
    if (shape) pruneExample(doc, value, shape, original);
    return;
  }
  if (!isNode(schema.properties)) return;
  for (const key of Object.keys(value)) {
    if (key in schema.properties) pruneExample(doc, value[key], schema.properties[key], original);
    else if (original.get(schema)?.has(key)) delete value[key];
  }
}

/** Every media type of the paths with its examples (component examples resolved), pruned to its schema. */
function pruneExamples(doc: Node, original: WeakMap<Node, Set<string>>): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node)) return;
    if (isNode(node.schema) && (isNode(node.examples) || 'example' in node)) {
      if ('example' in node) pruneExample(doc, node.example, node.schema, original);
      for (const example of Object.values(isNode(node.examples) ? node.examples : {})) {
        const resolved = resolve(doc, example);
        if (isNode(resolved)) pruneExample(doc, resolved.value, node.schema, original);
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(doc.paths);
}

/** Drops the properties a version did not have from every schema below `node`. */
function pruneSchemas(node: unknown, version: string): void {
  if (Array.isArray(node)) return node.forEach((n) => pruneSchemas(n, version));
  if (!isNode(node)) return;
  if (isNode(node.properties)) {
    for (const [name, prop] of Object.entries(node.properties)) {
      if (isNode(prop) && !has(version, prop)) {
        delete node.properties[name];
        if (Array.isArray(node.required)) node.required = node.required.filter((r) => r !== name);
      }
    }
  }
  for (const value of Object.values(node)) pruneSchemas(value, version);
}

interface RemovedParameter {
  name: string;
  in: string;
  since: string;
  removedIn: string;
  description?: string;
}

/** A deep copy of `doc` as `version` (`X.Y.Z` or `latest`) had it. */
export function documentAsOf<T extends object>(doc: T, version: string): T {
  const copy = structuredClone(doc) as Node;
  const paths = (copy.paths ?? {}) as Record<string, Node>;
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!isNode(operation)) continue;
      if (!has(version, operation)) {
        delete item[method];
        continue;
      }
      const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
      operation.parameters = parameters.filter((p) => {
        const resolved = resolve(copy, p);
        return !isNode(resolved) || has(version, resolved);
      });
      for (const removed of (operation['x-removed-parameters'] as RemovedParameter[] | undefined) ?? []) {
        if (
          version !== 'latest' &&
          presenceIn(version, { since: removed.since }) === 'yes' &&
          presenceIn(version, { since: removed.removedIn }) === 'no'
        ) {
          (operation.parameters as unknown[]).push({
            name: removed.name,
            in: removed.in,
            required: false,
            description: removed.description,
            schema: { type: 'boolean' },
            'x-since': removed.since,
          });
        }
      }
    }
    if (!METHODS.some((m) => isNode(item[m]))) delete paths[path];
  }
  const original = recordProperties(copy, new WeakMap());
  pruneSchemas(copy.components, version);
  pruneSchemas(copy.paths, version);
  pruneExamples(copy, original);
  if (isNode(copy.info)) {
    copy.info.version = version;
    copy.info.title = `${String(copy.info.title)} (as of Extender ${version})`;
  }
  return copy as T;
}
