// The JUnit report of a run that never reached its checks (the target could not be started or
// reached, the credentials were refused, the version could not be found): one errored testcase that
// says why, so that a CI job that shows its reports shows the reason rather than no report at all.
import { writeFile } from 'node:fs/promises';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export function unreachedReport(reason: string): string {
  const why = escapeXml(reason);
  return `<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="contract suite" tests="1" failures="0" errors="1" time="0">
    <testsuite name="contract run" timestamp="${new Date().toISOString()}" hostname="" tests="1" failures="0" errors="1" skipped="0" time="0">
        <testcase classname="contract run" name="the run reaches its checks" time="0">
            <error message="${why}" type="ContractRunError">${why}</error>
        </testcase>
    </testsuite>
</testsuites>
`;
}

/** Writes that report; a report that cannot be written is let go (the run's own error line says why it failed). */
export async function writeUnreachedReport(file: string, reason: string): Promise<void> {
  await writeFile(file, unreachedReport(reason)).catch(() => undefined);
}
