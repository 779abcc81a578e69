// The suite checks what the server's Extender version has: found from the plugin manager, or
// told. It passes against sandboxes started as several versions, leaves out what a version lacks
// (an operation of unknown presence is asked of the server), and fails, naming the version, when
// the server is another version than the one it is told.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTarget, type RunningTarget } from '../src/targets.js';
import { startBrokenProxy, type BrokenProxy } from './support/broken-proxy.js';
import { runContract as runAlone, runContractHere, summaryOf } from './support/run-contract.js';
import { inSlot } from './support/slots.js';

/** A run of the contract CLI, a few at a time (each starts its own sandbox). */
const runContract = (...args: Parameters<typeof runAlone>) => inSlot(() => runAlone(...args));
/**
 * The same run made in this process (src/run.ts, as the CLI makes it), for the runs that prove what
 * the suite does with versions rather than what the command line does: spares each a Node process
 * loading vitest. One failing run below stays the CLI's process (its exit code 1).
 */
const runHere = (...args: Parameters<typeof runContractHere>) => inSlot(() => runContractHere(...args));

// Each run starts its own sandbox: they run side by side.
// The timeout is a guard against a hung run, not a measure of speed: a run may wait for a slot.
describe.concurrent('against sandboxes started as different Extender versions', { timeout: 1_800_000 }, () => {
  it.each<[string, RegExp[]]>([
    [
      '1.2.0',
      [
        /○ getUserDetails is not in 1\.2\.0 \(since 2\.0\.1\) \(\d+\):/,
        /○ getUsersWithConfluenceAccess is not in 1\.2\.0 \(it came after 2\.13\.0\) \(\d+\):/,
        /○ getUsers's showBasicDetails is not in 1\.2\.0 \(since 2\.8\.0\) \(\d+\):/,
      ],
    ],
    [
      '2.0.1',
      [
        /○ getUsers's showExtendedDetails is not in 2\.0\.1 \(since 2\.8\.0\) \(\d+\):/,
        /○ UserDetails\.lastSuccessfulLoginDate is not in 2\.0\.1 \(\d+\):/,
      ],
    ],
    ['2.13.0', [/○ getUsersWithConfluenceAccess is not in 2\.13\.0 \(it came after 2\.13\.0\) \(\d+\):/]],
    // latest, the sandbox's default: targets.test.ts.
  ])(
    'passes against %s, the version found by the plugin manager, and says what it left out',
    async (version, leftOut) => {
      const { code, out } = await runHere(['--target', 'sandbox', '--sandbox-version', version]);
      const summary = summaryOf(out);
      expect(summary, out.slice(-3000)).toMatch(
        new RegExp(
          `Contract summary for sandbox, Extender ${version.replace(/\./g, '\\.')} \\(the plugin manager\\): [1-9]\\d* passed, 0 failed`,
        ),
      );
      for (const reason of leftOut) expect(summary).toMatch(reason);
      expect(code).toBe(0);
    },
  );

  // As the CLI's own process: a run whose checks fail exits 1.
  it('fails, naming the version, against a 1.2.0 sandbox when told 2.13.0', async () => {
    const { code, out } = await runContract([
      '--target',
      'sandbox',
      '--sandbox-version',
      '1.2.0',
      '--extender-version',
      '2.13.0',
      // Only the checks this test reads (a whole run here is 106 failures and about 15 s of CPU).
      '--checks',
      '^getUserDetails and getUserProperty',
    ]);
    expect(code).toBe(1);
    const summary = summaryOf(out);
    expect(summary).toMatch(
      /Contract summary for sandbox, Extender 2\.13\.0 \(--extender-version; the plugin manager reports 1\.2\.0\): \d+ passed, [1-9]\d* failed/,
    );
    expect(summary).toContain('checked as 2.13.0, but the plugin manager reports 1.2.0');
    expect(summary).toContain(
      'getUserDetails is in 2.13.0 (since 2.0.1) but the server answers 404: is it really 2.13.0?',
    );
  });

  it('fails, naming the version, against a 2.13.0 sandbox when told 1.2.0', async () => {
    const { code, out } = await runHere([
      '--target',
      'sandbox',
      '--sandbox-version',
      '2.13.0',
      '--extender-version',
      '1.2.0',
      '--checks',
      '^the server is Extender',
    ]);
    expect(code).toBe(1);
    expect(summaryOf(out)).toContain(
      'getUserDetails answers 200, but it is not in 1.2.0 (since 2.0.1): is the server really 1.2.0?',
    );
  });

  it('fails when getUsers lists deactivated users otherwise than the version says (a latest sandbox told 2.13.0, and the reverse)', async () => {
    const told2130 = await runHere([
      '--target',
      'sandbox',
      '--sandbox-version',
      'latest',
      '--extender-version',
      '2.13.0',
      '--checks',
      '^(?:effects of each write, seen by the reads > deactivateUser|getUsers: who is listed|the server is Extender)',
    ]);
    expect(told2130.code).toBe(1);
    expect(summaryOf(told2130.out)).toMatch(
      /getUsers lists the deactivated user contract-off-\S+, but on 2\.13\.0 it lists only users with access/,
    );
    // The read check left out on latest: it fails against a server that lists deactivated users.
    expect(summaryOf(told2130.out)).toMatch(
      /✗ getUsers: who is listed > lists only users with access[^\n]*\n\s+getUsers 200: lists users without access: /,
    );
    expect(summaryOf(told2130.out)).toMatch(
      /getUsersWithConfluenceAccess answers 200, but it is not in 2\.13\.0 \(it came after 2\.13\.0\): is the server really 2\.13\.0\?/,
    );
    const toldLatest = await runHere([
      '--target',
      'sandbox',
      '--sandbox-version',
      '2.13.0',
      '--extender-version',
      'latest',
      '--checks',
      '^effects of each write, seen by the reads > deactivateUser',
    ]);
    expect(toldLatest.code).toBe(1);
    expect(summaryOf(toldLatest.out)).toMatch(
      /getUsers does not list the deactivated user contract-off-\S+, but on latest it lists all users, deactivated ones too/,
    );
  });
});

describe('a numbered version after 2.13.0, where getUsersWithConfluenceAccess may or may not exist', () => {
  let sandbox: RunningTarget;
  let proxy: BrokenProxy;
  beforeAll(async () => {
    sandbox = await startTarget({ target: 'sandbox', sandboxVersion: '2.14.0', allowWrites: true, strict: false });
    proxy = await startBrokenProxy(sandbox.baseUrl, 'no-access-listing', '');
  });
  afterAll(async () => {
    await proxy?.close();
    await sandbox?.stop();
  });
  const args = (baseUrl: string) => ['--target', 'url', '--base-url', baseUrl, '--user', 'admin', '--allow-writes'];
  const env = { CONFLUENCE_PASSWORD: 'admin' };

  it('checks it where the server has it', async () => {
    const { code, out } = await runHere(args(sandbox.baseUrl), { env });
    const summary = summaryOf(out);
    expect(summary, out.slice(-3000)).toMatch(
      /Contract summary for url, Extender 2\.14\.0 \(the plugin manager\): [1-9]\d* passed, 0 failed/,
    );
    expect(summary).not.toMatch(/○ getUsersWithConfluenceAccess/);
    expect(code).toBe(0);
  });

  // The whole suite passes against 2.14.0 above; the next two make only the operation's own checks,
  // and getUsers' (a run in which nothing passes fails).
  const itsChecks = ['--checks', 'getUsersWithConfluenceAccess|^getUsers: '];

  it('leaves it out, not failed, where the server answers 404 for it', async () => {
    const { code, out } = await runHere([...args(proxy.url), ...itsChecks], { env });
    const summary = summaryOf(out);
    expect(summary, out.slice(-3000)).toMatch(
      /Contract summary for url, Extender 2\.14\.0 \(the plugin manager\): [1-9]\d* passed, 0 failed/,
    );
    expect(summary).toMatch(
      /○ getUsersWithConfluenceAccess is not on this 2\.14\.0 \(it answers 404; it came after 2\.13\.0\) \(\d+\):/,
    );
    expect(code).toBe(0);
  });

  it('fails where the server answers 404 for it but is told latest, which has it', async () => {
    const { code, out } = await runHere([...args(proxy.url), ...itsChecks, '--extender-version', 'latest'], {
      env,
    });
    expect(code).toBe(1);
    expect(summaryOf(out)).toContain(
      'getUsersWithConfluenceAccess is in latest (it came after 2.13.0) but the server answers 404: is it really latest?',
    );
  });
});

describe('when the version cannot be found', () => {
  let server: Server;
  let url = '';
  let withCredentials = 0;
  beforeAll(async () => {
    // The plugin manager's answers by the first path segment after the host: /html (another web
    // server: HTML 404 for everything), /disabled (Extender installed but disabled), /odd (a version
    // that is not X.Y.Z), /refuses (a running Confluence that refuses the credentials).
    server = createServer((req, res) => {
      const [, kind, ...rest] = (req.url ?? '').split('/');
      if (kind === 'refuses') {
        if (rest.join('/') === 'status')
          return res.writeHead(200, { 'content-type': 'application/json' }).end('{"state":"RUNNING"}');
        if (req.headers.authorization) withCredentials++;
        return res
          .writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="Confluence"' })
          .end('{"message":"Client must be authenticated to access this resource."}');
      }
      if (kind === 'disabled')
        return res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ key: 'k', name: 'Extender', version: '2.13.0', enabled: false }));
      if (kind === 'odd')
        return res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ key: 'k', name: 'Extender', version: '2.13', enabled: true }));
      res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body>Not Found</body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    [
      'html',
      'contract: the plugin manager does not know com.itlab.confluence.plugins.restapi-extender (404): is Extender installed, and is this Confluence? Otherwise give the version with --extender-version X.Y.Z',
    ],
    [
      'disabled',
      "contract: Extender 2.13.0 is installed but disabled: enable it in Confluence's Manage apps, then run again",
    ],
    [
      'odd',
      'contract: the plugin manager reports version "2.13", which is not X.Y.Z; give the version with --extender-version X.Y.Z',
    ],
  ])('says why in one line and exits 1 (%s)', async (kind, message) => {
    const { code, out } = await runContract(['--target', 'url', '--base-url', `${url}/${kind}`, '--user', 'admin'], {
      env: { CONFLUENCE_PASSWORD: 'admin' },
    });
    expect(out.trim()).toBe(message);
    expect(code).toBe(1);
  });

  it.each([[[]], [['--extender-version', '2.13.0']]])(
    "refused credentials stop the run after one request with them (%j): each counts toward Confluence's CAPTCHA",
    async (extra) => {
      withCredentials = 0;
      const { code, out } = await runContract(
        ['--target', 'url', '--base-url', `${url}/refuses`, '--user', 'admin', ...extra],
        { env: { CONFLUENCE_PASSWORD: 'wrong' } },
      );
      expect(out.trim()).toMatch(/^contract: the plugin manager refused the credentials \(401\): check them;/);
      expect(out).not.toMatch(/✓|passed|--extender-version/);
      expect(withCredentials).toBe(1);
      expect(code).toBe(1);
    },
  );

  it('told the version with --extender-version, a server that is not Confluence is said so and nothing is checked', async () => {
    const { code, out } = await runContract(
      ['--target', 'url', '--base-url', `${url}/html`, '--user', 'admin', '--extender-version', '2.13.0'],
      { env: { CONFLUENCE_PASSWORD: 'admin' } },
    );
    expect(code).toBe(1);
    expect(out).toMatch(/^contract: .*not Confluence/m);
    expect(out).not.toMatch(/✓|passed/);
  });
});
