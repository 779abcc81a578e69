// Prints, after the run, the version checked, one line per failed check (the check, then what
// broke: operation, status and schema path come first in every ContractViolation message), what
// differs from our assumptions and what was undocumented (the checks' annotations of those types,
// verdict-kinds.ts), the checks that could not decide (inconclusive: left out with a reason that
// says so) and the checks left out as not applicable here, each grouped by the reason each gave
// (`ctx.skip(reason)`).
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';
import { BUDGET_IN_WORDS, readOnlyBudget, type RequestCount } from './request-budget.js';
import { DIFFERS, INCONCLUSIVE, UNDOCUMENTED } from './verdict-kinds.js';

export interface SummaryHeading {
  kind: string;
  version: string;
  versionSource: string;
  /** The version the plugin manager reports, when it is not the one checked. */
  reportedOtherwise?: string;
  /** `--checks`: the checks it does not match are counted as left out, not listed. */
  checks?: RegExp;
  /** A read-only run, held to its request budget. */
  readOnly?: boolean;
}

/** The run's totals per verdict, as the summary line and the JUnit report give them. */
export interface VerdictTotals {
  passed: number;
  broken: number;
  differs: number;
  undocumented: number;
  inconclusive: number;
  leftOut: number;
}

export class SummaryReporter implements Reporter {
  failures: { check: string; problem: string }[] = [];
  /** Checks not applicable here (writes off, the version, --checks), by reason. */
  leftOut = new Map<string, string[]>();
  /** Checks that ran but could not decide (the instance changed during every walk, no 429 provoked), by reason. */
  inconclusive = new Map<string, string[]>();
  /** Where the server differs from our assumptions: the check, and what (with the assumption and its source). */
  differs: { check: string; what: string }[] = [];
  /** What the description does not know, as seen by a check. */
  undocumented: { check: string; what: string }[] = [];
  passed = 0;
  /** The requests of the run, as the last check that ran counted them. */
  requests?: RequestCount;

  /** How vitest ended the run, and the errors outside any check (unset until the run ends). */
  private ended?: { reason: TestRunEndReason | undefined; unhandled: number };

  constructor(
    private readonly heading: SummaryHeading,
    private readonly print: (line: string) => void = (line) => console.log(line),
  ) {}

  /** Every check that ran passed, at least one ran, and nothing failed outside them (a file that did not load, an error vitest caught). */
  passedRun(): boolean {
    return (
      this.ended?.reason === 'passed' && this.ended.unhandled === 0 && this.failures.length === 0 && this.passed > 0
    );
  }

  /** Whether vitest reported the run's end (onTestRunEnd): without it there is no summary and no verdict. */
  reachedEnd(): boolean {
    return this.ended !== undefined;
  }

  get leftOutCount(): number {
    return [...this.leftOut.values()].reduce((n, checks) => n + checks.length, 0);
  }

  get inconclusiveCount(): number {
    return [...this.inconclusive.values()].reduce((n, checks) => n + checks.length, 0);
  }

  totals(): VerdictTotals {
    return {
      passed: this.passed,
      broken: this.failures.length,
      differs: this.differs.length,
      undocumented: this.undocumented.length,
      inconclusive: this.inconclusiveCount,
      leftOut: this.leftOutCount,
    };
  }

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError> = [],
    reason?: TestRunEndReason,
  ): void {
    this.ended = { reason, unhandled: unhandledErrors.length };
    for (const module of testModules) {
      // A file that could not even be loaded registered none of its checks: that is a failure too.
      for (const error of module.errors())
        this.failures.push({
          check: `${module.relativeModuleId} (its checks could not be registered)`,
          problem: error.message?.split('\n')[0] ?? 'failed to load',
        });
      for (const test of module.children.allTests()) {
        const result = test.result();
        const counted = test.meta().requests;
        if (counted && counted.counted + counted.apart >= (this.requests?.counted ?? 0) + (this.requests?.apart ?? 0))
          this.requests = counted;
        for (const { type, message } of test.annotations()) {
          if (type === DIFFERS) this.differs.push({ check: test.fullName, what: message });
          if (type === UNDOCUMENTED) this.undocumented.push({ check: test.fullName, what: message });
        }
        if (result.state === 'passed') this.passed++;
        if (result.state === 'skipped') {
          const unasked = this.heading.checks && !this.heading.checks.test(test.fullName);
          const reason = unasked
            ? `not matching --checks ${this.heading.checks!.source}`
            : (result.note ?? 'no reason given');
          const group = reason.startsWith(INCONCLUSIVE) ? this.inconclusive : this.leftOut;
          group.set(reason, [...(group.get(reason) ?? []), test.fullName]);
        }
        if (result.state !== 'failed') continue;
        const problem = result.errors?.[0]?.message?.split('\n')[0] ?? 'failed';
        this.failures.push({ check: test.fullName, problem });
      }
    }
    const { kind, version, versionSource } = this.heading;
    const line = '─'.repeat(72);
    this.print(
      `\n${line}\nContract summary for ${kind}, Extender ${version} (${versionSource}): ${this.passed} passed, ${this.failures.length} failed, ${this.leftOutCount} left out; ${this.differs.length} ${DIFFERS}, ${this.undocumented.length} ${UNDOCUMENTED}; ${this.inconclusiveCount} ${INCONCLUSIVE}`,
    );
    if (this.requests) {
      const { counted, apart, users } = this.requests;
      // Users are counted from the listings' totals: a run that made none (--checks) knows of no user.
      const budget = !this.heading.readOnly
        ? ''
        : users > 0
          ? `; the read-only budget for ${users} users is ${readOnlyBudget(users)} (${BUDGET_IN_WORDS})`
          : `; the read-only budget is ${readOnlyBudget(0)} (${BUDGET_IN_WORDS}; no listing of this run said how many users there are)`;
      this.print(`  ${counted} requests${apart > 0 ? ` and ${apart} in 429 bursts` : ''}${budget}`);
    }
    if (this.heading.reportedOtherwise !== undefined && this.failures.length > 0) {
      this.print(
        `  ! checked as ${version}, but the plugin manager reports ${this.heading.reportedOtherwise}: the failures below may only say that the server is another version`,
      );
    }
    for (const f of this.failures) this.print(`  ✗ ${f.check}\n      ${f.problem}`);
    for (const [heading, notes] of [
      [`Differs from our assumption (exit 0; --strict fails it)`, this.differs],
      [`Undocumented: what to add to the description next (exit 0; --strict fails it)`, this.undocumented],
    ] as const) {
      if (notes.length > 0) this.print(`${heading}:`);
      // Each check once, with everything it listed.
      const byCheck = new Map<string, string[]>();
      for (const n of notes) byCheck.set(n.check, [...(byCheck.get(n.check) ?? []), n.what]);
      for (const [check, lines] of byCheck) this.print(`  ~ ${check}\n${lines.map((l) => `      ${l}`).join('\n')}`);
    }
    if (this.inconclusive.size > 0)
      this.print('Inconclusive (neither passed nor failed; --strict does not change that):');
    for (const [reason, checks] of this.inconclusive)
      this.print(`  ? ${reason} (${checks.length}):\n${checks.map((c) => `      ${c}`).join('\n')}`);
    if (this.leftOut.size > 0) this.print('Left out:');
    for (const [reason, checks] of this.leftOut) {
      const unasked = reason.startsWith('not matching --checks ');
      this.print(`  ○ ${reason} (${checks.length})${unasked ? '' : ':'}`);
      if (!unasked) for (const check of checks) this.print(`      ${check}`);
    }
    this.print(line);
  }
}
