// Read-only is the main way the suite meets a real Confluence: the README's command line must
// pass against a healthy server, send nothing but GET, and say which checks writes would add.
// Credentials come from the environment or standard input, never only from the command line.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { startBrokenProxy } from './support/broken-proxy.js';
import { runContract, summaryOf } from './support/run-contract.js';

// The README's line: `npm run contract -- --target url --base-url http://127.0.0.1:8090 --user admin --password admin`
// (npm run contract builds the package, then runs dist/cli.js with these arguments), pointed at
// this test's own sandbox on a free port: 8090 is where the quick start's `npm start` runs.
const README_LINE = (baseUrl: string) => [
  '--target',
  'url',
  '--base-url',
  baseUrl,
  '--user',
  'admin',
  '--password',
  'admin',
];
const WRITES_OFF =
  /○ writes are off \(read-only is the default for --target url; --allow-writes runs them\) \((\d+)\):/;

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandboxProcess(['--db', ':memory:'], 60_000);
});
afterAll(() => sandbox?.stop());
const scratch = mkdtempSync(join(tmpdir(), 'contract-read-only-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the README's read-only command line against the sandbox", () => {
  it('exits 0 when every read check passes, and the summary names the checks writes would add', async () => {
    const { code, out } = await runContract(README_LINE(sandbox.baseUrl));
    const summary = summaryOf(out);
    expect(summary, out.slice(-3000)).toMatch(
      /Contract summary for url, Extender latest \(the plugin manager\): [1-9]\d* passed, 0 failed, [1-9]\d* left out/,
    );
    expect(Number(WRITES_OFF.exec(summary)?.[1])).toBeGreaterThan(0);
    expect(summary).toMatch(
      /effects of each write, seen by the reads > addUser: getUserDetails reads the new user back as sent/,
    );
    expect(out).not.toMatch(/No test suite found/);
    expect(code).toBe(0);
  });

  it('sends nothing but GET requests (here with a personal access token from CONFLUENCE_TOKEN, never printed)', async () => {
    const proxy = await startBrokenProxy(sandbox.baseUrl, 'none', '');
    try {
      const { code, out } = await runContract(['--target', 'url', '--base-url', proxy.url], {
        env: { CONFLUENCE_TOKEN: sandbox.adminToken },
      });
      expect(summaryOf(out), out.slice(-3000)).toMatch(/0 failed/);
      expect(out).not.toContain(sandbox.adminToken);
      expect(code).toBe(0);
      expect(proxy.seen.length).toBeGreaterThan(20);
      expect(proxy.seen.filter((request) => !request.startsWith('GET '))).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});

describe('credentials, end to end (the other ways are unit-tested in options.test.ts)', () => {
  it('reads the password from standard input with --password-stdin; the URL and the user from CONFLUENCE_URL and CONFLUENCE_USER', async () => {
    const { code, out } = await runContract(['--target', 'url', '--password-stdin'], {
      env: { CONFLUENCE_URL: sandbox.baseUrl, CONFLUENCE_USER: 'admin' },
      stdin: 'admin\n',
    });
    expect(summaryOf(out), out.slice(-3000)).toMatch(/0 failed/);
    expect(code).toBe(0);
  });

  it('refuses a user without a password in one line, exit code 2', async () => {
    const { code, out } = await runContract(['--target', 'url', '--base-url', sandbox.baseUrl, '--user', 'admin']);
    expect(out).toBe(
      "contract: no password for 'admin': set CONFLUENCE_PASSWORD, or pipe it to --password-stdin (add --help for usage)\n",
    );
    expect(code).toBe(2);
  });

  it('refuses a --junit report it could not write in one line, exit code 2, before the first request', async () => {
    const proxy = await startBrokenProxy(sandbox.baseUrl, 'none', '');
    try {
      const fifo = join(scratch, 'pipe.xml');
      execFileSync('mkfifo', [fifo]);
      // The runner's own cases, each a process (it starts in about a second of CPU); the other paths
      // checkWritable refuses are cli-kit's tests (files.test.ts).
      const refusals: [string, string][] = [
        // Node's recursive mkdir (vitest's JUnit reporter's) never returned here: /proc answers ENOENT.
        // Its control character is shown, not sent to the terminal.
        ['/proc/nope\x1b[31m/contract.xml', "'/proc/nope\\x1b[31m/contract.xml': its folder does not exist"],
        // resolve() would have made these the current folder and reports' own path.
        [`${scratch}/reports/`, `'${scratch}/reports/': it names a folder (ends in /), not a file`],
        ['', "'': the file name is empty"],
        // The report is read back to add the totals: a pipe hung the run, /dev/full filled the memory.
        [fifo, `'${fifo}': it is not a regular file (a device, a pipe or a socket)`],
      ];
      for (const [junit, refusal] of refusals) {
        const { code, out } = await runContract([...README_LINE(proxy.url), '--junit', junit], { killAfterMs: 60_000 });
        expect(out).toBe(`contract: cannot write ${refusal} (add --help for usage)\n`);
        expect(code).toBe(2);
      }
      expect(proxy.seen).toEqual([]);
      expect(existsSync(join(scratch, 'reports'))).toBe(false);
    } finally {
      await proxy.close();
    }
  });

  it('fails the run in one line when its JUnit report could not be written after all (never a pass without its report)', async () => {
    const proxy = await startBrokenProxy(sandbox.baseUrl, 'none', '');
    const junit = join(scratch, 'lost.xml');
    // The report's path becomes a folder after the check before the run (at the run's first
    // request, before the proxy answers it), so vitest cannot write it, as on a disk that fills
    // during the run (which left an empty report and exit 0).
    const push = proxy.seen.push.bind(proxy.seen);
    proxy.seen.push = (...requests: string[]) => {
      if (!existsSync(junit)) mkdirSync(junit);
      return push(...requests);
    };
    try {
      const { code, out } = await runContract(
        [...README_LINE(proxy.url), '--checks', '^refusals > getUserDetails', '--junit', junit],
        { killAfterMs: 300_000 },
      );
      expect(out).toContain(
        `contract: the JUnit report was not written: cannot write '${junit}': it is a directory, not a file\n`,
      );
      expect(out).not.toContain('JUnit report: ');
      expect(code).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('says so in one line when the credentials are refused, exit code 1', async () => {
    const { code, out } = await runContract(['--target', 'url', '--base-url', sandbox.baseUrl, '--user', 'admin'], {
      env: { CONFLUENCE_PASSWORD: 'not-the-password' },
    });
    expect(out.trim()).toBe(
      'contract: the plugin manager refused the credentials (401): check them; nothing more was sent with them (each refused login counts toward the CAPTCHA Confluence puts on the account)',
    );
    expect(out).not.toContain('not-the-password');
    expect(code).toBe(1);
  });

  it('leaves a JUnit report that says why when the run cannot reach its checks', async () => {
    const junit = join(scratch, 'unreached', 'contract.xml');
    const { code, out } = await runContract(
      ['--target', 'url', '--base-url', sandbox.baseUrl, '--user', 'admin', '--junit', junit],
      { env: { CONFLUENCE_PASSWORD: 'not-the-password' } },
    );
    expect(code, out).toBe(1);
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/<testsuites [^>]*tests="1" failures="0" errors="1"/);
    expect(xml).toContain(
      '<error message="the plugin manager refused the credentials (401): check them; nothing more was sent with them',
    );
    expect(xml).not.toContain('not-the-password');
  });
});
