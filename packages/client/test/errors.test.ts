import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  CaptchaRequiredError,
  ConflictError,
  createExtenderUsersClient,
  ExtenderApiError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from '../src/index.js';
import { messageFromBody } from '../src/error-mapping.js';
import { json, scriptedFetch, text } from './support/fake-fetch.js';

const PASSWORD = 'pa55-w0rd-very-secret';
const TOKEN = 'tok_NjYzMDk2NzI2NTQ0OmSecret';

function clientWith(
  answer: Response | Error,
  auth: { username: string; password: string } | { token: string } = { username: 'admin', password: PASSWORD },
) {
  const { fetch } = scriptedFetch(answer);
  return createExtenderUsersClient({ baseUrl: 'http://127.0.0.1:1', auth, fetch, retry: false });
}

describe('each status becomes its typed error', () => {
  it.each([
    [400, BadRequestError, 'bad-request'],
    [401, UnauthorizedError, 'unauthorized'],
    [403, ForbiddenError, 'forbidden'],
    [404, NotFoundError, 'not-found'],
    [409, ConflictError, 'conflict'],
    [413, PayloadTooLargeError, 'payload-too-large'],
    [415, UnsupportedMediaTypeError, 'unsupported-media-type'],
    [429, RateLimitError, 'rate-limited'],
    [500, ServerError, 'server'],
    [502, ServerError, 'server'],
    [503, ServerError, 'server'],
  ] as const)('%i → %o', async (status, ErrorClass, kind) => {
    const client = clientWith(json(status, { message: `server says ${status}` }));
    const error = await client.users.get('ghost').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ExtenderApiError);
    expect(error).toMatchObject({ kind, status, operation: 'getUserDetails', serverMessage: `server says ${status}` });
    expect(String(error)).toContain(`getUserDetails failed with HTTP ${status}: server says ${status}`);
  });

  it('an unlisted status is a plain ExtenderApiError of kind http', async () => {
    const error = await clientWith(json(405, { message: 'no' }))
      .users.delete('x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtenderApiError);
    expect(error).toMatchObject({ kind: 'http', status: 405, operation: 'deleteUser' });
  });

  it('a 429 carries the wait the server asked for', async () => {
    const error = await clientWith(json(429, { message: 'slow down' }, { 'retry-after': '7' }))
      .users.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(7000);
    expect((error as RateLimitError).toJSON()).toMatchObject({ retryAfterMs: 7000, status: 429 });
  });

  it('a connection failure is a NetworkError without a status', async () => {
    const error = await clientWith(
      new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') }),
    )
      .users.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ kind: 'network', status: undefined, operation: 'getUsers' });
    expect((error as Error).message).toContain('ECONNREFUSED');
  });
});

describe('CAPTCHA after failed logins', () => {
  const denied = { 'x-seraph-loginreason': 'AUTHENTICATION_DENIED' };

  it('a 401 with X-Seraph-LoginReason: AUTHENTICATION_DENIED is a CaptchaRequiredError saying what to do, not retried', async () => {
    const { fetch, sent } = scriptedFetch(
      text(401, '<html><head><title>Unauthorized</title></head></html>', 'text/html', denied),
    );
    const client = createExtenderUsersClient({
      baseUrl: 'http://127.0.0.1:1',
      auth: { username: 'jdoe', password: PASSWORD },
      fetch,
      retry: { maxAttempts: 4, baseDelayMs: 1 },
    });
    const error = await client.users.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaptchaRequiredError);
    expect(error).toBeInstanceOf(ExtenderApiError);
    expect(error).not.toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({
      kind: 'captcha-required',
      name: 'CaptchaRequiredError',
      status: 401,
      operation: 'getUsers',
      serverMessage: 'Unauthorized',
    });
    expect((error as Error).message).toMatch(/CAPTCHA/);
    expect((error as Error).message).toMatch(/logs in once through the web page or an administrator clears it/);
    expect(String(error)).not.toContain(PASSWORD);
    expect(sent).toHaveLength(1);
  });

  it('with a JSON body too; another login reason stays an UnauthorizedError', async () => {
    await expect(clientWith(json(401, { message: 'denied' }, denied)).users.get('x')).rejects.toBeInstanceOf(
      CaptchaRequiredError,
    );
    const failed = await clientWith(
      json(401, { message: 'wrong password' }, { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' }),
    )
      .users.list()
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(UnauthorizedError);
    expect((failed as Error).message).not.toMatch(/CAPTCHA/);
  });
});

describe('the server message, whatever the body', () => {
  it('reads JSON message, plain text and HTML error pages', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>Unauthorized (401)</title><style>body{}</style></head><body><h1>Login required</h1><p>Please log in.</p></body></html>';
    await expect(clientWith(text(401, html, 'text/html')).users.list()).rejects.toMatchObject({
      serverMessage: 'Unauthorized (401) — Login required',
    });
    await expect(clientWith(text(429, 'Rate limit exceeded\n')).users.list()).rejects.toMatchObject({
      serverMessage: 'Rate limit exceeded',
    });
    await expect(
      clientWith(json(404, { statusCode: 404, message: 'User x not found', reason: 'Not Found' })).users.get('x'),
    ).rejects.toMatchObject({
      serverMessage: 'User x not found',
    });
  });

  it('trims long bodies and copes with empty ones', () => {
    expect(messageFromBody('x'.repeat(5000))!.length).toBeLessThanOrEqual(300);
    expect(messageFromBody('')).toBeUndefined();
    expect(messageFromBody('<html><body><div>   </div></body></html>')).toBeUndefined();
    expect(messageFromBody({ weird: true })).toBe('{"weird":true}');
  });
});

describe('secrets never leak', () => {
  it('a server echoing the password gets it masked in message, toString and JSON', async () => {
    const client = clientWith(json(400, { message: `bad password ${PASSWORD} for admin` }));
    const error = (await client.users
      .add({ name: 'a', fullName: 'A', email: 'a@b.test', password: PASSWORD })
      .catch((e: unknown) => e)) as ExtenderApiError;
    for (const rendered of [
      error.message,
      String(error),
      JSON.stringify(error),
      error.stack ?? '',
      String(error.serverMessage),
    ]) {
      expect(rendered).not.toContain(PASSWORD);
    }
    expect(error.serverMessage).toBe('bad password *** for admin');
  });

  it('a bearer token echoed in an HTML page is masked, and so is the basic header value', async () => {
    const error = (await clientWith(text(401, `<html><body>token ${TOKEN} refused</body></html>`, 'text/html'), {
      token: TOKEN,
    })
      .users.list()
      .catch((e: unknown) => e)) as ExtenderApiError;
    expect(JSON.stringify(error) + String(error)).not.toContain(TOKEN);
    const basic = btoa(`admin:${PASSWORD}`);
    const error2 = (await clientWith(json(401, { message: `Authorization: Basic ${basic}` }))
      .users.list()
      .catch((e: unknown) => e)) as ExtenderApiError;
    expect(String(error2)).not.toContain(basic);
  });

  it('a network error carrying the URL never carries credentials', async () => {
    const error = await clientWith(new TypeError('fetch failed'))
      .users.list()
      .catch((e: unknown) => e);
    expect(JSON.stringify(error) + String(error)).not.toContain(PASSWORD);
  });
});

describe('masking a short password', () => {
  it('masks it where it stands alone, not inside longer words, so messages stay readable and do not hint at it', async () => {
    const { redact } = await import('../src/redact.js');
    expect(redact("User 'administrator' does not exist", ['admin'])).toBe("User 'administrator' does not exist");
    expect(redact("User 'sysadmin' already exists", ['admin'])).toBe("User 'sysadmin' already exists");
    expect(redact("Property 'k' is not set for user 'admin'", ['admin'])).toBe(
      "Property 'k' is not set for user '***'",
    );
    expect(redact('bad password: admin.', ['admin'])).toBe('bad password: ***.');
    expect(redact('password=admin&x=1', ['admin'])).toBe('password=***&x=1');
  });

  it('masks a long secret wherever it appears, inside words too', async () => {
    const { redact } = await import('../src/redact.js');
    expect(redact('echoXk9-Secret-77Y', ['Xk9-Secret-77'])).toBe('echo***Y');
    expect(redact('token abc%2Fdefghij here', ['abc/defghij'])).toBe('token *** here');
  });
});
