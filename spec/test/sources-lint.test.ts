// The lint rule `x-source-everywhere` (.spectral.yaml, functions/sources-everywhere.js) run by
// Spectral itself, as `npm run lint` runs it: silent on the description, and failing a probe copy
// of it with one missing or malformed source of each kind.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledSpecJsonPath, loadBundledSpec } from '../src/index.js';

const require = createRequire(import.meta.url);
const spectralBin = join(dirname(require.resolve('@stoplight/spectral-cli/package.json')), 'dist', 'index.js');
const ruleset = fileURLToPath(new URL('../.spectral.yaml', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'extender-users-sources-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Finding {
  code: string;
  message: string;
  path: string[];
}

/** The findings of the source rule on a document file. */
function sourceFindings(file: string): Finding[] {
  const run = spawnSync(process.execPath, [spectralBin, 'lint', file, '--ruleset', ruleset, '--format', 'json', '-q'], {
    encoding: 'utf8',
    env: { ...process.env, SCARF_ANALYTICS: 'false' },
  });
  const start = run.stdout.indexOf('[');
  expect(start, `spectral said: ${run.stdout}${run.stderr}`).toBeGreaterThanOrEqual(0);
  return (JSON.parse(run.stdout.slice(start)) as Finding[]).filter((f) => f.code === 'x-source-everywhere');
}

const GET_USERS = '/rest/extender/1.0/user/getUsers';

/** A copy of the bundle with one fault of each kind the rule must find. */
function probe(): object {
  const doc = loadBundledSpec() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const getUsers = doc.paths[GET_USERS].get;
  delete getUsers['x-source'];
  getUsers['x-promises'][0]['x-source'].kind = 'rumour';
  delete getUsers['x-promises'][1]['x-source'];
  getUsers['x-promises'][2].id = getUsers['x-promises'][3].id;
  getUsers['x-promises'][4]['x-source'] = { kind: 'assumption', ref: 'spec/README.md' }; // no note
  getUsers['x-promises'][5]['x-source'] = { kind: 'vendor', ref: 'Users page' }; // no since
  delete doc.components.schemas.UserKey['x-source'];
  delete doc.components.schemas.UserNameOnly['x-source']; // its required list is then unsourced
  doc.components.schemas.UserDetails['x-keyword-sources'].minLength = { kind: 'platform', ref: 'nowhere' };
  delete doc.components.parameters.StartAt['x-source']; // its minimum is then unsourced
  doc.components.schemas.Password.pattern = '^[^\\u0000]*$'; // covered by Password's own source: no finding
  const file = join(scratch, 'probe.json');
  writeFileSync(file, JSON.stringify(doc));
  return { file };
}

describe('x-source-everywhere', () => {
  it('finds nothing to say about the description', { timeout: 60_000 }, () => {
    expect(sourceFindings(bundledSpecJsonPath)).toEqual([]);
  });

  it('fails a description with a missing or malformed source, naming where', { timeout: 60_000 }, () => {
    const { file } = probe() as { file: string };
    const found = sourceFindings(file).map((f) => `${f.path.join('/')}: ${f.message}`);
    const at = (path: string) => found.filter((f) => f.startsWith(`${path}: `));
    const op = `paths/${GET_USERS}/get`;
    expect(at(op)).toEqual([`${op}: operation getUsers has no x-source`]);
    expect(at(`${op}/x-promises/0/x-source`)[0]).toContain('kind must be one of vendor, platform, observed, security');
    expect(at(`${op}/x-promises/1`)).toEqual([`${op}/x-promises/1: promise pages-partition-listing has no x-source`]);
    expect(at(`${op}/x-promises/3/id`)[0]).toMatch(/is repeated/);
    expect(at(`${op}/x-promises/4/x-source`)).toEqual([
      `${op}/x-promises/4/x-source: an assumption x-source needs a note (what we assume and why)`,
    ]);
    expect(at(`${op}/x-promises/5/x-source`)[0]).toMatch(/vendor x-source needs since/);
    expect(at('components/schemas/UserKey/pattern')[0]).toMatch(/pattern has no source/);
    expect(at('components/schemas/UserKey/maxLength')[0]).toMatch(/maxLength has no source/);
    expect(at('components/schemas/UserNameOnly/required')[0]).toMatch(/required has no source/);
    expect(at('components/schemas/UserDetails/x-keyword-sources/minLength')[0]).toMatch(
      /not a constraint of this node/,
    );
    expect(at('components/parameters/StartAt/schema/minimum')[0]).toMatch(/minimum has no source/);
    expect(found.filter((f) => f.includes('Password'))).toEqual([]);
    expect(found).toHaveLength(11);
  });
});
