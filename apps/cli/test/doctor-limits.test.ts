// doctor against servers that never answer, stall the body after the headers, or trickle it: each
// of its requests (/status, the plugin manager, Confluence's current user, the Users API) ends at
// --timeout per attempt and --deadline per request, as every API call of the CLI does, and the
// line says which it was: no answer, an answer that stalled, or one too slow.
// (A run that ignored them would wait for Node's own 300 s and fail by the test's timeout.)
import { afterEach, describe, expect, it } from 'vitest';
import {
  HTML_404,
  RUNNING,
  startMisbehavingServer,
  type Behaviour,
  type MisbehavingServer,
} from './support/misbehaving-server.js';
import { runCli } from './support/run.js';

let server: MisbehavingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function doctor(route: (path: string) => Behaviour, ...args: string[]) {
  server = await startMisbehavingServer(route);
  const r = await runCli(['doctor', ...args], {
    env: { CONFLUENCE_URL: server.url, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' },
  });
  expect(r.code, r.stdout + r.stderr).toBe(1);
  expect(r.stdout + r.stderr).not.toMatch(/Timeout Error|timeoutMs|deadlineMs/);
  return r;
}

describe('doctor ends each request at its limits', () => {
  it('/status sends its headers, then the body stalls: --timeout ends each attempt; "stalled", not "does not answer"', async () => {
    const r = await doctor(() => ({ stall: true }), '--timeout', '1');
    expect(r.stdout).toMatch(
      /^FAIL {2}URL {11}http:\/\/127\.0\.0\.1:\d+ answers \/status, but the answer stalled \(HTTP 200, then nothing after 0 bytes of its body; not complete within the --timeout of 1 s; 4 attempts\): Confluence or a proxy in front of it is stuck; check it and its logs, then run doctor again\n$/,
    );
    expect(server!.requests.every((q) => q.line === 'GET /status' && !q.authorized)).toBe(true);
  });

  it('the same with --deadline: the request ends at its deadline, whatever --timeout allows', async () => {
    const r = await doctor(() => ({ stall: true, sent: 9 }), '--deadline', '2');
    expect(r.stdout).toMatch(
      /answers \/status, but the answer stalled \(HTTP 200, then nothing after 9 bytes of its body; not complete within the --deadline of 2 s; 1 attempt\)/,
    );
  });

  it('a server that never answers: "no answer" within the deadline', async () => {
    const r = await doctor(() => ({ silent: true }), '--deadline', '2');
    expect(r.stdout).toMatch(
      /^FAIL {2}URL {11}http:\/\/127\.0\.0\.1:\d+ does not answer \(no answer within the --deadline of 2 s; 1 attempt\): check CONFLUENCE_URL or --url, and that Confluence is running/,
    );
  });

  it('a body that trickles in: "too slowly", with the bytes that came', async () => {
    const r = await doctor(() => ({ trickle: true, everyMs: 100 }), '--timeout', '2');
    expect(r.stdout).toMatch(
      /answers \/status too slowly \(HTTP 200, \d+ bytes of its body, still coming when the --timeout of 2 s ran out; 4 attempts\): the server is overloaded or the network slow: try a larger --timeout or --deadline, or check the server/,
    );
  });

  it('the requests with credentials too: a plugin manager that stalls ends the checks there', async () => {
    const r = await doctor((path) => (path === '/status' ? RUNNING : { stall: true }), '--timeout', '1');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[1]).toMatch(/^ok {4}Confluence/);
    expect(lines[2]).toMatch(
      /^FAIL {2}credentials {3}not checked: Confluence's plugin manager answered, but the answer stalled \(HTTP 200, then nothing after 0 bytes of its body; not complete within the --timeout of 1 s; 4 attempts\)/,
    );
    expect(lines).toHaveLength(3);
    expect(r.stderr).toBe('extender-users: doctor: the credentials check failed\n');
  });

  it("Confluence's current-user resource, asked when nothing else tells whether the credentials work, ends at the deadline too", async () => {
    const r = await doctor(
      (path) =>
        path === '/status' ? RUNNING : path === '/rest/api/user/current' ? { trickle: true, everyMs: 100 } : HTML_404,
      '--deadline',
      '2',
    );
    expect(r.stdout).toMatch(
      /\nFAIL {2}credentials {3}not checked: Confluence's current-user resource answers too slowly \(HTTP 200, \d+ bytes of its body, still coming when the --deadline of 2 s ran out; 1 attempt\)/,
    );
  });
});
