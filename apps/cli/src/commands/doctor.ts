// extender-users doctor: what stands between this machine and a working Users API, one check per
// line, in order, each saying what is wrong and what to do.
import { Command, Option } from 'commander';
import { normalizeBaseUrl } from '@extender-users/client';
import type { AppContext } from '../context.js';
import { allNeededWork, judge, looksLikeConfluence, type CheckResult, type Verdict } from '../doctor/judge.js';
import { gatherFacts, recordingFetch } from '../doctor/probe.js';
import { CliFailure } from '../errors.js';
import { EXIT } from '../exit-codes.js';
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
    .description('check in order: the URL answers, it is Confluence, the credentials work, the user is an administrator, Extender is installed and enabled (which version, which operations), rate limits; exit 0 only when everything needed works')
    .addOption(new Option('--format <format>', 'text (one line per check) or json').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 everything needed works, 1 a check failed (its line says what to do), 2 a usage mistake.\n')
    .action(async (opts: { format: 'text' | 'json' }, cmd: Command) => {
      const rateLimitHeaders: Record<string, string> = {};
      const fetch = recordingFetch(rateLimitHeaders);
      const { client, connection } = await ctx.connect(cmd, { fetch });
      const baseUrl = normalizeBaseUrl(connection.baseUrl);
      const facts = await gatherFacts(baseUrl, client, { fetch, timeoutMs: connection.timeoutMs, signal: ctx.signal, isConfluence: looksLikeConfluence, rateLimitHeaders });
      const results = judge(facts, { baseUrl, user: 'username' in connection.auth ? connection.auth.username : connection.callerName });
      const healthy = allNeededWork(results);
      if (opts.format === 'json') ctx.stdout.write(`${JSON.stringify({ healthy, checks: results }, null, 2)}\n`);
      else for (const r of results) ctx.stdout.write(`${MARK[r.verdict]}  ${LABEL[r.check].padEnd(13)} ${r.message}\n`);
      if (!healthy) {
        const failed = results.find((r) => r.verdict === 'fail');
        throw new CliFailure(failed ? `doctor: the ${LABEL[failed.check]} check failed` : 'doctor: not everything needed could be checked', EXIT.apiError);
      }
      if (opts.format === 'text') ctx.stdout.write('everything needed works\n');
    });
  return example(command, 'extender-users doctor', 'extender-users doctor --format json');
}
