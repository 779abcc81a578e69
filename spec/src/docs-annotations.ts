// What the docs add to a description before Redoc renders it: a badge with the Extender version
// each operation, parameter, schema and field appeared in (`x-since`, shown by Redoc's `x-badges`),
// and the source of each promise and constraint (`x-source`, `x-keyword-sources`, an operation's
// `x-promises`: spec/extensions.md) written under its description.
// The document given is not changed; an annotated copy is returned.

type Node = Record<string, unknown>;

/** An `x-source` (spec/extensions.md § x-source): where a promise or a constraint comes from. */
export interface SourceEntry {
  kind: 'vendor' | 'platform' | 'observed' | 'security' | 'assumption';
  since?: string;
  ref: string;
  note?: string;
}

/** An entry of an operation's `x-promises`. */
export interface PromiseEntry {
  id: string;
  says: string;
  versions?: string;
  'x-source': SourceEntry;
}

/** A Redoc badge (`x-badges`). */
export interface Badge {
  name: string;
  color: string;
  position?: 'before' | 'after';
}

const KIND_WORDS: Record<SourceEntry['kind'], string> = {
  vendor: 'the vendor (a promise)',
  platform: 'Confluence (a promise)',
  observed: 'observed in the field',
  security: 'a security rule (a promise)',
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

/** One source in words: its kind, the page version for the vendor's, where it is said, and the note. */
export function sourceText(source: unknown): string | undefined {
  if (!isNode(source)) return undefined;
  const { kind, since, ref, note } = source as unknown as SourceEntry;
  const who = KIND_WORDS[kind] ?? String(kind);
  const version = since ? (since === 'latest' ? ", the vendor's current page" : `, page ${since}`) : '';
  return [`${who}${version}`, ref, note].filter(Boolean).join('; ');
}

/** A node's `x-source` and `x-keyword-sources` as Markdown: one line for the node, one per keyword. */
export function sourcesMarkdown(source: unknown, keywordSources?: unknown): string | undefined {
  const lines: string[] = [];
  const own = sourceText(source);
  if (own) lines.push(`- ${own}`);
  if (isNode(keywordSources))
    for (const [keyword, entry] of Object.entries(keywordSources)) {
      const text = sourceText(entry);
      if (text) lines.push(`- \`${keyword}\`: ${text}`);
    }
  return lines.length ? `**Sources**\n\n${lines.join('\n')}` : undefined;
}

/** An operation's `x-promises` as Markdown: what each says, its id, and its source. */
export function promisesMarkdown(promises: unknown): string | undefined {
  if (!Array.isArray(promises) || promises.length === 0) return undefined;
  const lines = promises.filter(isNode).map((raw) => {
    const entry = raw as unknown as PromiseEntry;
    const versions = entry.versions ? ` (versions ${entry.versions})` : '';
    return `- **${entry.id}**${versions}: ${entry.says} — *${sourceText(entry['x-source']) ?? 'no source'}*`;
  });
  return `**Promises**\n\n${lines.join('\n')}`;
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
  const added = [promisesMarkdown(node['x-promises']), sourcesMarkdown(node['x-source'], node['x-keyword-sources'])];
  for (const text of added)
    if (text) node.description = typeof node.description === 'string' ? `${node.description}\n\n${text}` : text;
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
    if (!namesHere && value !== copy) annotate(value);
  };
  visit(copy, undefined, false);
  // The promises every operation makes (the document's own x-promises) go under the description
  // of the whole API; the document object itself has no description.
  const root = copy as Node;
  const promises = promisesMarkdown(root['x-promises']);
  if (promises && isNode(root.info))
    root.info.description =
      typeof root.info.description === 'string' ? `${root.info.description}\n\n${promises}` : promises;
  return copy;
}
