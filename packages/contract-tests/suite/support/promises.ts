// Where each expectation of the suite comes from (issue 20): the vendor's page, Confluence's
// platform, what real instances were seen to do, a security rule, or our own assumption where the
// vendor is silent. The verdict of a check follows its source's kind (verdicts.ts). This is the
// suite's local table, in the shape of the generated one the spec will carry (`x-source`, see
// /work/briefs/interface-sources.md); the suite switches to the generated table once it lands.

export type SourceKind = 'vendor' | 'platform' | 'observed' | 'security' | 'assumption';

export interface Source {
  kind: SourceKind;
  /** vendor: the page version that states it. */
  since?: string;
  /** Where: a page section, a field-evidence.md entry, a Confluence document, or why. */
  ref: string;
  /** For an assumption: what we assume where the vendor is silent, and why. */
  note?: string;
}

/**
 * Sources of schema nodes, by JSON pointer into the bundled spec (`#/components/schemas/X/...`),
 * for the constraints the suite judges as assumptions.
 */
const LOCAL_SOURCES: [RegExp, Source][] = [
  [
    // The request bodies are closed objects in the description; the vendor lists their fields and
    // says nothing about others, and Confluence's REST layer (Jackson set to ignore unknown
    // properties) ignores them: refusing one is our assumption, not a promise.
    /^#\/components\/schemas\/(\w+Request|PropertyValue)\/additionalProperties$/,
    {
      kind: 'assumption',
      ref: "the vendor's page lists each request body's fields and says nothing of others",
      note: 'a field the description does not list is refused (400); Confluence ignores unknown JSON fields, and so may the plugin',
    },
  ],
];

/** The source that governs a JSON pointer of the bundled spec, when the suite knows one. */
export function sourceAt(pointer: string): Source | undefined {
  return LOCAL_SOURCES.find(([pattern]) => pattern.test(pointer))?.[1];
}
