// Raw-socket fuzzing of the sandbox's HTTP parser (issue 16): generated requests with conflicting
// Content-Length and Transfer-Encoding, negative and doubled lengths, broken chunks, bare LF and
// CR, missing or doubled Host, folded, oversized and malformed headers, bodies cut short. Every
// case gets an answer below 500, and every error answer is the API's JSON `{message}`; what Node
// refuses before the API says `Connection: close`. The sandbox keeps serving. RAW_RUNS sets the
// number of cases (default: a fifth of FUZZ_RUNS, 1,000).
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { exchange, type RawAnswer } from '@extender-users/test-support/raw-socket';
import { rawRequest, type RawCase } from './support/raw-requests.js';

const RUNS = Number(process.env.RAW_RUNS ?? Math.ceil(Number(process.env.FUZZ_RUNS ?? 5000) / 5));
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const CONCURRENCY = 16;
// Short timeouts, so a request cut short is answered (408) quickly; the wait allows for them.
const WAIT_MS = 8000;

let sandbox: SandboxProcess;
let port: number;
beforeAll(async () => {
  sandbox = await startSandboxProcess([
    '--db',
    ':memory:',
    '--seed-users',
    '5',
    '--headers-timeout',
    '1',
    '--request-timeout',
    '2',
  ]);
  port = Number(new URL(sandbox.baseUrl).port);
});
afterAll(() => sandbox?.stop());

/**
 * The 501s the sandbox answers on purpose, in the API's shape (issue 22): a CONNECT (it is no
 * proxy) and a transfer coding other than chunked (RFC 9112 §6.1).
 */
function notImplementedOnPurpose(c: RawCase): boolean {
  const head = Buffer.from(c.bytes)
    .toString('latin1')
    .split(/\r?\n\r?\n/)[0]!;
  return c.method === 'CONNECT' || /^transfer-encoding\s*:/im.test(head);
}

/** Why an answer breaks the rules, or undefined when it keeps them. */
function judge(c: RawCase, a: RawAnswer): string | undefined {
  if (a.status === undefined) {
    // Node hands CONNECT and Upgrade to listeners the sandbox does not have, and closes.
    if (a.closed && (c.method === 'CONNECT' || c.label.includes('Upgrade'))) return undefined;
    return a.closed ? `closed without an answer (${JSON.stringify(a.raw.slice(0, 80))})` : `no answer in ${WAIT_MS} ms`;
  }
  if (a.status >= 500 && !(a.status === 501 && notImplementedOnPurpose(c)))
    return `answered ${a.status}: ${a.body.slice(0, 200)}`;
  if (a.status >= 400 && c.method !== 'HEAD') {
    if (!(a.headers['content-type'] ?? '').startsWith('application/json'))
      return `${a.status} with content type ${a.headers['content-type']}`;
    let message: unknown;
    try {
      message = (JSON.parse(a.body) as { message?: unknown }).message;
    } catch {
      return `${a.status} with a body that is not JSON: ${a.body.slice(0, 100)}`;
    }
    if (typeof message !== 'string') return `${a.status} without a JSON message: ${a.body.slice(0, 100)}`;
  }
  return undefined;
}

it(`raw requests that test the HTTP parser (${RUNS} cases) get an answer below 500 (or the 501s meant) in the API's shape`, async () => {
  const auth = `Bearer ${sandbox.adminToken}`;
  const cases = fc.sample(rawRequest(auth), { numRuns: RUNS, seed: SEED });
  const problems: string[] = [];
  const statuses = new Map<number | string, number>();
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      const answer = await exchange(port, c.bytes, WAIT_MS, { headRequest: c.method === 'HEAD' });
      const key = answer.status ?? (answer.closed ? 'closed' : 'silent');
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      const problem = judge(c, answer);
      if (problem) problems.push(`${c.label}: ${problem}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  console.log(`http parser: ${cases.length} raw cases; answers ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(problems.slice(0, 10)).toEqual([]);
  expect(cases.length).toBe(RUNS);
  // Still serving.
  expect(
    (await fetch(`${sandbox.baseUrl}/rest/extender/1.0/user/getUsers`, { headers: { authorization: auth } })).status,
  ).toBe(200);
});
