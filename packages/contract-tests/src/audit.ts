#!/usr/bin/env node
// npm run contract:audit -- --upstream URL: Prism's validation proxy in front of a real instance.
// Point any client at the proxy; every request and response is checked against the spec, each
// violation is printed as it happens, and Ctrl+C (or --duration) prints the report. Exit code 1
// when any violation was seen. Binary multipart uploads (avatar/image) do not pass through Prism's
// proxy intact, so do not send them through it.
import { parseArgs } from 'node:util';
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

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { upstream: { type: 'string' }, port: { type: 'string' }, duration: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    console.error(`contract:audit: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.upstream || !/^https?:\/\//.test(values.upstream)) {
    console.error(`contract:audit: --upstream must be the http(s) base URL of the server to audit\n\n${USAGE}`);
    return 2;
  }
  const port = Number(values.port ?? 4011);
  const duration = values.duration === undefined ? undefined : Number(values.duration);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || (duration !== undefined && !(duration > 0))) {
    console.error(`contract:audit: --port must be a port number and --duration a positive number of seconds\n\n${USAGE}`);
    return 2;
  }

  let current = '(unknown request)';
  let requests = 0;
  const violations: Violation[] = [];
  const prism = await startPrism({
    mode: 'proxy',
    upstream: values.upstream.replace(/\/+$/, ''),
    port,
    onOutput: (raw) => {
      const line = stripAnsi(raw);
      const request = /\[HTTP SERVER\] (\w+) (\S+) .*Request received/.exec(line);
      if (request) {
        requests++;
        current = `${request[1]!.toUpperCase()} ${request[2]}`;
        return;
      }
      const violation = /\[VALIDATOR\] .*Violation: (.*)$/.exec(line);
      if (violation) {
        violations.push({ request: current, detail: violation[1]!.trim() });
        console.log(`✖ ${current}: ${violation[1]!.trim()}`);
      }
    },
  });
  console.log(`Audit proxy on ${prism.url} → ${values.upstream}`);
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
  console.log(`\nAudit report: ${requests} requests seen, ${violations.length} violations`);
  for (const [detail, where] of byDetail) console.log(`  ✖ ${detail}\n      in ${[...where].slice(0, 5).join(', ')}${where.size > 5 ? `, and ${where.size - 5} more` : ''}`);
  return violations.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`contract:audit: ${(error as Error).message}`);
    process.exit(1);
  },
);
