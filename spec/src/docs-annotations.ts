// What the docs add to a description before Redoc renders it: a badge with the Extender version
// each operation, parameter, schema and field appeared in (`x-since`, shown by Redoc's `x-badges`),
// and the source of each promise (`x-source`, spec/extensions.md) written under its description.
// The document given is not changed; an annotated copy is returned.

type Node = Record<string, unknown>;

/** One entry of `x-source` (spec/extensions.md § x-source). */
export interface SourceEntry {
  kind: 'vendor' | 'platform' | 'observed' | 'assumption';
  ref?: string;
  covers?: string[];
  behaviour?: string;
  says?: string;
  note?: string;
}

/** A Redoc badge (`x-badges`). */
export interface Badge {
  name: string;
  color: string;
  position?: 'before' | 'after';
}

const KIND_WORDS: Record<SourceEntry['kind'], string> = {
  vendor: 'vendor (a promise)',
  platform: 'Confluence (a promise)',
  observed: 'observed (not a promise)',
  assumption: 'our assumption (not a promise)',
};

/** Keywords whose value maps names (of properties, paths, components…) to nodes. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'paths',
  'schemas',
  'parameters',
  'responses',
  'headers',
  'content',
  'requestBodies',
  'securitySchemes',
  'links',
  'callbacks',
  'encoding',
  '$defs',
]);

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The badge for an `x-since` value: the version, or "after V" when the version is not known. */
export function sinceBadge(since: unknown, sinceAfter: unknown): Badge | undefined {
  if (typeof since !== 'string' || since === '') return undefined;
  if (since === 'unknown')
    return { name: typeof sinceAfter === 'string' ? `new after ${sinceAfter}` : 'since: not known', color: '#b35900' };
  return { name: `since ${since}`, color: '#2f6f9f' };
}

/** `x-source` as Markdown: one line per entry, saying what kind of source it is and where it is said. */
export function sourcesMarkdown(entries: unknown): string | undefined {
  if (!Array.isArray(entries) || entries.length === 0) return undefined;
  const lines = entries.filter(isNode).map((raw) => {
    const entry = raw as unknown as SourceEntry;
    const what = entry.behaviour
      ? `*${entry.says ?? entry.behaviour}*`
      : entry.covers?.length
        ? entry.covers.map((c) => `\`${c}\``).join(', ')
        : 'all of it';
    const where = [entry.ref, entry.note].filter(Boolean).join(' — ');
    return `- ${what}: ${KIND_WORDS[entry.kind] ?? entry.kind}${where ? `; ${where}` : ''}`;
  });
  return lines.length ? `**Sources**\n\n${lines.join('\n')}` : undefined;
}

function annotate(node: Node): void {
  const badge = sinceBadge(node['x-since'], node['x-since-after']);
  if (badge) {
    const badges = Array.isArray(node['x-badges']) ? (node['x-badges'] as Badge[]) : [];
    node['x-badges'] = [...badges, badge];
    // Redoc shows a parameter's badges from its schema.
    if (typeof node.in === 'string' && isNode(node.schema))
      node.schema = { ...node.schema, 'x-badges': node['x-badges'] };
  }
  const sources = sourcesMarkdown(node['x-source']);
  if (sources) node.description = typeof node.description === 'string' ? `${node.description}\n\n${sources}` : sources;
}

/** A copy of `doc` with version badges and sources on every node that has them. */
export function annotateForDocs<T extends object>(doc: T): T {
  const copy = structuredClone(doc);
  // `key` is the keyword a value sits under; under `properties` (and other maps of names) a key is
  // a name, not a keyword.
  const visit = (value: unknown, key: string | undefined, inNameMap: boolean): void => {
    // Inside examples everything is data, and inside x- extensions nothing is a schema.
    if (!inNameMap && (key === 'example' || key === 'examples' || key === 'const' || key?.startsWith('x-'))) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, undefined, false));
    if (!isNode(value)) return;
    const namesHere = !inNameMap && key !== undefined && NAME_MAPS.has(key);
    for (const [childKey, child] of Object.entries(value)) visit(child, childKey, namesHere);
    if (!namesHere) annotate(value);
  };
  visit(copy, undefined, false);
  return copy;
}
