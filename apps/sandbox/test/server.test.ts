import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadBundledSpec } from '@extender-users/spec';
import { startSandboxProcess } from '../src/launcher.js';
import { UsageError } from '@extender-users/cli-kit';
import { parseOptions } from '../src/index.js';
import { basic, Harness, PREFIX } from './support/harness.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'sandbox-test-'));
  dirs.push(d);
  return d;
};

describe('rate limiting', () => {
  it('answers 429 with Retry-After and the X-RateLimit-* headers once the bucket is empty, per user, until it refills', async () => {
    // The bucket refills by the server's clock, which the test moves: nothing depends on how fast calls are.
    let now = Date.UTC(2026, 0, 1);
    const h = await Harness.start({ rateLimit: 3, now: () => now });
    try {
      const other = basic('admin9', 'pw-9');
      const added = await h.call('addUser', 'PUT', `${PREFIX}/add`, {
        body: {
          name: 'admin9',
          fullName: 'A',
          email: 'a9@acme.test',
          password: 'pw-9',
          groups: ['confluence-administrators'],
        },
      });
      expect(added.status).toBe(200);
      const replies = [];
      for (let i = 0; i < 6; i++) replies.push(await h.call('getUsers', 'GET', `${PREFIX}/getUsers`));
      // One of the bucket's three went to the add.
      expect(replies.map((r) => r.status)).toEqual([200, 200, 429, 429, 429, 429]);
      const limited = replies[2]!;
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(limited.headers.get('x-ratelimit-limit')).toBe('3');
      expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
      expect(limited.headers.get('x-ratelimit-interval-seconds')).toBe('1');
      expect(limited.headers.get('x-ratelimit-fillrate')).toBe('3');
      expect((limited.body as { message: string }).message).toMatch(/Rate limit exceeded/);
      // Per user: another administrator still has a full bucket.
      expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: other })).status).toBe(200);
      // A second later the bucket has refilled.
      now += 1000;
      const refilled = [];
      for (let i = 0; i < 4; i++) refilled.push((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`)).status);
      expect(refilled).toEqual([200, 200, 200, 429]);
    } finally {
      await h.close();
    }
  });
});

describe('context path, docs, spec and status', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start({ contextPath: '/confluence' });
  });
  afterAll(() => h.close());

  it('serves everything under the context path', async () => {
    expect(h.baseUrl).toMatch(/\/confluence$/);
    expect((await h.call('getUsers', 'GET', `${PREFIX}/getUsers`)).status).toBe(200);
    const root = new URL(h.baseUrl).origin;
    expect(
      (await fetch(`${root}${PREFIX}/getUsers`, { headers: { authorization: basic('admin', 'admin') } })).status,
    ).toBe(404);
    const docs = await fetch(`${h.baseUrl}/docs`);
    expect(docs.headers.get('content-type')).toMatch(/text\/html/);
    expect(await docs.text()).toContain('Extender');
    expect(((await (await fetch(`${h.baseUrl}/openapi.json`)).json()) as { openapi: string }).openapi).toBe('3.1.0');
    expect(await (await fetch(`${h.baseUrl}/openapi.yaml`)).text()).toMatch(/^openapi: 3\.1\.0/m);
    expect(await (await fetch(`${h.baseUrl}/status`)).json()).toEqual({ state: 'RUNNING' });
  });

  it('names the running base URL, context path included, as the first server of the served spec and the docs', async () => {
    const json = (await (await fetch(`${h.baseUrl}/openapi.json`)).json()) as { servers: { url: string }[] };
    expect(json.servers[0]!.url).toBe(h.baseUrl);
    expect(json.servers.length).toBeGreaterThan(1);
    const yaml = parseYaml(await (await fetch(`${h.baseUrl}/openapi.yaml`)).text()) as { servers: { url: string }[] };
    expect(yaml.servers[0]!.url).toBe(h.baseUrl);
    const docs = await (await fetch(`${h.baseUrl}/docs`)).text();
    const bundledFirst = loadBundledSpec().servers![0]!.url;
    expect(docs).toContain(`"servers":[{"url":${JSON.stringify(h.baseUrl)}`);
    expect(docs).not.toContain(bundledFirst);
  });
});

describe('persistence', () => {
  it('keeps users, properties and avatars across a restart on a file database, without reseeding', async () => {
    const dbPath = join(tempDir(), 'sandbox.db');
    const first = await Harness.start({ dbPath, seedUsers: 5 });
    expect(first.sandbox.seeded).toBe(true);
    await first.call('addUser', 'PUT', `${PREFIX}/add`, {
      body: { name: 'keeper', fullName: 'Keeper', email: 'k@acme.test' },
    });
    await first.call('setUserProperty', 'PUT', `${PREFIX}/property/keeper/k`, { body: { value: 'kept' } });
    const total = ((await first.call('getUsers', 'GET', `${PREFIX}/getUsers`)).body as { total: number }).total;
    await first.close();

    const second = await Harness.start({ dbPath, seedUsers: 5 });
    try {
      expect(second.sandbox.seeded).toBe(false);
      expect(((await second.call('getUsers', 'GET', `${PREFIX}/getUsers`)).body as { total: number }).total).toBe(
        total,
      );
      expect((await second.call('getUserProperty', 'GET', `${PREFIX}/property/keeper/k`)).body).toEqual({
        value: 'kept',
      });
      expect(second.sandbox.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(second.sandbox.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      await second.close();
    }
  });
});

describe('one database file, one sandbox', () => {
  it('a second sandbox on a file another holds refuses to open it, with a clear message, and the first keeps serving', async () => {
    const dbPath = join(tempDir(), 'held.db');
    const first = await Harness.start({ dbPath, seedUsers: 0 });
    try {
      await expect(Harness.start({ dbPath, seedUsers: 0 })).rejects.toThrow(
        `The database file ${dbPath} is in use by another sandbox (or another program); stop it, or start this one with another --db`,
      );
      // The command line: one line on stderr, exit code 1, no stack trace.
      const second = startSandboxProcess(['--db', dbPath]);
      await expect(second).rejects.toThrow(/exited with code 1/);
      const output = await second.catch((error: Error) => error.message);
      expect(output).toMatch(/extender-users-sandbox: The database file .* is in use by another sandbox/);
      expect(output).not.toMatch(/\n\s+at /);
      expect((await first.call('getUsers', 'GET', `${PREFIX}/getUsers`)).status).toBe(200);
    } finally {
      await first.close();
    }
    // Once the first has stopped, the file opens again.
    const again = await Harness.start({ dbPath, seedUsers: 0 });
    await again.close();
  });
});

describe('the command line', () => {
  it('parses options and refuses mistakes with a clear message', () => {
    expect(
      parseOptions(['--port', '0', '--db', ':memory:', '--context-path', '/confluence/', '--rate-limit', '5']),
    ).toMatchObject({ port: 0, dbPath: ':memory:', contextPath: '/confluence', rateLimit: 5 });
    expect(() => parseOptions(['--port', 'abc'])).toThrow(UsageError);
    expect(() => parseOptions(['--seed-users', '3.5'])).toThrow(/--seed-users must be a whole number/);
    expect(() => parseOptions(['--context-path', 'confluence'])).toThrow(/--context-path must look like \/confluence/);
    expect(() => parseOptions(['--colour'])).toThrow(UsageError);
  });

  it('starts, prints the base URL, docs and credentials, and stops cleanly on SIGTERM and SIGINT', async () => {
    const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(process.execPath, [main, '--port', '0', '--db', ':memory:', '--seed-users', '3'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      // Until the banner is whole (or the process ends): no deadline of its own, the machine may be busy.
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', () => out.includes('Stop with Ctrl+C') && resolve());
        child.once('exit', (code) => reject(new Error(`exited with ${code} before its banner: ${out}`)));
      });
      expect(out).toMatch(/Base URL +http:\/\/127\.0\.0\.1:\d+/);
      expect(out).toMatch(
        /Extender +version latest \(plugin manager: http:\/\/127\.0\.0\.1:\d+\/rest\/plugins\/1\.0\/com\.itlab\.confluence\.plugins\.restapi-extender-key\)/,
      );
      expect(out).toMatch(/Docs +http:\/\/127\.0\.0\.1:\d+\/docs/);
      expect(out).toContain('admin / admin');
      expect(out).toMatch(/Admin token +eus_/);
      expect(out).toMatch(/expires \d{4}-\d\d-\d\dT[\d:.]+Z \(--token-ttl\); revoke it with/);
      const base = /Base URL +(\S+)/.exec(out)![1]!;
      expect(
        (await fetch(`${base}${PREFIX}/getUsers`, { headers: { authorization: basic('admin', 'admin') } })).status,
      ).toBe(200);
      const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill(signal);
      expect(await exit).toBe(0);
    }
  }, 120_000);

  it('prints one JSON ready line with the base URL, the admin token and the Extender version (--ready-json)', async () => {
    const sandbox = await startSandboxProcess([
      '--db',
      ':memory:',
      '--seed-users',
      '1',
      '--extender-version',
      '2.4.1',
      '--context-path',
      '/wiki',
    ]);
    try {
      expect(sandbox.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wiki$/);
      expect(sandbox.adminToken).toMatch(/^eus_/);
      expect(sandbox.extenderVersion).toBe('2.4.1');
      // 12 hours by default, counted from the start.
      expect(Date.parse(sandbox.adminTokenExpiresAt) - Date.now()).toBeGreaterThan(11 * 3_600_000);
      const plugin = await fetch(
        `${sandbox.baseUrl}/rest/plugins/1.0/com.itlab.confluence.plugins.restapi-extender-key`,
        { headers: { authorization: `Bearer ${sandbox.adminToken}` } },
      );
      expect(await plugin.json()).toMatchObject({ version: '2.4.1', enabled: true });
    } finally {
      await sandbox.stop();
    }
  });

  it('a bad option is one line and exit code 2, no stack trace', async () => {
    const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    const child = spawn(process.execPath, [main, '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toBe(
      "extender-users-sandbox: --port must be a whole number from 0 to 65535, got 'eighty' (add --help for usage)\n",
    );
    expect(err).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('a --db path that cannot hold the database is one line and exit code 2, before anything starts', () => {
    const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    const file = join(tempDir(), 'plain');
    writeFileSync(file, '');
    const fifo = join(tempDir(), 'pipe.db');
    execFileSync('mkfifo', [fifo]);
    const refusals: [string, string][] = [
      // Node's recursive mkdir never returned here (it spins where /proc answers ENOENT).
      ['/proc/extender-users-nope/sandbox.db', 'its folder does not exist'],
      [join(file, 'sandbox.db'), 'a part of the path is not a folder'],
      [tempDir(), 'it is a directory, not a file'],
      // SQLite would wait on a pipe for ever; /dev/null got a /dev/null-journal beside it.
      [fifo, 'it is not a regular file (a device, a pipe or a socket)'],
    ];
    for (const [db, reason] of refusals) {
      // Killed if it has not ended in a minute, so that a hang fails rather than stalls the run.
      const child = spawnSync(process.execPath, [main, '--port', '0', '--db', db], {
        encoding: 'utf8',
        timeout: 60_000,
        killSignal: 'SIGKILL',
      });
      expect(child.signal).toBeNull();
      expect(child.status).toBe(2);
      expect(child.stderr).toBe(`extender-users-sandbox: cannot write '${db}': ${reason} (add --help for usage)\n`);
      expect(child.stdout).toBe('');
    }
    // A control character in the path is shown, not sent to the terminal.
    const shown = spawnSync(process.execPath, [main, '--port', '0', '--db', '/proc/nope\x1b[31m/sandbox.db'], {
      encoding: 'utf8',
      timeout: 60_000,
      killSignal: 'SIGKILL',
    });
    expect(shown.stderr).toBe(
      "extender-users-sandbox: cannot write '/proc/nope\\x1b[31m/sandbox.db': its folder does not exist (add --help for usage)\n",
    );
  });
});
