import { describe, expect, it } from 'vitest';
import { annotateForDocs, promisesMarkdown, sinceBadge, sourcesMarkdown } from '../src/docs-annotations.js';

const doc = {
  openapi: '3.1.0',
  info: { title: 't', version: '2.13.0', description: 'The API.' },
  'x-promises': [{ id: 'admins-only', says: 'Administrators only.', 'x-source': { kind: 'security', ref: 'Page' } }],
  paths: {
    '/rest/extender/1.0/user/getUsers': {
      get: {
        operationId: 'getUsers',
        'x-since': '1.2.0',
        description: 'Lists users.',
        parameters: [
          { name: 'maxResults', in: 'query', 'x-since': '1.2.0', schema: { type: 'integer' } },
          { $ref: '#/components/parameters/DateFormat' },
        ],
        'x-source': { kind: 'vendor', since: '2.13.0', ref: 'Users page § Get all users' },
        'x-promises': [
          {
            id: 'listing-order',
            says: 'Users are listed by name.',
            'x-source': { kind: 'assumption', ref: 'README', note: 'Silent.' },
          },
          {
            id: 'all-users',
            says: 'All users.',
            versions: 'latest',
            'x-source': { kind: 'vendor', since: 'latest', ref: 'Current page' },
          },
        ],
        'x-version-behaviour': [{ aspect: 'a', versions: 'latest', value: 'v', 'x-since': '9.9.9' }],
        responses: {
          '200': {
            description: 'A page.',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/Page' },
                example: { properties: { 'x-since': 'data, not a field' } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    parameters: {
      DateFormat: { name: 'dateFormat', in: 'query', 'x-since': '2.0.1', schema: { type: 'string' } },
    },
    schemas: {
      Page: {
        type: 'object',
        'x-since': '1.2.0',
        properties: {
          // A field named like a keyword is still a field.
          example: { type: 'string', 'x-since': '2.8.0' },
          access: { type: 'boolean', 'x-since': 'unknown', 'x-since-after': '2.13.0', description: 'Has access.' },
        },
        'x-source': { kind: 'vendor', since: '2.13.0', ref: 'Example' },
        'x-keyword-sources': { additionalProperties: { kind: 'assumption', ref: 'README', note: 'Closed.' } },
      },
    },
  },
};

describe('annotateForDocs', () => {
  const annotated = annotateForDocs(doc);
  const op = annotated.paths['/rest/extender/1.0/user/getUsers'].get as Record<string, unknown>;
  const page = annotated.components.schemas.Page as unknown as {
    'x-badges': unknown;
    description: string;
    properties: Record<string, Record<string, unknown>>;
  };

  it('gives every operation, parameter, schema and field with x-since a badge of its version', () => {
    expect(op['x-badges']).toEqual([{ name: 'since 1.2.0', color: '#2f6f9f' }]);
    const [maxResults] = op.parameters as Record<string, unknown>[];
    expect(maxResults!['x-badges']).toEqual([{ name: 'since 1.2.0', color: '#2f6f9f' }]);
    expect((maxResults!.schema as Record<string, unknown>)['x-badges']).toEqual(maxResults!['x-badges']);
    expect((annotated.components.parameters.DateFormat as Record<string, unknown>)['x-badges']).toEqual([
      { name: 'since 2.0.1', color: '#2f6f9f' },
    ]);
    expect(page['x-badges']).toEqual([{ name: 'since 1.2.0', color: '#2f6f9f' }]);
    expect(page.properties.example!['x-badges']).toEqual([{ name: 'since 2.8.0', color: '#2f6f9f' }]);
    expect(page.properties.access!['x-badges']).toEqual([{ name: 'new after 2.13.0', color: '#b35900' }]);
  });

  it('writes the promises and sources under the description, saying which are promises', () => {
    expect(op.description).toBe(
      'Lists users.\n\n**Promises**\n\n' +
        '- **listing-order**: Users are listed by name. — *our assumption (not a promise); README; Silent.*\n' +
        "- **all-users** (versions latest): All users. — *the vendor (a promise), the vendor's current page; Current page*" +
        '\n\n**Sources**\n\n- the vendor (a promise), page 2.13.0; Users page § Get all users',
    );
    expect(page.description).toBe(
      '**Sources**\n\n- the vendor (a promise), page 2.13.0; Example\n' +
        '- `additionalProperties`: our assumption (not a promise); README; Closed.',
    );
  });

  it("puts the document's own promises under the API's description", () => {
    expect(annotated.info.description).toBe(
      'The API.\n\n**Promises**\n\n- **admins-only**: Administrators only. — *a security rule (a promise); Page*',
    );
    expect(annotated).not.toHaveProperty('description');
  });

  it('leaves examples and extensions alone, and the document given unchanged', () => {
    const response = (op.responses as Record<string, { content: Record<string, { example: unknown }> }>)['200']!;
    expect(response.content['application/json']!.example).toEqual({ properties: { 'x-since': 'data, not a field' } });
    expect((op['x-version-behaviour'] as Record<string, unknown>[])[0]).not.toHaveProperty('x-badges');
    expect(doc.paths['/rest/extender/1.0/user/getUsers'].get).not.toHaveProperty('x-badges');
    expect(doc.paths['/rest/extender/1.0/user/getUsers'].get.description).toBe('Lists users.');
  });
});

describe('sinceBadge and sourcesMarkdown', () => {
  it('have nothing to say without x-since or x-source', () => {
    expect(sinceBadge(undefined, undefined)).toBeUndefined();
    expect(sourcesMarkdown(undefined)).toBeUndefined();
    expect(sourcesMarkdown(undefined, {})).toBeUndefined();
    expect(promisesMarkdown([])).toBeUndefined();
  });

  it('name every kind of source', () => {
    const text = sourcesMarkdown(
      { kind: 'platform', ref: 'Confluence DC § XSRF protection' },
      { maxItems: { kind: 'observed', ref: 'field-evidence.md' }, pattern: { kind: 'security', ref: 'Ours' } },
    );
    expect(text).toContain('- Confluence (a promise); Confluence DC § XSRF protection');
    expect(text).toContain('- `maxItems`: observed in the field; field-evidence.md');
    expect(text).toContain('- `pattern`: a security rule (a promise); Ours');
  });
});
