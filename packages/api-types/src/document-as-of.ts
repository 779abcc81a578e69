// The description as one Extender version had it: operations, parameters and fields that version
// did not have are left out (those of unknown presence are kept), and a parameter it had that was
// removed later (x-removed-parameters) is put back. Works on the bundled JSON document.
import { presenceIn } from './versions.js';

type Node = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

function sinceOf(node: Node): { since: string; sinceAfter?: string } | undefined {
  if (typeof node['x-since'] !== 'string') return undefined;
  return { since: node['x-since'], ...(typeof node['x-since-after'] === 'string' ? { sinceAfter: node['x-since-after'] } : {}) };
}

/** False only when the version is known not to have it. */
function has(version: string, node: Node): boolean {
  const since = sinceOf(node);
  return since === undefined || presenceIn(version, since) !== 'no';
}

function resolve(doc: Node, value: unknown): unknown {
  if (!isNode(value) || typeof value.$ref !== 'string' || !value.$ref.startsWith('#/')) return value;
  return value.$ref.slice(2).split('/').reduce<unknown>((node, key) => (isNode(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), doc);
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
        if (version !== 'latest' && presenceIn(version, { since: removed.since }) === 'yes' && presenceIn(version, { since: removed.removedIn }) === 'no') {
          (operation.parameters as unknown[]).push({ name: removed.name, in: removed.in, required: false, description: removed.description, schema: { type: 'boolean' }, 'x-since': removed.since });
        }
      }
    }
    if (!METHODS.some((m) => isNode(item[m]))) delete paths[path];
  }
  pruneSchemas(copy.components, version);
  pruneSchemas(copy.paths, version);
  if (isNode(copy.info)) {
    copy.info.version = version;
    copy.info.title = `${String(copy.info.title)} (as of Extender ${version})`;
  }
  return copy as T;
}
