// The traffic audit: Prism's validation proxy in front of a server, reporting what it sees.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@extender-users/spec';
import { startTarget, type RunningTarget } from '../src/targets.js';
import { startBrokenProxy } from './support/broken-proxy.js';

const audit = fileURLToPath(new URL('../dist/audit.js', import.meta.url));
let sandbox: RunningTarget;

beforeAll(async () => {
  sandbox = await startTarget({ target: 'sandbox', allowWrites: false, strict: false });
});
afterAll(() => sandbox?.stop());

describe('the traffic audit mode', () => {
  // It counted "3 requests seen" for 2 sent, now and then: starting Prism may probe `GET /`
  // through the proxy. Requests outside the Users API are counted apart; this test sends one.
  it('reports the violations it sees in the Users API traffic, counts other requests apart, and exits 1', async () => {
    const proxy = await startBrokenProxy(sandbox.baseUrl, 'leak-password', '');
    const port = await freePort();
    const child = spawn(process.execPath, [audit, '--upstream', proxy.url, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`audit proxy did not start: ${out}`)), 60_000);
        child.stdout.on('data', () => out.includes('Audit proxy on') && (clearTimeout(timer), resolve()));
      });
      const auth = { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` };
      await (await fetch(`http://127.0.0.1:${port}/`)).arrayBuffer(); // not the Users API
      expect(
        (await fetch(`http://127.0.0.1:${port}/rest/extender/1.0/user/getUserDetails/admin`, { headers: auth })).status,
      ).toBe(200);
      expect(
        (await fetch(`http://127.0.0.1:${port}/rest/extender/1.0/user/getUsers?startAt=-1`, { headers: auth })).status,
      ).toBe(400);
      await new Promise((r) => setTimeout(r, 1000));
      const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      expect(await exit).toBe(1);
      expect(out).toMatch(/Audit report: 2 requests to the Users API seen, 2 violations\n/);
      expect(out).toMatch(/\([1-9]\d* other requests passed through unchecked: not the Users API\)/);
      expect(out).toContain(
        "✖ GET /rest/extender/1.0/user/getUserDetails/admin: response.body Response body must NOT have additional properties; found 'password'",
      );
      expect(out).toMatch(/✖ GET \/rest\/extender\/1\.0\/user\/getUsers: request\.query\.startat .*must be >= 0/);
      expect(out).not.toMatch(/Selected route not found/);
    } finally {
      child.kill('SIGKILL');
      await proxy.close();
    }
  });

  it('refuses a bad command line with a one-line reason and exit code 2', async () => {
    const child = spawn(process.execPath, [audit, '--upstream', 'http://127.0.0.1:9', '--port', '80x'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(out).toBe(
      "contract:audit: --port must be a whole number from 0 to 65535, got '80x' (add --help for usage)\n",
    );
    expect(code).toBe(2);
  });
});
