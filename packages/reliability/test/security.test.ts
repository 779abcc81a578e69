// Security: authentication and authorization on every endpoint, secrets never in answers,
// avatars judged by content, and the rate limiter holding. (That password checks do not tell
// which user names exist is measured in login-timing.test.ts.)
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, valid } from './support/arbitraries.js';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';

const API = '/rest/extender/1.0/user';
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
let sandbox: SandboxProcess;
const seen: string[] = [];

async function call(
  auth: string | null,
  method: string,
  path: string,
  body?: BodyInit,
  contentType = 'application/json',
) {
  const headers: Record<string, string> = {};
  if (auth) headers.authorization = auth;
  if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = contentType;
  if (body instanceof FormData) headers['x-atlassian-token'] = 'no-check'; // Confluence's XSRF check
  const response = await fetch(`${sandbox.baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  seen.push(text, JSON.stringify([...response.headers]));
  return { status: response.status, headers: response.headers, text };
}

/** One request per operation of the spec, with a body valid for its schema, against a user that exists. */
function everyEndpoint(target: string): [string, string, string, BodyInit | undefined][] {
  return operations.map((op) => {
    const path = op.path.replace('{userName}', target).replace('{propertyKey}', 'k');
    const media = op.operation.requestBody?.content ?? {};
    let body: BodyInit | undefined;
    const json = media['application/json']?.schema;
    if (json) body = JSON.stringify(fc.sample(valid(json), { numRuns: 1, seed: 16 })[0]);
    if ('multipart/form-data' in media) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61])]), 'a.gif');
      body = form;
    }
    return [op.operation.operationId, op.method.toUpperCase(), path, body];
  });
}

beforeAll(async () => {
  // Failed logins are not slowed here: this file sends many on purpose, one endpoint after another
  // (slowing is checked in the sandbox's failed-logins tests).
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '5', '--slow-logins-after', '0']);
  const admin = `Bearer ${sandbox.adminToken}`;
  for (const [name, groups] of [
    ['sec-admin', ['confluence-administrators']],
    ['sec-plain', ['confluence-users']],
    ['sec-gone', ['confluence-administrators']],
  ] as const) {
    const r = await call(
      admin,
      'PUT',
      `${API}/add`,
      JSON.stringify({ name, fullName: name, email: `${name}@acme.test`, password: `Pw-${name}-secret`, groups }),
    );
    expect(r.status).toBe(200);
  }
  expect((await call(admin, 'POST', `${API}/deactivate/sec-gone`)).status).toBe(200);
});
afterAll(() => sandbox?.stop());

describe('authentication and authorization on every endpoint', () => {
  it('401 with WWW-Authenticate without credentials, with wrong ones and with a bogus token', async () => {
    for (const [op, method, path, body] of everyEndpoint('sec-plain')) {
      for (const auth of [
        null,
        basic('sec-admin', 'wrong'),
        basic('nobody', 'x'),
        'Bearer nope',
        'Basic !!!',
        'Negotiate abc',
      ]) {
        const r = await call(auth, method, path, body);
        expect(r.status, `${op} ${auth}`).toBe(401);
        expect(r.headers.get('www-authenticate')).toContain('Basic');
      }
    }
  });

  it('403 for a user who is not an administrator', async () => {
    for (const [op, method, path, body] of everyEndpoint('sec-plain')) {
      expect((await call(basic('sec-plain', 'Pw-sec-plain-secret'), method, path, body)).status, op).toBe(403);
    }
  });

  it('401 for a deactivated administrator, on every endpoint, exactly as for a wrong password', async () => {
    for (const [op, method, path, body] of everyEndpoint('sec-plain')) {
      const r = await call(basic('sec-gone', 'Pw-sec-gone-secret'), method, path, body);
      const wrong = await call(basic('sec-gone', 'not-the-password'), method, path, body);
      expect(r.status, op).toBe(401);
      expect([r.text, r.headers.get('x-seraph-loginreason')], op).toEqual([
        wrong.text,
        wrong.headers.get('x-seraph-loginreason'),
      ]);
    }
  });
});

describe('secrets', () => {
  it('avatars that are not images are refused whatever their declared type', async () => {
    const admin = `Bearer ${sandbox.adminToken}`;
    const fakes = [
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      Buffer.from('<html><body>hi</body></html>'),
      Buffer.from('MZ\x90\x00executable'),
      Buffer.from('%PDF-1.7'),
      Buffer.from('GIF87'),
      Buffer.from([0x89, 0x50, 0x4e]),
    ];
    for (const bytes of fakes) {
      for (const declared of ['image/png', 'image/jpeg', 'image/gif', 'application/octet-stream', 'image/svg+xml']) {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(bytes)], { type: declared }), 'avatar.png');
        expect(
          (await call(admin, 'PUT', `${API}/avatar/image/sec-plain`, form)).status,
          `${declared} ${bytes.subarray(0, 8).toString()}`,
        ).toBe(415);
      }
      expect(
        (
          await call(
            admin,
            'PUT',
            `${API}/avatar/base64/sec-plain`,
            JSON.stringify({ string: bytes.toString('base64') }),
          )
        ).status,
      ).toBe(415);
    }
  });

  it('no answer of this file carried a password or a hash', () => {
    const everything = seen.join('\n');
    expect(everything.length).toBeGreaterThan(10_000);
    for (const secret of ['Pw-sec-admin-secret', 'Pw-sec-plain-secret', 'Pw-sec-gone-secret', sandbox.adminToken])
      expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/scrypt\$\d+\$/);
  });
});

describe('the rate limiter', () => {
  it('lets through no more than the bucket and its refill, answering the rest 429 with the headers', async () => {
    const limited = await startSandboxProcess(['--db', ':memory:', '--seed-users', '0', '--rate-limit', '5']);
    try {
      const auth = `Bearer ${limited.adminToken}`;
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 40 }, () =>
          fetch(`${limited.baseUrl}${API}/getUsers`, { headers: { authorization: auth } }),
        ),
      );
      const seconds = (Date.now() - started) / 1000;
      const ok = answers.filter((r) => r.status === 200).length;
      const limitedCount = answers.filter((r) => r.status === 429).length;
      expect(ok + limitedCount).toBe(40);
      expect(ok).toBeLessThanOrEqual(5 + Math.ceil(seconds * 5));
      const refused = answers.find((r) => r.status === 429)!;
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
    } finally {
      await limited.stop();
    }
  });
});
