// What the CLI says when the server is not what it expects: not Confluence with Extender, or an
// account Confluence wants a CAPTCHA for. One line each, saying what to check or do.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { startOtherWebServer } from './support/fake-servers.js';
import { runCli } from './support/run.js';

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '3', '--captcha-after', '2']);
});
afterAll(() => sandbox?.stop());

it('a URL that is not Confluence with Extender is said in one line, with what to check', async () => {
  const other = await startOtherWebServer();
  try {
    const r = await runCli(['users', 'list'], {
      env: { CONFLUENCE_URL: other.url, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(2); // one line and its end
    expect(r.stderr).toMatch(
      /^extender-users: getUsers failed with HTTP 404: .*the URL does not look like Confluence with Extender \(check the base URL and its context path.*\); extender-users doctor checks the URL, the credentials and Extender one by one\n$/,
    );
  } finally {
    await other.close();
  }
});

it('after too many failed logins, says that Confluence wants a CAPTCHA and what to do, not "wrong password"', async () => {
  const as = (password: string) =>
    runCli(['users', 'list', '--max-results', '1'], {
      env: { CONFLUENCE_URL: sandbox.baseUrl, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: password },
    });
  for (let i = 0; i < 2; i++)
    expect((await as('wrong')).stderr).toMatch(/HTTP 401: .*\(check CONFLUENCE_USER and CONFLUENCE_PASSWORD/);
  const r = await as('admin');
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /^extender-users: getUsers failed with HTTP 401: .*CAPTCHA.*logs in once through the web page or an administrator clears it\n$/,
  );
  expect(r.stderr).not.toMatch(/check CONFLUENCE_USER|wrong password|Invalid user name or password/i);
});

it('a user name the API cannot be asked about, or a token no HTTP header can carry, is a usage mistake: exit 2, nothing sent, no secret shown', async () => {
  const env = { CONFLUENCE_URL: sandbox.baseUrl, CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' };
  const dots = await runCli(['users', 'delete', '..', '--yes'], { env });
  expect(dots.code).toBe(2);
  expect(dots.stderr).toBe(
    "extender-users: deleteUser: userName must be a non-empty name other than '.' and '..', got ..; nothing was sent\n",
  );
  const empty = await runCli(['users', 'show', ''], { env });
  expect(empty.code).toBe(2);
  const token = await runCli(['users', 'list'], {
    env: { CONFLUENCE_URL: sandbox.baseUrl, CONFLUENCE_TOKEN: 'tökén' },
  });
  expect(token.code).toBe(2);
  expect(token.stderr).toBe(
    'extender-users: the token or password (--token, --password, CONFLUENCE_*) cannot be sent in an HTTP header: the token is empty or holds a space or a character outside ASCII (tokens are ASCII: check that it was copied whole)\n',
  );
  expect(token.stderr).not.toContain('tök');
});
