// Prints, after the run, one line per failed check: the check, then what broke (operation,
// status and schema path come first in every ContractViolation message).
import type { Reporter, TestModule } from 'vitest/node';

export class SummaryReporter implements Reporter {
  failures: { check: string; problem: string }[] = [];
  passed = 0;

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') this.passed++;
        if (result.state !== 'failed') continue;
        const problem = result.errors?.[0]?.message?.split('\n')[0] ?? 'failed';
        this.failures.push({ check: test.fullName, problem });
      }
    }
    const line = '─'.repeat(72);
    console.log(`\n${line}\nContract summary: ${this.passed} passed, ${this.failures.length} failed`);
    for (const f of this.failures) console.log(`  ✗ ${f.check}\n      ${f.problem}`);
    console.log(line);
  }
}
