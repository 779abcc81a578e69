// The suite must be able to fail: pointed at a broken server, it must report the breakage in the
// check meant for it, with the message that names what broke. Each fault of test/support/faults/
// breaks one rule of the spec and nothing else; the same proxy without a fault must pass.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FAULTS, HEALTHY, type FaultName } from './support/faults/index.js';
import { escapeRegExp, type Catch } from './support/faults/types.js';

/** The checks that judge every answer of a run, run last. */
const SWEEP = 'every answer of the run';
import { runAgainstFault, stopSharedSandbox, type FaultRun } from './support/fault-runs.js';
import { runContract, summaryOf } from './support/run-contract.js';

const proven = (Object.keys(FAULTS) as FaultName[]).filter((name) => FAULTS[name].caughtBy.length > 0);
const claims = (c: Catch, check: string) => (typeof c.check === 'string' ? c.check === check : c.check.test(check));

/** Checks no fault of this test can break, and what proves them instead. */
const EXEMPT: [RegExp, string][] = [
  [
    /^refusals > getUsersWithConfluenceAccess: 404$/,
    'left out on a server that has the operation; versions.test.ts shows the suite leaving the operation out where it answers 404',
  ],
  [
    /^getUsers: who is listed > lists only users with access/,
    'left out on latest (getUsers lists everyone there); versions.test.ts shows it failing against a latest sandbox checked as 2.13.0',
  ],
];

afterAll(stopSharedSandbox);

// The fault-free run, with writes and a JUnit report: it passes, and its checks are the list
// every fault is matched against. It runs as the CLI's own process, as a user runs it; the other
// runs make the same run (src/run.ts) in this process, which spares each about 1 s of CPU.
const reports = mkdtempSync(join(tmpdir(), 'contract-self-test-'));
const junit = join(reports, 'fault-free.xml');
afterAll(() => rmSync(reports, { recursive: true, force: true }));
let faultFree: Promise<FaultRun> | undefined;
const runFaultFree = () =>
  (faultFree ??= runAgainstFault('none', { writes: true, args: ['--junit', junit], asProcess: true }));

const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
  );

/** Every check of a JUnit report: its full name, and whether it was left out. */
function checksOf(xml: string): { check: string; skipped: boolean }[] {
  return [...xml.matchAll(/<testcase [^>]*?\sname="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => ({
    check: unescapeXml(m[1]!),
    skipped: (m[2] ?? '').includes('<skipped'),
  }));
}

/**
 * Each fault's run makes only the checks meant to catch it (--checks), which keeps the self-test
 * quick. The sweep (every answer) judges what the rest of the run saw: a fault it catches adds the
 * checks that show it the fault (`feeds`), or gets the whole run. The fault-free runs show that the
 * whole suite passes where nothing is broken.
 */
function checksArgs(name: FaultName): string[] {
  const { caughtBy, feeds } = FAULTS[name];
  const source = (c: Catch) => (typeof c.check === 'string' ? escapeRegExp(c.check) : c.check.source);
  if (caughtBy.some((c) => source(c).includes(SWEEP)) && feeds === undefined) return [];
  const patterns = [...caughtBy.map(source), ...(feeds ?? []).map((check) => `^${escapeRegExp(check)}$`)];
  return ['--checks', patterns.map((p) => `(?:${p})`).join('|')];
}

// The runs go side by side (fault-runs.ts lets a few run at a time); a test may wait for a slot.
// The timeout guards against a hung run; it counts the wait for a slot, which on a busy machine is long.
describe.concurrent('the contract suite against deliberately broken servers', { timeout: 1_800_000 }, () => {
  it('passes through a proxy that breaks nothing (the proxy itself is sound), with writes', async () => {
    const { code, out } = await runFaultFree();
    expect(summaryOf(out), out.slice(-3000)).toMatch(
      /Contract summary for url, Extender latest \(the plugin manager\): [1-9]\d* passed, 0 failed, \d+ left out; [1-9]\d* differs from our assumption/,
    );
    // The sandbox ignores unknown JSON fields, as Confluence does: listed with our assumption, not failed.
    expect(summaryOf(out)).toMatch(
      /~ data from the spec > addUser: values just outside each constraint are refused with a documented 4xx\n\s+addUser 200: body contractUnknownField not in the schema \(additionalProperties: false\) was answered 200, expected to be refused with 400 — our assumption: /,
    );
    expect(code).toBe(0);
  });

  it('passes against a rate-limited server (every 429 waited out; a 429 it cannot provoke is inconclusive, not failed)', async () => {
    const { code, out } = await runAgainstFault('rate-limited', { writes: true });
    const summary = summaryOf(out);
    expect(summary, out.slice(-3000)).toMatch(
      /Contract summary for url, Extender latest \(the plugin manager\): \d+ passed, 0 failed/,
    );
    expect(code).toBe(0);
  });

  it('provokes the 429 of every operation where a burst empties the bucket', async () => {
    const { code, out } = await runAgainstFault('rate-limited-low', {
      writes: true,
      args: ['--checks', '^refusals > \\w+: 429 when rate limited$'],
    });
    const summary = summaryOf(out);
    expect(summary, out.slice(-3000)).toMatch(
      /Contract summary for url, Extender latest \(the plugin manager\): [1-9]\d* passed, 0 failed/,
    );
    // The summary counts the inconclusive checks on its first line; none here (every 429 provoked).
    expect(summary).toMatch(/^Contract summary for url[^\n]*; 0 inconclusive$/m);
    expect(summary).not.toMatch(/^Inconclusive/m);
    expect(code).toBe(0);
  });

  it.each(HEALTHY)('passes against a server that differs where nothing is promised: %s', async (name) => {
    const { code, out } = await runAgainstFault(name, { writes: true });
    const summary = summaryOf(out);
    expect(summary, out.slice(-3000)).toMatch(
      /Contract summary for url, Extender latest \(the plugin manager\): [1-9]\d* passed, 0 failed/,
    );
    if (name === 'extra-fields') {
      expect(summary).toMatch(/~ every answer of the run > every field of every answer is one the description knows/);
      expect(summary).toMatch(/getUsers 200: \/status is not in the description/);
      expect(summary).toMatch(/getUserDetails 200: \/avatarUrl is not in the description/);
      expect(summary).toMatch(/getUsers 200: \/users\/\*\/avatarUrl is not in the description/);
    }
    for (const line of FAULTS[name].listed ?? []) expect(summary).toMatch(line);
    expect(code).toBe(0);
  });

  it.each(proven)('catches %s in the check meant for it', async (name) => {
    const { code, out, failures } = await runAgainstFault(name, {
      writes: FAULTS[name].writes ?? false,
      args: checksArgs(name),
    });
    const summary = summaryOf(out);
    expect(summary, out.slice(-3000)).toMatch(
      /Contract summary for url, Extender latest \(the plugin manager\): \d+ passed, [1-9]\d* failed/,
    );
    for (const { check, message } of FAULTS[name].caughtBy) {
      const failure = failures.find((f) => (typeof check === 'string' ? f.check === check : check.test(f.check)));
      expect(
        failure,
        `${check} did not fail; the failures were:\n${failures.map((f) => `${f.check}\n    ${f.problem}`).join('\n')}`,
      ).toBeDefined();
      expect(failure!.problem).toMatch(message);
    }
    expect(out).not.toMatch(/authorization|YWRtaW46YWRtaW4=/i); // no credential ever printed
    expect(code).toBe(1);
  });

  it('has a fault for every check of the suite, or says what proves the check instead', async () => {
    await runFaultFree();
    const checks = checksOf(readFileSync(junit, 'utf8'));
    expect(checks.length).toBeGreaterThan(100);
    // The fault-free run leaves out only what it cannot make: the exemptions above, and the 429s
    // (this sandbox has no rate limit; the rate-limited run provokes them). A check that skips
    // itself for another reason would pass unseen, so it fails here.
    const leftOut = checks.filter(
      (c) =>
        c.skipped &&
        !EXEMPT.some(([pattern]) => pattern.test(c.check)) &&
        !/^refusals > \w+: 429 when rate limited$/.test(c.check),
    );
    expect(leftOut.map((c) => c.check)).toEqual([]);
    const unproven = checks.filter(
      ({ check }) =>
        !proven.some((name) => FAULTS[name].caughtBy.some((c) => claims(c, check))) &&
        !EXEMPT.some(([pattern]) => pattern.test(check)),
    );
    expect(unproven.map((c) => c.check)).toEqual([]);
    // And each catch names a check that exists (a renamed check cannot leave its fault behind), as
    // does each check that shows a fault to the sweep (feeds).
    for (const name of proven) {
      for (const c of FAULTS[name].caughtBy)
        expect(
          checks.some(({ check }) => claims(c, check)),
          `${name}: no check ${c.check}`,
        ).toBe(true);
      for (const feed of FAULTS[name].feeds ?? [])
        expect(
          checks.some(({ check }) => check === feed),
          `${name}: no check ${feed} (feeds)`,
        ).toBe(true);
    }
  });

  it('lists every fault in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(proven.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it('refuses a bad command line with one line, the reason, and exit code 2 (the usage only with --help)', async () => {
    const { code, out } = await runContract(['--target', 'url']);
    expect(code).toBe(2);
    expect(out).toBe('contract: --target url needs --base-url or CONFLUENCE_URL (add --help for usage)\n');
    const { code: code2, out: out2 } = await runContract([
      '--target',
      'url',
      '--base-url',
      'https://wiki.acme.test/rest/api',
      '--user',
      'a',
      '--password',
      'b',
    ]);
    expect(code2).toBe(2);
    expect(out2).toBe('contract: --base-url is the Confluence base URL, without /rest/... (add --help for usage)\n');
    const { code: code3, out: out3 } = await runContract(['--target', 'prism', '--sandbox-version', '2.13.0']);
    expect(code3).toBe(2);
    expect(out3).toBe('contract: --sandbox-version goes with --target sandbox (add --help for usage)\n');
    const { code: code4, out: out4 } = await runContract(['--target', 'sandbox', '--sandbox-version', '2.13']);
    expect(code4).toBe(2);
    expect(out4).toBe("contract: --sandbox-version must be X.Y.Z or latest, got '2.13' (add --help for usage)\n");
  });
});
