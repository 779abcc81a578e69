// extender-users doctor: what stands between this machine and a working Users API, one check per
// line, in order, each saying what is wrong and what to do.
import { Command, Option } from 'commander';
import { createExtenderUsersClient, normalizeBaseUrl } from '@extender-users/client';
import type { AppContext } from '../context.js';
import { allNeededWork, isRunningConfluence, judge, type CheckResult, type Verdict } from '../doctor/judge.js';
import { gatherFacts } from '../doctor/probe.js';
import { Recorder } from '../doctor/recorder.js';
import { VERSION } from '../version.js';
import { CliFailure } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { jsonText } from '../output/format.js';
import { example } from './shared.js';

const MARK: Record<Verdict, string> = { ok: 'ok  ', fail: 'FAIL', info: 'info', skip: 'skip' };
const LABEL: Record<CheckResult['check'], string> = {
  url: 'URL',
  confluence: 'Confluence',
  credentials: 'credentials',
  administrator: 'administrator',
  extender: 'Extender',
  operations: 'operations',
  'rate-limit': 'rate limit',
};

export function doctorCommand(ctx: AppContext): Command {
  const command = new Command('doctor')
    .description(
      'check in order: the URL answers, it is Confluence, the credentials work, the user is an administrator, Extender is installed and enabled (which version, which operations), rate limits; exit 0 only when everything needed works',
    )
    .addOption(
      new Option('--format <format>', 'text (one line per check) or json').choices(['text', 'json']).default('text'),
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 everything needed works, 1 a check failed (its line says what to do), 2 a usage mistake.\n',
    )
    .action(async (opts: { format: 'text' | 'json' }, cmd: Command) => {
      const recorder = new Recorder();
      const { client, connection } = await ctx.connect(cmd, { fetch: recorder.fetch });
      const baseUrl = normalizeBaseUrl(connection.baseUrl);
      const limits = { timeoutMs: connection.timeoutMs, deadlineMs: connection.deadlineMs };
      // /status goes out without credentials, through a client of its own with the same limits.
      // Its token is never sent: the fetch takes the Authorization header off every request.
      const anonymous = createExtenderUsersClient({
        baseUrl,
        auth: { token: 'doctor-sends-no-credentials-to-status' },
        timeoutMs: limits.timeoutMs,
        ...(limits.deadlineMs === undefined ? {} : { deadlineMs: limits.deadlineMs }),
        userAgent: `extender-users-cli/${VERSION}`,
        fetch: (request) => {
          request.headers.delete('authorization');
          return recorder.fetch(request);
        },
      });
      const facts = await gatherFacts({ anonymous, client, recorder, limits, signal: ctx.signal }, isRunningConfluence);
      const results = judge(facts, {
        baseUrl,
        user: 'username' in connection.auth ? connection.auth.username : connection.callerName,
        credentialsFrom: connection.credentialsFrom,
      });
      const healthy = allNeededWork(results);
      if (opts.format === 'json') ctx.stdout.write(`${jsonText({ healthy, checks: results }, 2)}\n`);
      else for (const r of results) ctx.stdout.write(`${MARK[r.verdict]}  ${LABEL[r.check].padEnd(13)} ${r.message}\n`);
      if (!healthy) {
        const failed = results.find((r) => r.verdict === 'fail');
        throw new CliFailure(
          failed ? `doctor: the ${LABEL[failed.check]} check failed` : 'doctor: not everything needed could be checked',
          EXIT.apiError,
        );
      }
      if (opts.format === 'text') ctx.stdout.write('everything needed works\n');
    });
  return example(command, 'extender-users doctor', 'extender-users doctor --format json');
}
