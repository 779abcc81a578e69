// Hand-picked hostile input: the sandbox answers each with a documented 4xx (or a correct 2xx for
// valid but unusual input) and keeps running.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';

let sandbox: SandboxProcess;
let auth: string;
beforeAll(async () => {
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '5']);
  auth = `Bearer ${sandbox.adminToken}`;
});
afterAll(() => sandbox?.stop());

const API = '/rest/extender/1.0/user';
async function call(method: string, path: string, body?: BodyInit, contentType = 'application/json') {
  const response = await fetch(`${sandbox.baseUrl}${path}`, {
    method,
    headers: { authorization: auth, ...(body === undefined ? {} : { 'content-type': contentType }) },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: response.headers.get('content-type')?.includes('json')
      ? (JSON.parse(text) as { message?: string })
      : undefined,
  };
}

const expect4xx = (r: { status: number; json?: { message?: string } }, statuses: number[]) => {
  expect(statuses, JSON.stringify(r)).toContain(r.status);
  expect(typeof r.json?.message).toBe('string');
};

describe('hostile bodies', () => {
  it('malformed JSON, empty bodies and wrong content types are 400/415', async () => {
    for (const body of ['{', '{"name":"a",}', 'null', '[]', '"text"', '\u0000', '{"name":"a"}}'])
      expect4xx(await call('PUT', `${API}/add`, body), [400]);
    expect4xx(await call('PUT', `${API}/add`, ''), [400]);
    for (const type of [
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json-patch+json',
    ]) {
      // Form, text and multipart bodies meet Confluence's XSRF check first (403), JSON lookalikes 415.
      expect4xx(
        await call('PUT', `${API}/add`, '{"name":"a","fullName":"A","email":"a@acme.test"}', type),
        [400, 403, 415],
      );
    }
  });

  it('bodies over the limit are 413, without reading them whole', async () => {
    const huge = JSON.stringify({ value: 'x'.repeat(3 * 1024 * 1024) });
    expect4xx(await call('PUT', `${API}/property/admin/big`, huge), [413]);
    expect4xx(
      await call('PUT', `${API}/avatar/base64/admin`, JSON.stringify({ string: 'A'.repeat(3 * 1024 * 1024) })),
      [413],
    );
  });

  it('deeply nested JSON is a 400, and the server stays up', async () => {
    const deep = `{"value":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect4xx(await call('PUT', `${API}/property/admin/deep`, deep), [400, 413]);
    const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    expect4xx(await call('PUT', `${API}/add`, deepObject), [400, 413]);
    expect((await call('GET', `${API}/getUsers`)).status).toBe(200);
  });
});

describe('hostile names and keys', () => {
  it('very long names and keys are refused, not crashed on', async () => {
    for (const path of [
      `${API}/getUserDetails/${'a'.repeat(300)}`,
      `${API}/getUserDetails/${'a'.repeat(5000)}`,
      `${API}/property/admin/${'k'.repeat(300)}`,
    ]) {
      const r = await call('GET', path);
      expect([400, 404, 414], `${path.length}`).toContain(r.status);
      expect(r.status).toBeLessThan(500);
    }
    expect4xx(
      await call('PUT', `${API}/add`, JSON.stringify({ name: 'n'.repeat(256), fullName: 'X', email: 'x@acme.test' })),
      [400],
    );
  });

  it('path traversal and NUL bytes in names and keys go nowhere', async () => {
    for (const segment of ['..%2F..%2Fetc%2Fpasswd', '%2E%2E', '..', '%00', 'a%00b', '%2F', 'a%5Cb', '%252F']) {
      for (const path of [
        `${API}/getUserDetails/${segment}`,
        `${API}/property/admin/${segment}`,
        `${API}/delete/${segment}`,
      ]) {
        const r = await call(path.includes('/delete/') ? 'DELETE' : 'GET', path);
        expect([400, 404], `${path} → ${r.status} ${r.text}`).toContain(r.status);
      }
    }
    expect4xx(
      await call('PUT', `${API}/add`, JSON.stringify({ name: 'a\u0000b', fullName: 'X', email: 'x@acme.test' })),
      [400],
    );
    expect4xx(
      await call('PUT', `${API}/add`, JSON.stringify({ name: '../admin', fullName: 'X', email: 'x@acme.test' })),
      [400],
    );
    expect((await call('GET', `${API}/getUserDetails/admin`)).status).toBe(200);
  });

  it('unicode names and values round-trip', async () => {
    for (const name of ['zoë', 'łukasz', '山田太郎', 'émoji😀', 'ǅ-title']) {
      const added = await call(
        'PUT',
        `${API}/add`,
        JSON.stringify({ name, fullName: `Full ${name}`, email: 'u@acme.test' }),
      );
      expect(added.status, `${name}: ${added.text}`).toBe(200);
      const read = await call('GET', `${API}/getUserDetails/${encodeURIComponent(name)}`);
      expect(read.json).toMatchObject({ name, fullName: `Full ${name}` });
      const set = await call(
        'PUT',
        `${API}/property/${encodeURIComponent(name)}/k`,
        JSON.stringify({ value: '值 ✓ \u202e' }),
      );
      expect(set.status).toBe(200);
      expect((await call('GET', `${API}/property/${encodeURIComponent(name)}/k`)).json).toEqual({
        value: '值 ✓ \u202e',
      });
    }
  });
});
