// The suite must be able to fail: pointed at a broken server, it must report the breakage and
// name what broke. A suite that passes against a broken server is a bug.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget, type RunningTarget } from '../src/targets.js';
import { startBrokenProxy, type Fault } from './support/broken-proxy.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
let sandbox: RunningTarget;

beforeAll(async () => {
  sandbox = await startTarget({ target: 'sandbox', allowWrites: true });
});
afterAll(() => sandbox?.stop());

function runContract(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

async function runAgainst(fault: Fault) {
  const proxy = await startBrokenProxy(sandbox.baseUrl, fault, `Basic ${Buffer.from('admin:admin').toString('base64')}`);
  try {
    return await runContract(['--target', 'url', '--base-url', proxy.url, '--user', 'admin', '--password', 'admin', '--non-admin-user', 'user', '--non-admin-password', 'user', '--allow-writes']);
  } finally {
    await proxy.close();
  }
}

const summaryOf = (out: string) => out.slice(out.lastIndexOf('Contract summary'));

describe('the contract suite against deliberately broken servers', () => {
  it('passes through a proxy that breaks nothing (the proxy itself is sound)', async () => {
    const { code, out } = await runAgainst('none');
    expect(summaryOf(out), out.slice(-3000)).toMatch(/Contract summary: \d+ passed, 0 failed/);
    expect(code).toBe(0);
  });

  it.each<[Fault, RegExp]>([
    ['drop-required-field', /getUsers 200: #\/components\/schemas\/UserBasic\/required: \/users\/0 must have required property 'email'/],
    ['wrong-type', /getUsers 200: #\/components\/schemas\/User\w*Page\/properties\/total\/type: \/total must be integer/],
    ['unknown-user-200', /getUserDetails 200: expected 404 but got 200/],
    ['leak-password', /getUserDetails 200: #\/components\/schemas\/UserDetails\/additionalProperties: \(root\) must NOT have additional properties \(password\)/],
    ['ignore-maxResults', /getUsers 200: maxResults=2 returned \d+ users/],
    ['no-auth', /getUsers 200: expected 401 but got 200/],
    ['undocumented-status', /getUserProperty 204: status 204 is not documented for getUserProperty/],
  ])('reports %s and names what broke', async (fault, expected) => {
    const { code, out } = await runAgainst(fault);
    expect(code).toBe(1);
    const summary = summaryOf(out);
    expect(summary).toMatch(/Contract summary: \d+ passed, [1-9]\d* failed/);
    expect(summary).toMatch(expected);
    expect(out).not.toMatch(/authorization|YWRtaW46YWRtaW4=/i); // no credential ever printed
  });

  it('refuses a bad command line with a one-line reason and exit code 2', async () => {
    const { code, out } = await runContract(['--target', 'url']);
    expect(code).toBe(2);
    expect(out.split('\n')[0]).toBe('contract: --target url needs --base-url or CONFLUENCE_URL');
    const { code: code2, out: out2 } = await runContract(['--target', 'url', '--base-url', 'https://wiki.acme.test/rest/api', '--user', 'a', '--password', 'b']);
    expect(code2).toBe(2);
    expect(out2.split('\n')[0]).toBe('contract: --base-url is the Confluence base URL, without /rest/...');
  });
});

describe('the traffic audit mode', () => {
  it('reports the violations it sees in real traffic, and exits 1', async () => {
    const proxy = await startBrokenProxy(sandbox.baseUrl, 'leak-password', '');
    const { freePort } = await import('@extender-users/spec');
    const port = await freePort();
    const audit = fileURLToPath(new URL('../dist/audit.js', import.meta.url));
    const child = spawn(process.execPath, [audit, '--upstream', proxy.url, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`audit proxy did not start: ${out}`)), 60_000);
        child.stdout.on('data', () => out.includes('Audit proxy on') && (clearTimeout(timer), resolve()));
      });
      const auth = { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` };
      expect((await fetch(`http://127.0.0.1:${port}/rest/extender/1.0/user/getUserDetails/admin`, { headers: auth })).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/rest/extender/1.0/user/getUsers?startAt=-1`, { headers: auth })).status).toBe(400);
      await new Promise((r) => setTimeout(r, 1000));
      const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
      child.kill('SIGINT');
      expect(await exit).toBe(1);
      expect(out).toMatch(/Audit report: 2 requests seen, [2-9]\d* violations/);
      expect(out).toContain("✖ GET /rest/extender/1.0/user/getUserDetails/admin: response.body Response body must NOT have additional properties; found 'password'");
      expect(out).toMatch(/request\.query\.startat .*must be >= 0/);
    } finally {
      child.kill('SIGKILL');
      await proxy.close();
    }
  });
});
