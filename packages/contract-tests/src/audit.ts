#!/usr/bin/env node
// npm run contract:audit -- --upstream URL: Prism's validation proxy in front of a real instance.
// Point any client at the proxy; every request and response is checked against the spec, each
// violation is printed as it happens, and Ctrl+C (or --duration) prints the report. Exit code 1
// when any violation was seen. Binary multipart uploads (avatar/image) do not pass through Prism's
// proxy intact, so do not send them through it.
import { parseArgs } from 'node:util';
import { API_PREFIX } from '@extender-users/api-types';
import { parseWholeNumber, UsageError } from '@extender-users/cli-kit';
import { startPrism } from '@extender-users/spec';

const USAGE = `Usage: npm run contract:audit -- --upstream URL [--port 4011] [--duration SECONDS]

  --upstream URL      the Confluence base URL to audit (context path allowed)
  --port PORT         where the audit proxy listens on 127.0.0.1 (default 4011)
  --duration SECONDS  stop by itself after this long (default: run until Ctrl+C)`;

interface Violation {
  request: string;
  detail: string;
}

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

interface AuditOptions {
  upstream: string;
  port: number;
  duration?: number;
}

function parseOptions(argv: string[]): AuditOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        upstream: { type: 'string' },
        port: { type: 'string' },
        duration: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  if (!values.upstream || !/^https?:\/\//.test(values.upstream))
    throw new UsageError('--upstream must be the http(s) base URL of the server to audit');
  return {
    upstream: values.upstream.replace(/\/+$/, ''),
    port: parseWholeNumber('--port', values.port ?? '4011', 0, 65535),
    duration: values.duration === undefined ? undefined : parseWholeNumber('--duration', values.duration, 1),
  };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const { upstream, port, duration } = options;

  // Only requests to the Users API are audited. Others (a client's stray request, or the
  // readiness probe `GET /` that starting Prism may send through the proxy) pass through
  // unchecked and are counted apart, with the "route not found" warning Prism gives them.
  let current: string | undefined;
  let requests = 0;
  let others = 0;
  const violations: Violation[] = [];
  const prism = await startPrism({
    mode: 'proxy',
    upstream,
    port,
    onOutput: (raw) => {
      const line = stripAnsi(raw);
      const request = /\[HTTP SERVER\] (\w+) (\S+) .*Request received/.exec(line);
      if (request) {
        const path = request[2]!;
        current =
          path === API_PREFIX || path.startsWith(`${API_PREFIX}/`) ? `${request[1]!.toUpperCase()} ${path}` : undefined;
        if (current) requests++;
        else others++;
        return;
      }
      const violation = /\[VALIDATOR\] .*Violation: (.*)$/.exec(line);
      if (violation && current) {
        violations.push({ request: current, detail: violation[1]!.trim() });
        console.log(`✖ ${current}: ${violation[1]!.trim()}`);
      }
    },
  });
  console.log(`Audit proxy on ${prism.url} → ${upstream}`);
  console.log(`Point your client at ${prism.url} (same paths, same credentials). Ctrl+C prints the report.`);
  console.log('Note: binary multipart uploads (avatar/image) are corrupted by the proxy; do not send them through it.');

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    if (duration) setTimeout(resolve, duration * 1000).unref();
  });
  await prism.stop();

  const byDetail = new Map<string, Set<string>>();
  for (const v of violations) byDetail.set(v.detail, (byDetail.get(v.detail) ?? new Set()).add(v.request));
  console.log(`\nAudit report: ${requests} requests to the Users API seen, ${violations.length} violations`);
  if (others > 0) console.log(`  (${others} other requests passed through unchecked: not the Users API)`);
  for (const [detail, where] of byDetail)
    console.log(
      `  ✖ ${detail}\n      in ${[...where].slice(0, 5).join(', ')}${where.size > 5 ? `, and ${where.size - 5} more` : ''}`,
    );
  return violations.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`contract:audit: ${error.message} (add --help for usage)`);
      process.exit(2);
    }
    console.error(`contract:audit: ${(error as Error).message}`);
    process.exit(1);
  },
);
