// The README against the code: its table of methods names every public method of a client and
// nothing else, and every name an entry point exports at run time is documented in it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as dates from '../src/dates/index.js';
import * as node from '../src/node/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The methods the README's table of operations names: `group.method(` in its first column. */
function documentedMethods(): string[] {
  const table = readme.slice(readme.indexOf('| method | operation | returns |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  return rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`(\w+\.\w+)\(/g)].map((m) => m[1]!)).sort();
}

/** The methods a client has: each function under `users`, `properties` and `avatars`. */
function clientMethods(): string[] {
  const client = core.createExtenderUsersClient({ baseUrl: 'http://127.0.0.1:1', auth: { token: 't' } });
  const { raw: _raw, ...groups } = client;
  return Object.entries(groups)
    .flatMap(([group, methods]) =>
      Object.entries(methods)
        .filter(([, value]) => typeof value === 'function')
        .map(([name]) => `${group}.${name}`),
    )
    .sort();
}

describe('the README', () => {
  it('documents every method of a client in its table of operations, and no method a client lacks', () => {
    expect(documentedMethods()).toEqual(clientMethods());
  });

  it.each([
    ['@extender-users/client', core],
    ['@extender-users/client/dates', dates],
    ['@extender-users/client/node', node],
  ])('names every run-time export of %s', (_, module) => {
    const undocumented = Object.keys(module).filter(
      (name) => !readme.includes(`\`${name}\``) && !readme.includes(`${name}(`),
    );
    expect(undocumented).toEqual([]);
  });
});
