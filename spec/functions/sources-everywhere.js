// @ts-check
// Spectral function behind the rule `x-source-everywhere` (.spectral.yaml): every operation says
// where it comes from (`x-source` on itself), every `x-promises` entry has a valid `x-source`, and
// every constraint keyword that can refuse a real request or answer (closed objects, required
// lists, patterns, enums, formats, bounds) has a source on itself (`x-keyword-sources`) or on its
// nearest ancestor inside the same operation or component. See spec/extensions.md § x-source.
// Plain JavaScript because Spectral loads rule functions as JavaScript.

const KINDS = ['vendor', 'platform', 'observed', 'security', 'assumption'];

/** Keywords that can refuse a value: a source must say who promised them. */
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

/** Keywords whose value maps names (of properties, media types, statuses...) to nodes. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'parameters',
  'responses',
  'headers',
  'content',
  'encoding',
  '$defs',
]);

/** Keywords whose value is data, not description: nothing inside them is a keyword. */
const DATA = new Set(['example', 'examples', 'default', 'const', 'enum']);

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);
const COMPONENT_KINDS = ['schemas', 'parameters', 'responses', 'headers', 'requestBodies'];

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isNode = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Does a constraint keyword, with this value, restrict anything? (`required: false` does not.) */
function restricts(keyword, value) {
  if (keyword === 'additionalProperties') return value === false;
  if (keyword === 'required') return value !== false;
  if (keyword === 'uniqueItems') return value === true;
  return true;
}

/**
 * What is wrong with one `x-source` value, or [] when it is well formed.
 * @param {unknown} source
 * @returns {string[]}
 */
export function sourceProblems(source) {
  if (!isNode(source)) return ['x-source must be an object { kind, ref, since?, note? }'];
  const problems = [];
  if (!KINDS.includes(/** @type {string} */ (source.kind)))
    problems.push(`x-source kind must be one of ${KINDS.join(', ')}`);
  if (typeof source.ref !== 'string' || source.ref.trim() === '')
    problems.push('x-source needs a ref (where it is said)');
  if (source.kind === 'vendor' && typeof source.since !== 'string')
    problems.push('a vendor x-source needs since (the page version that states it, or latest)');
  if (source.kind === 'assumption' && (typeof source.note !== 'string' || source.note.trim() === ''))
    problems.push('an assumption x-source needs a note (what we assume and why)');
  for (const key of Object.keys(source))
    if (!['kind', 'since', 'ref', 'note'].includes(key)) problems.push(`x-source has an unknown field ${key}`);
  return problems;
}

/**
 * Walks one operation or component. `sourced` says whether an ancestor inside it has a source.
 * @param {unknown} node
 * @param {(string|number)[]} path
 * @param {boolean} sourced
 * @param {boolean} namesHere the keys of this node are names, not keywords
 * @param {{ message: string, path: (string|number)[] }[]} results
 */
function walk(node, path, sourced, namesHere, results) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, [...path, i], sourced, false, results));
    return;
  }
  if (!isNode(node)) return;
  if (namesHere) {
    for (const [name, child] of Object.entries(node)) walk(child, [...path, name], sourced, false, results);
    return;
  }
  if ('x-source' in node) {
    for (const problem of sourceProblems(node['x-source']))
      results.push({ message: problem, path: [...path, 'x-source'] });
  }
  const keywordSources = isNode(node['x-keyword-sources']) ? node['x-keyword-sources'] : {};
  for (const [keyword, source] of Object.entries(keywordSources)) {
    const where = [...path, 'x-keyword-sources', keyword];
    if (!CONSTRAINTS.has(keyword) || !(keyword in node))
      results.push({
        message: `x-keyword-sources names ${keyword}, which is not a constraint of this node`,
        path: where,
      });
    for (const problem of sourceProblems(source)) results.push({ message: problem, path: where });
  }
  const here = sourced || 'x-source' in node;
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('x-')) continue;
    if (CONSTRAINTS.has(key) && restricts(key, child) && !here && !(key in keywordSources))
      results.push({
        message: `${key} has no source: add x-source here or on an ancestor, or x-keyword-sources.${key}`,
        path: [...path, key],
      });
    if (DATA.has(key)) continue;
    walk(child, [...path, key], here, NAME_MAPS.has(key), results);
  }
}

/** @param {unknown} promises @param {(string|number)[]} path @param {{ message: string, path: (string|number)[] }[]} results */
function checkPromises(promises, path, results) {
  if (promises === undefined) return;
  if (!Array.isArray(promises)) {
    results.push({ message: 'x-promises must be a list of { id, says, x-source }', path });
    return;
  }
  const seen = new Set();
  promises.forEach((entry, i) => {
    const where = [...path, i];
    if (!isNode(entry)) return results.push({ message: 'an x-promises entry must be an object', path: where });
    if (typeof entry.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(entry.id))
      results.push({ message: 'an x-promises id must be kebab-case', path: [...where, 'id'] });
    else if (seen.has(entry.id))
      results.push({ message: `x-promises id ${entry.id} is repeated`, path: [...where, 'id'] });
    seen.add(entry.id);
    if (typeof entry.says !== 'string' || entry.says.trim() === '')
      results.push({ message: 'an x-promises entry needs says', path: [...where, 'says'] });
    if (!('x-source' in entry)) results.push({ message: `promise ${String(entry.id)} has no x-source`, path: where });
    else
      for (const problem of sourceProblems(entry['x-source']))
        results.push({ message: problem, path: [...where, 'x-source'] });
  });
}

/** @param {unknown} doc */
export default function sourcesEverywhere(doc) {
  /** @type {{ message: string, path: (string|number)[] }[]} */
  const results = [];
  if (!isNode(doc)) return results;
  checkPromises(doc['x-promises'], ['x-promises'], results);
  for (const [route, item] of Object.entries(isNode(doc.paths) ? doc.paths : {})) {
    if (!isNode(item)) continue;
    walk(item.parameters, ['paths', route, 'parameters'], false, false, results);
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.has(method) || !isNode(operation)) continue;
      const path = ['paths', route, method];
      if (!('x-source' in operation))
        results.push({ message: `operation ${String(operation.operationId)} has no x-source`, path });
      checkPromises(operation['x-promises'], [...path, 'x-promises'], results);
      walk(operation, path, false, false, results);
    }
  }
  const components = isNode(doc.components) ? doc.components : {};
  for (const kind of COMPONENT_KINDS) {
    const group = components[kind];
    if (!isNode(group)) continue;
    for (const [name, component] of Object.entries(group))
      walk(component, ['components', kind, name], false, false, results);
  }
  return results;
}
