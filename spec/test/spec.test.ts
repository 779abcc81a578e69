// Checks of the bundled description against the vendor page and the project's rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  listOperations,
  loadBundledSpec,
  resolveRef,
  SpecValidator,
  type JsonSchema,
  type MediaTypeObject,
} from '../src/index.js';

const doc = loadBundledSpec();
const validator = new SpecValidator(doc);
const operations = listOperations(doc);
const vendorVersions = ['1.2.0', '2.0.0', '2.0.1', '2.3.0', '2.4.1', '2.7.0', '2.8.0', '2.13.0'];
const prefix = '/rest/extender/1.0/user';

/**
 * What the vendor page we hold (as of 2.13.0) lists: an outside document the spec is checked
 * against, not our list of operations (that is the spec itself).
 */
const vendorPage = [
  ['get', `${prefix}/getUsers`, 'getUsers', '1.2.0'],
  ['get', `${prefix}/getUserDetails/{userName}`, 'getUserDetails', '2.0.1'],
  ['put', `${prefix}/add`, 'addUser', '1.2.0'],
  ['post', `${prefix}/rename/{userName}`, 'renameUser', '1.2.0'],
  ['post', `${prefix}/changeDetails/{userName}`, 'changeUserDetails', '1.2.0'],
  ['delete', `${prefix}/delete/{userName}`, 'deleteUser', '1.2.0'],
  ['post', `${prefix}/activate/{userName}`, 'activateUser', '1.2.0'],
  ['post', `${prefix}/deactivate/{userName}`, 'deactivateUser', '1.2.0'],
  ['get', `${prefix}/property/{userName}/{propertyKey}`, 'getUserProperty', '2.0.0'],
  ['put', `${prefix}/property/{userName}/{propertyKey}`, 'setUserProperty', '2.0.0'],
  ['put', `${prefix}/avatar/base64/{userName}`, 'setUserAvatarBase64', '2.0.0'],
  ['put', `${prefix}/avatar/image/{userName}`, 'setUserAvatarImage', '2.0.0'],
] as const;

/** An `x-since` is a vendor version, or `unknown` with the last version known without it in `x-since-after`. */
function expectSince(where: string, node: { [extension: `x-${string}`]: unknown }): void {
  if (node['x-since'] === 'unknown') expect(vendorVersions, `${where} x-since-after`).toContain(node['x-since-after']);
  else expect(vendorVersions, `${where} x-since`).toContain(node['x-since']);
}

/** Every named example of a media type, `$ref`s resolved, as [name, value]. */
function examplesOf(media: MediaTypeObject): [string, unknown][] {
  return Object.entries(media.examples ?? {}).map(([name, example]) => [name, resolveRef(doc, example).value]);
}

/** Every `properties` entry reachable in the components' schemas, as [where, schema]. */
function allProperties(): [string, JsonSchema][] {
  const found: [string, JsonSchema][] = [];
  const walk = (schema: unknown, where: string): void => {
    if (!schema || typeof schema !== 'object') return;
    const s = schema as Record<string, unknown>;
    for (const [name, prop] of Object.entries((s.properties as Record<string, JsonSchema>) ?? {})) {
      found.push([`${where}.${name}`, prop]);
      walk(prop, `${where}.${name}`);
    }
    if (s.items) walk(s.items, `${where}[]`);
  };
  for (const [name, schema] of Object.entries(doc.components.schemas ?? {})) walk(schema, name);
  return found;
}

describe('the operations', () => {
  it('include every one of the vendor page as of 2.13.0, at its method and path, with its version', () => {
    for (const [method, path, operationId, since] of vendorPage) {
      const op = doc.paths[path]?.[method];
      expect(op?.operationId, `${method} ${path}`).toBe(operationId);
      expect(op?.['x-since'], operationId).toBe(since);
    }
  });

  it('that the page as of 2.13.0 lacks are marked as added after it, in a version not known', () => {
    const onPage = new Set<string>(vendorPage.map(([, , operationId]) => operationId));
    const later = operations.filter((o) => !onPage.has(o.operation.operationId));
    expect(later.map((o) => o.operation.operationId)).toContain('getUsersWithConfluenceAccess');
    for (const { operation } of later)
      expect([operation['x-since'], operation['x-since-after']], operation.operationId).toEqual(['unknown', '2.13.0']);
  });

  it.each(operations.map((o) => [o.method, o.path, o.operation.operationId] as const))(
    '%s %s (%s) is documented whole',
    (method, path) => {
      const op = doc.paths[path]![method]!;
      expect(op.operationId).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(op.tags?.length).toBeGreaterThan(0);
      for (const tag of op.tags ?? []) expect(doc.tags?.map((t) => t.name)).toContain(tag);
      expect(op.summary?.length).toBeGreaterThan(3);
      expect(op.description?.length).toBeGreaterThan(10);
      expectSince(op.operationId, op);
    },
  );

  it('say where behaviour differs by version, with a semver range or latest', () => {
    const getUsers = doc.paths[`${prefix}/getUsers`]!.get!;
    const entries = getUsers['x-version-behaviour'] as { aspect: string; versions: string; value: string }[];
    expect(entries).toEqual([
      expect.objectContaining({ aspect: 'listedUsers', versions: '<=2.13.0', value: 'withAccess' }),
      expect.objectContaining({ aspect: 'listedUsers', versions: 'latest', value: 'all' }),
    ]);
  });
});

describe('x-since', () => {
  it('is on every parameter, with a vendor version', () => {
    for (const { operation, parameters } of operations) {
      for (const p of parameters) {
        expectSince(`${operation.operationId} ${p.name}`, p);
      }
    }
  });

  it('is on every field of every schema, with a vendor version', () => {
    const properties = allProperties();
    expect(properties.length).toBeGreaterThan(40);
    for (const [where, prop] of properties) expectSince(where, prop);
  });

  it('marks the fields the version history names', () => {
    const props = (name: string) => doc.components.schemas![name]!.properties as Record<string, JsonSchema>;
    expect(props('UserDetails').hasAccessToUseConfluence!['x-since']).toBe('2.7.0');
    expect(props('UserDetails').createdDate!['x-since']).toBe('2.3.0');
    expect(props('UserDetails').lastSuccessfulLoginDate!['x-since']).toBe('2.3.0');
    expect(props('AddUserRequest').sendMail!['x-since']).toBe('2.13.0');
    expect(props('AddUserRequest').groups!['x-since']).toBe('2.4.1');
    const params = operations.find((o) => o.operation.operationId === 'getUsers')!.parameters;
    expect(params.find((p) => p.name === 'showBasicDetails')!['x-since']).toBe('2.8.0');
    expect(params.find((p) => p.name === 'showExtendedDetails')!['x-since']).toBe('2.8.0');
  });

  it('documents showDetails as removed in 2.8.0', () => {
    const getUsers = doc.paths[`${prefix}/getUsers`]!.get!;
    expect(getUsers.parameters?.map((p) => resolveRef(doc, p).name)).not.toContain('showDetails');
    expect(getUsers['x-removed-parameters']).toContainEqual(
      expect.objectContaining({ name: 'showDetails', since: '2.3.0', removedIn: '2.8.0' }),
    );
  });
});

describe('fields', () => {
  it('each have a description and an example', () => {
    for (const [where, prop] of allProperties()) {
      const target = prop.$ref ? { ...resolveRef<JsonSchema>(doc, prop as { $ref: string }), ...prop } : prop;
      expect(typeof target.description, `${where} description`).toBe('string');
      const hasExample =
        Array.isArray(target.examples) || 'example' in target || (target.type === 'array' && !!target.items);
      expect(hasExample, `${where} example`).toBe(true);
    }
  });

  it('the three listing shapes and the details are closed', () => {
    for (const name of [
      'UserNameOnly',
      'UserBasic',
      'UserDetails',
      'UserNamesPage',
      'UserBasicPage',
      'UserExtendedPage',
    ]) {
      expect(doc.components.schemas![name]!.additionalProperties, name).toBe(false);
    }
  });

  it('never let a password out: Password is write-only and no response schema has a password field', () => {
    expect(doc.components.schemas!.Password!.writeOnly).toBe(true);
    const responseSchemas = JSON.stringify(
      operations.flatMap(({ operation }) => Object.values(operation.responses).map((r) => resolveRef(doc, r).content)),
    );
    expect(responseSchemas).not.toMatch(/Password\b|"password"/);
  });
});

describe('examples', () => {
  it('exist for every request body and every response, and validate against their schema', () => {
    let checked = 0;
    for (const { operation } of operations) {
      const bodies = Object.entries(operation.requestBody?.content ?? {}).map(
        ([type, media]) => [`request ${type}`, media] as const,
      );
      const responses = Object.entries(operation.responses).flatMap(([status, raw]) =>
        Object.entries(resolveRef(doc, raw).content ?? {}).map(
          ([type, media]) => [`${status} ${type}`, media] as const,
        ),
      );
      for (const [where, media] of [...bodies, ...responses]) {
        const examples = examplesOf(media);
        expect(examples.length, `${operation.operationId} ${where} has an example`).toBeGreaterThan(0);
        for (const [name, value] of examples) {
          const result = validator.validate(media.schema!, value);
          expect(result.violations, `${operation.operationId} ${where} example ${name}`).toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('inside schemas validate against their own schema', () => {
    let checked = 0;
    for (const [where, prop] of allProperties()) {
      for (const example of (prop.examples as unknown[]) ?? []) {
        expect(validator.validate(prop, example).violations, where).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('are really checked: a broken example is caught', () => {
    const details = resolveRef(doc, doc.components.examples!.UserDetailsAdmin!).value as Record<string, unknown>;
    expect(validator.validate('UserDetails', details).valid).toBe(true);
    const { email: _email, ...missingEmail } = details;
    expect(validator.validate('UserDetails', missingEmail).valid).toBe(false);
    expect(validator.validate('UserDetails', { ...details, createdDate: '2020-01-01' }).valid).toBe(false);
    expect(validator.validate('UserDetails', { ...details, password: 'x' }).valid).toBe(false);
    expect(validator.validate('ChangeUserDetailsRequest', {}).valid).toBe(false);
  });
});

describe('errors and security', () => {
  const statuses = (operationId: string) =>
    Object.keys(operations.find((o) => o.operation.operationId === operationId)!.operation.responses);

  it('every operation documents 400, 401, 403, 429 and 500', () => {
    for (const { operation } of operations) {
      expect(Object.keys(operation.responses), operation.operationId).toEqual(
        expect.arrayContaining(['200', '400', '401', '403', '429', '500']),
      );
    }
  });

  it('404 where a user is named, 409 where a name is taken, 413 for avatars, 415 for bodies', () => {
    for (const { operation, parameters } of operations) {
      if (parameters.some((p) => p.name === 'userName'))
        expect(statuses(operation.operationId), operation.operationId).toContain('404');
      if (operation.requestBody) expect(statuses(operation.operationId), operation.operationId).toContain('415');
    }
    expect(statuses('addUser')).toContain('409');
    expect(statuses('renameUser')).toContain('409');
    expect(statuses('setUserAvatarBase64')).toContain('413');
    expect(statuses('setUserAvatarImage')).toContain('413');
  });

  it('429 carries Retry-After and the X-RateLimit-* headers; 401 allows a non-JSON body', () => {
    const tooMany = resolveRef(doc, doc.components.responses!.TooManyRequests!);
    expect(Object.keys(tooMany.headers ?? {})).toEqual(
      expect.arrayContaining([
        'Retry-After',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Interval-Seconds',
        'X-RateLimit-FillRate',
      ]),
    );
    expect(Object.keys(doc.components.responses!.Unauthorized!.content ?? {})).toContain('text/html');
  });

  it('offers basic and bearer authentication everywhere', () => {
    expect(doc.components.securitySchemes).toMatchObject({
      basicAuth: { type: 'http', scheme: 'basic' },
      bearerAuth: { type: 'http', scheme: 'bearer' },
    });
    expect(doc.security).toEqual([{ basicAuth: [] }, { bearerAuth: [] }]);
  });

  it('changeUserDetails needs at least one field', () => {
    const schema = doc.components.schemas!.ChangeUserDetailsRequest!;
    expect(schema.minProperties).toBe(1);
    expect(validator.validate('ChangeUserDetailsRequest', { email: 'a@b.test' }).valid).toBe(true);
  });
});

describe('extensions', () => {
  it('every x- extension used is documented in spec/extensions.md', () => {
    const used = new Set(
      JSON.stringify(doc)
        .match(/"x-[a-zA-Z-]+"(?=:)/g)!
        .map((s) => s.slice(1, -1)),
    );
    const documented = readFileSync(new URL('../extensions.md', import.meta.url), 'utf8');
    expect(used.size).toBeGreaterThan(0);
    for (const ext of used) expect(documented, ext).toContain(`\`${ext}\``);
  });
});
