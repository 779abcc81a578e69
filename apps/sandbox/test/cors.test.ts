// --cors-origin: pages from the given origins may call the sandbox from a browser; no other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '@extender-users/cli-kit';
import { parseOptions } from '../src/index.js';
import { ADMIN, Harness, PREFIX } from './support/harness.js';

const ALLOWED = 'http://localhost:5173';
const OTHER = 'http://evil.test';
let h: Harness;
let closed: Harness;
beforeAll(async () => {
  h = await Harness.start({ corsOrigins: [ALLOWED, 'https://admin.acme.test'], seedUsers: 3 });
  closed = await Harness.start({ seedUsers: 3 });
});
afterAll(() => Promise.all([h.close(), closed.close()]));

const preflight = (
  base: string,
  origin: string,
  method = 'PUT',
  headers = 'authorization,content-type,x-atlassian-token',
) =>
  fetch(`${base}${PREFIX}/avatar/image/user`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  });

describe('CORS', () => {
  it('answers a preflight from an allowed origin, allowing the API methods and the Authorization, Content-Type and X-Atlassian-Token headers', async () => {
    const r = await preflight(h.baseUrl, ALLOWED);
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(
      r.headers
        .get('access-control-allow-methods')!
        .split(',')
        .map((s) => s.trim()),
    ).toEqual(expect.arrayContaining(['GET', 'PUT', 'POST', 'DELETE']));
    const allowed = r.headers
      .get('access-control-allow-headers')!
      .toLowerCase()
      .split(',')
      .map((s) => s.trim());
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-atlassian-token']));
  });

  it('gives an allowed origin the Access-Control-* headers on answers, errors included, and exposes the rate-limit and retry headers', async () => {
    const ok = await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { headers: { origin: ALLOWED } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    const exposed = ok.headers.get('access-control-expose-headers')!.toLowerCase();
    for (const name of ['retry-after', 'www-authenticate', 'x-ratelimit-remaining']) expect(exposed).toContain(name);
    const refused = await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: null, headers: { origin: ALLOWED } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives any other origin no Access-Control-Allow-Origin, on preflights or answers', async () => {
    expect((await preflight(h.baseUrl, OTHER)).headers.get('access-control-allow-origin')).toBeNull();
    const r = await h.call('getUsers', 'GET', `${PREFIX}/getUsers`, { auth: ADMIN, headers: { origin: OTHER } });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is off by default: a preflight is a 404 and answers carry no Access-Control-* header', async () => {
    expect((await preflight(closed.baseUrl, ALLOWED)).status).toBe(404);
    const r = await closed.call('getUsers', 'GET', `${PREFIX}/getUsers`, { headers: { origin: ALLOWED } });
    expect([...r.headers.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([]);
  });

  it('takes --cors-origin more than once, and refuses what is not an origin', () => {
    expect(parseOptions(['--cors-origin', ALLOWED, '--cors-origin', 'https://admin.acme.test:8443'])).toMatchObject({
      corsOrigins: [ALLOWED, 'https://admin.acme.test:8443'],
    });
    expect(parseOptions([])).toMatchObject({ corsOrigins: [] });
    for (const bad of [
      'localhost:5173',
      'http://localhost:5173/',
      'http://localhost:5173/app',
      'ftp://files.test',
      '*',
    ]) {
      expect(() => parseOptions(['--cors-origin', bad]), bad).toThrow(UsageError);
    }
  });
});
