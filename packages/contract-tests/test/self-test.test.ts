// The suite must be able to fail: pointed at a broken server, it must report the breakage and
// name what broke. A suite that passes against a broken server is a bug.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget, type RunningTarget } from '../src/targets.js';
import { startBrokenProxy, type Fault } from './support/broken-proxy.js';
import { runContract, summaryOf } from './support/run-contract.js';

let sandbox: RunningTarget;

beforeAll(async () => {
  sandbox = await startTarget({ target: 'sandbox', allowWrites: true });
});
afterAll(() => sandbox?.stop());

// Every fault below breaks a rule a read check proves, so those runs are read-only (the main way
// the suite meets a real instance); the fault-free run has writes too.
async function runAgainst(fault: Fault, writes = false) {
  const proxy = await startBrokenProxy(sandbox.baseUrl, fault, `Basic ${Buffer.from('admin:admin').toString('base64')}`);
  try {
    return await runContract(['--target', 'url', '--base-url', proxy.url, '--user', 'admin', '--non-admin-user', 'user', ...(writes ? ['--allow-writes'] : [])], {
      env: { CONFLUENCE_PASSWORD: 'admin', CONFLUENCE_NON_ADMIN_PASSWORD: 'user' },
    });
  } finally {
    await proxy.close();
  }
}

describe('the contract suite against deliberately broken servers', () => {
  it('passes through a proxy that breaks nothing (the proxy itself is sound)', async () => {
    const { code, out } = await runAgainst('none', true);
    expect(summaryOf(out), out.slice(-3000)).toMatch(/Contract summary for url, Extender latest \(the plugin manager\): \d+ passed, 0 failed, 1 left out/);
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
    expect(summary).toMatch(/Contract summary for url, Extender latest \(the plugin manager\): \d+ passed, [1-9]\d* failed/);
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
    const { code: code3, out: out3 } = await runContract(['--target', 'prism', '--sandbox-version', '2.13.0']);
    expect(code3).toBe(2);
    expect(out3.split('\n')[0]).toBe('contract: --sandbox-version goes with --target sandbox');
    const { code: code4, out: out4 } = await runContract(['--target', 'sandbox', '--sandbox-version', '2.13']);
    expect(code4).toBe(2);
    expect(out4.split('\n')[0]).toBe("contract: --sandbox-version must be X.Y.Z or latest, got '2.13'");
  });
});
