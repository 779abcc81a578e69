// What stands in front of Confluence, or a Confluence not ready: a single sign-on front that answers
// every path but /status with a redirect to its login page, and a /status that says STARTING, or
// answers 429 or 500. The CLI says what it saw and what to do, and never claims what it did not verify.
import { afterEach, describe, expect, it } from 'vitest';
import { startMisbehavingServer, type Behaviour, type MisbehavingServer } from './support/misbehaving-server.js';
import { runCli } from './support/run.js';

let server: MisbehavingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const LOGIN_PAGE: Behaviour = {
  answer: 200,
  type: 'text/html;charset=UTF-8',
  body: '<!DOCTYPE html><html><head><title>Log in - Confluence</title></head><body><form>…</form></body></html>',
};

/** /status answers RUNNING; every other path is a 302 to /login.action, as a single sign-on front sends. */
const ssoFront = (path: string): Behaviour =>
  path === '/status'
    ? { answer: 200, body: '{"state":"RUNNING"}' }
    : path === '/login.action'
      ? LOGIN_PAGE
      : {
          answer: 302,
          type: 'text/html',
          headers: { location: `/login.action?os_destination=${encodeURIComponent(path)}` },
        };

async function run(route: (path: string) => Behaviour, ...args: string[]) {
  server = await startMisbehavingServer(route);
  return runCli(args, { env: { CONFLUENCE_URL: server.url, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' } });
}

describe('a single sign-on front that redirects to its login page', () => {
  it('doctor does not call the credentials accepted: it says where the requests were sent, and what to do', async () => {
    const r = await run(ssoFront, 'doctor');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/^ok {4}(credentials|administrator)/m);
    expect(r.stdout).toMatch(
      /\nFAIL {2}credentials {3}not verified: the requests with credentials were redirected to http:\/\/127\.0\.0\.1:\d+\/login\.action, a login page \(HTTP 200 text\/html\): a single sign-on or login front stands before Confluence and did not take the credentials; ask its administrators how REST clients get through \(e\.g\. a personal access token with --token\), or use a URL that reaches Confluence directly\n/,
    );
    expect(r.stderr).toBe('extender-users: doctor: the credentials check failed\n');
  });

  it('users list names the redirect and the login page, not only "text/html where the API answers JSON"', async () => {
    const r = await run(ssoFront, 'users', 'list');
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(
      /^extender-users: getUsers failed with HTTP 200: .*; the request was redirected to http:\/\/127\.0\.0\.1:\d+\/login\.action, a login page: a single sign-on or login front stands before Confluence and did not take the credentials/,
    );
  });
});

describe('a /status that is not a plain RUNNING', () => {
  const doctor = async (status: Behaviour) => {
    const r = await run(
      (path) => (path === '/status' ? status : { answer: 500, body: '{"message":"should not be asked"}' }),
      'doctor',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('extender-users: doctor: the Confluence check failed\n');
    expect(r.stdout).not.toMatch(/not Confluence/);
    expect(server!.requests.every((q) => q.line === 'GET /status' && !q.authorized)).toBe(true); // no credentials
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    return lines[1];
  };

  it('a Confluence that is starting (503 {"state":"STARTING"}): it is Confluence, not ready yet', async () => {
    expect(await doctor({ answer: 503, body: '{"state":"STARTING"}' })).toBe(
      'FAIL  Confluence    it is Confluence, but STARTING (HTTP 503), not RUNNING yet: wait until it has started, then run doctor again; no credentials were sent',
    );
  });

  it('a Confluence in its ERROR state (500 {"state":"ERROR"}): it is Confluence, failing', async () => {
    expect(await doctor({ answer: 500, body: '{"state":"ERROR"}' })).toBe(
      'FAIL  Confluence    it is Confluence, but ERROR (HTTP 500), not RUNNING: it failed to start; see its logs, then run doctor again; no credentials were sent',
    );
  });

  it('429 on /status: rate-limited, with the wait asked for; not "not Confluence"', async () => {
    expect(
      await doctor({ answer: 429, type: 'text/plain', body: 'Too Many Requests', headers: { 'retry-after': '1' } }),
    ).toBe(
      'FAIL  Confluence    /status answered HTTP 429 text/plain after 4 attempts: the server (Confluence, or a proxy in front of it) is rate-limiting the requests from here; wait (it asks for 1 s) and run doctor again; no credentials were sent',
    );
  });

  it('500 on /status: the server is failing; not "not Confluence"', async () => {
    expect(
      await doctor({
        answer: 500,
        type: 'text/html',
        body: '<html><head><title>500 Internal Server Error</title></head></html>',
      }),
    ).toBe(
      'FAIL  Confluence    /status answered HTTP 500 text/html: the server is failing (Confluence answers /status with its state even while it starts, so Confluence or a proxy in front of it is broken); see its logs, then run doctor again; no credentials were sent',
    );
  });
});
