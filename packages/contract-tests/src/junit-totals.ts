// Puts the run's totals per verdict in the JUnit report, as `<properties>` of its first
// `<testsuite>` (where the JUnit schema that Jenkins reads has properties): `contract passed`,
// `contract broken`, `contract differs from our assumption`, `contract undocumented`,
// `contract inconclusive`, `contract left out`. JUnit consumers count testcases: GitLab shows
// passed, failed, skipped and errored testcases and ignores suite properties; Jenkins' JUnit plugin
// counts testcases likewise and keeps properties only with its keepProperties option. There a
// check that differs from our assumption or saw something undocumented is a passed testcase (its
// notes are properties of that testcase), and an inconclusive one is skipped, like one left out.
import { readFile, writeFile } from 'node:fs/promises';
import { fileError, UsageError } from '@extender-users/cli-kit';
import type { VerdictTotals } from './summary-reporter.js';
import { DIFFERS, INCONCLUSIVE, UNDOCUMENTED } from './verdict-kinds.js';

/** The properties, in this order. */
export function totalsProperties(totals: VerdictTotals): string {
  const rows: [string, number][] = [
    ['passed', totals.passed],
    ['broken', totals.broken],
    [DIFFERS, totals.differs],
    [UNDOCUMENTED, totals.undocumented],
    [INCONCLUSIVE, totals.inconclusive],
    ['left out', totals.leftOut],
  ];
  return `<properties>${rows.map(([name, n]) => `<property name="contract ${name}" value="${n}"/>`).join('')}</properties>`;
}

/** Adds the totals to the report's first `<testsuite>` (once: a report that has them is left alone). */
export function withTotals(xml: string, totals: VerdictTotals): string {
  if (xml.includes('<property name="contract passed"')) return xml;
  return xml.replace(/<testsuite\s[^>]*?(?<!\/)>/, (open) => `${open}\n        ${totalsProperties(totals)}`);
}

/** Adds the totals to the report in `file`; fails, saying why in one line, where there is no report there. */
export async function addTotalsToJunit(file: string, totals: VerdictTotals): Promise<void> {
  try {
    const xml = await readFile(file, 'utf8');
    // Whole, to its last line: a disk that filled while vitest wrote it leaves a beginning.
    if (!/<\/testsuites>\s*$/.test(xml))
      throw new UsageError(
        `'${file}' holds no whole JUnit report (${xml.length === 0 ? 'it is empty' : 'it ends before </testsuites>'})`,
      );
    await writeFile(file, withTotals(xml, totals));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`'${file}' was not written`);
    throw fileError(error, file, 'write');
  }
}
