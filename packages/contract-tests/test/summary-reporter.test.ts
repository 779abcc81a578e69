// The summary counts a suite file that cannot be loaded as a failure (it used to print
// "0 failed" while the run exited 1), and lists the verdicts that do not fail a check.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { TestModule } from 'vitest/node';
import { addTotalsToJunit, withTotals } from '../src/junit-totals.js';
import { SummaryReporter } from '../src/summary-reporter.js';

describe('the summary', () => {
  it('lists a suite file that could not be loaded, with its error', () => {
    const broken = {
      relativeModuleId: 'suite/write/broken.contract.ts',
      errors: () => [{ message: 'No operation x in the spec\n    at …' }],
      children: { allTests: () => [] },
    } as unknown as TestModule;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const summary = new SummaryReporter({ kind: 'sandbox', version: 'latest', versionSource: 'test' });
    summary.onTestRunEnd([broken]);
    log.mockRestore();
    expect(summary.failures).toEqual([
      {
        check: 'suite/write/broken.contract.ts (its checks could not be registered)',
        problem: 'No operation x in the spec',
      },
    ]);
  });

  it('counts and lists what differs from our assumptions and what was undocumented, apart from the failures', () => {
    const test = (fullName: string, annotations: { type: string; message: string }[]) => ({
      fullName,
      result: () => ({ state: 'passed' }),
      annotations: () => annotations,
      meta: () => ({}),
    });
    const module = {
      relativeModuleId: 'suite/write/data.contract.ts',
      errors: () => [],
      children: {
        allTests: () => [
          test('a > b', [{ type: 'differs from our assumption', message: 'addUser 200: x — our assumption: y (z)' }]),
          test('a > c', [
            { type: 'undocumented', message: 'getUsers 200: /status' },
            { type: 'undocumented', message: 'getUsers 200: /users/*/avatarUrl' },
          ]),
          test('a > d', [{ type: 'notice', message: 'not a verdict' }]),
        ],
      },
    } as unknown as TestModule;
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    new SummaryReporter({ kind: 'sandbox', version: 'latest', versionSource: 'test' }).onTestRunEnd([module]);
    log.mockRestore();
    const out = lines.join('\n');
    expect(out).toContain(
      'Contract summary for sandbox, Extender latest (test): 3 passed, 0 failed, 0 left out; 1 differs from our assumption, 2 undocumented; 0 inconclusive',
    );
    expect(out).toContain('  ~ a > b\n      addUser 200: x — our assumption: y (z)');
    expect(out).toContain('  ~ a > c\n      getUsers 200: /status\n      getUsers 200: /users/*/avatarUrl');
    expect(out).not.toContain('not a verdict');
  });

  it('counts inconclusive checks apart from those left out, and puts every total on the JUnit report', () => {
    const skipped = (fullName: string, note: string) => ({
      fullName,
      result: () => ({ state: 'skipped', note }),
      annotations: () => [],
      meta: () => ({ requests: { counted: 12, apart: 0, users: 60 } }),
    });
    const module = {
      relativeModuleId: 'suite/read/paging.contract.ts',
      errors: () => [],
      children: {
        allTests: () => [
          skipped('a > walk', 'inconclusive: the instance changed during every walk (3 tries)'),
          skipped('a > write', 'writes are off'),
          skipped('a > other write', 'writes are off'),
        ],
      },
    } as unknown as TestModule;
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const summary = new SummaryReporter({ kind: 'url', version: 'latest', versionSource: 'test', readOnly: true });
    summary.onTestRunEnd([module]);
    log.mockRestore();
    const out = lines.join('\n');
    expect(out).toContain(
      '0 passed, 0 failed, 2 left out; 0 differs from our assumption, 0 undocumented; 1 inconclusive',
    );
    expect(out).toMatch(/\? inconclusive: the instance changed during every walk \(3 tries\) \(1\):\n\s+a > walk/);
    expect(out).toContain('  12 requests; the read-only budget for 60 users is');
    // A run that listed no users (--checks) does not say the instance has none.
    lines.length = 0;
    const unlisted = {
      ...module,
      children: {
        allTests: () => [
          { ...skipped('a > walk', 'writes are off'), meta: () => ({ requests: { counted: 3, apart: 0, users: 0 } }) },
        ],
      },
    } as unknown as TestModule;
    const quiet = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    new SummaryReporter({ kind: 'url', version: 'latest', versionSource: 'test', readOnly: true }).onTestRunEnd([
      unlisted,
    ]);
    quiet.mockRestore();
    expect(lines.join('\n')).toMatch(
      /  3 requests; the read-only budget is \d+ \(.*; no listing of this run said how many users there are\)/,
    );
    expect(lines.join('\n')).not.toContain('for 0 users');
    expect(summary.totals()).toEqual({
      passed: 0,
      broken: 0,
      differs: 0,
      undocumented: 0,
      inconclusive: 1,
      leftOut: 2,
    });
    const xml = withTotals(
      '<testsuites name="vitest tests" tests="3">\n    <testsuite name="suite/read/paging.contract.ts" tests="3">\n    </testsuite>\n</testsuites>',
      summary.totals(),
    );
    expect(xml).toContain(
      '<testsuite name="suite/read/paging.contract.ts" tests="3">\n        <properties><property name="contract passed" value="0"/><property name="contract broken" value="0"/><property name="contract differs from our assumption" value="0"/><property name="contract undocumented" value="0"/><property name="contract inconclusive" value="1"/><property name="contract left out" value="2"/></properties>',
    );
    expect(withTotals(xml, summary.totals())).toBe(xml);
  });

  it("passes a run only when vitest ended it as passed, with no error outside the checks and a check passed (the run's verdict, not the process's exit code)", () => {
    const passing = {
      relativeModuleId: 'suite/read/shapes.contract.ts',
      errors: () => [],
      children: {
        allTests: () => [
          { fullName: 'a > b', result: () => ({ state: 'passed' }), annotations: () => [], meta: () => ({}) },
        ],
      },
    } as unknown as TestModule;
    const empty = { ...passing, children: { allTests: () => [] } } as unknown as TestModule;
    const verdict = (modules: TestModule[], errors: { message: string }[], reason?: 'passed' | 'failed') => {
      const summary = new SummaryReporter({ kind: 'url', version: 'latest', versionSource: 'test' }, () => undefined);
      summary.onTestRunEnd(modules, errors, reason);
      return summary.passedRun();
    };
    expect(verdict([passing], [], 'passed')).toBe(true);
    expect(verdict([passing], [{ message: 'Unhandled rejection' }], 'passed')).toBe(false);
    expect(verdict([passing], [], 'failed')).toBe(false);
    expect(verdict([empty], [], 'passed')).toBe(false);
    // A run that never ended (vitest could not start it) has not passed.
    const unended = new SummaryReporter({ kind: 'url', version: 'latest', versionSource: 'test' });
    expect(unended.passedRun()).toBe(false);
    // run.ts says so in a line of its own rather than end without a summary.
    expect(unended.reachedEnd()).toBe(false);
  });
});

describe('the totals added to the JUnit report', () => {
  it('fail in one line where vitest left no report (a full disk leaves an empty file), so the run cannot pass', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contract-junit-'));
    try {
      const totals = { passed: 1, broken: 0, differs: 0, undocumented: 0, inconclusive: 0, leftOut: 0 };
      const empty = join(folder, 'empty.xml');
      writeFileSync(empty, '');
      await expect(addTotalsToJunit(empty, totals)).rejects.toThrow(
        `'${empty}' holds no whole JUnit report (it is empty)`,
      );
      const cut = join(folder, 'cut.xml');
      writeFileSync(cut, '<?xml version="1.0" encoding="UTF-8" ?>\n<testsuites name="vitest tests" tests="1">\n');
      await expect(addTotalsToJunit(cut, totals)).rejects.toThrow(
        `'${cut}' holds no whole JUnit report (it ends before </testsuites>)`,
      );
      await expect(addTotalsToJunit(join(folder, 'none.xml'), totals)).rejects.toThrow(
        `'${join(folder, 'none.xml')}' was not written`,
      );
      await expect(addTotalsToJunit(folder, totals)).rejects.toThrow(
        `cannot write '${folder}': it is a directory, not a file`,
      );
      const report = join(folder, 'report.xml');
      writeFileSync(report, '<testsuites tests="1">\n<testsuite name="a" tests="1">\n</testsuite>\n</testsuites>');
      await addTotalsToJunit(report, totals);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
