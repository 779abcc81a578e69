// npm run spec:version writes the description as one Extender version had it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '@extender-users/api-types';

const run = promisify(execFile);
const script = new URL('./write.ts', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'spec-version-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const write = (...args: string[]) => run(process.execPath, ['--import', 'tsx', script, ...args, '--out', out]);
const read = (version: string) =>
  JSON.parse(readFileSync(join(out, 'spec/versions', version, 'openapi.json'), 'utf8')) as {
    info: { version: string };
    paths: Record<string, unknown>;
    components: { schemas: Record<string, { properties: object }> };
  };

describe('npm run spec:version', () => {
  it('writes 2.0.1 without what came later, and latest with everything', async () => {
    await write('2.0.1');
    const old = read('2.0.1');
    expect(old.info.version).toBe('2.0.1');
    expect(Object.keys(old.paths)).toContain(`${API_PREFIX}/getUserDetails/{userName}`);
    expect(Object.keys(old.paths)).not.toContain(`${API_PREFIX}/getUsersWithConfluenceAccess`);
    expect(Object.keys(old.components.schemas.UserDetails!.properties)).not.toContain('hasAccessToUseConfluence');
    await write('latest');
    expect(Object.keys(read('latest').paths)).toContain(`${API_PREFIX}/getUsersWithConfluenceAccess`);
  });

  it('refuses what is not a version with a usage line and exit code 2', async () => {
    const failure = await write('two').catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/give one version, X\.Y\.Z or latest/);
  });
});
