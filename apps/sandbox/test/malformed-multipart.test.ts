// Malformed multipart uploads are the client's mistake: 400 (or 413/415) with a JSON message,
// never a 500 (issue 16, fault 1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, PREFIX } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ seedUsers: 0 });
});
afterAll(() => h.close());

const XSRF = { 'X-Atlassian-Token': 'no-check' };
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A well-formed one-part form with the given boundary. */
function formBody(boundary: string, bytes: Buffer = PNG): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

const upload = (contentType: string, body: Buffer | string) =>
  h.call('setUserAvatarImage', 'PUT', `${PREFIX}/avatar/image/admin`, {
    headers: { ...XSRF, 'content-type': contentType },
    rawBody: typeof body === 'string' ? body : new Uint8Array(body),
  });

const malformed: [string, string, Buffer | string][] = [
  [
    'cut off before the closing boundary',
    'multipart/form-data; boundary=----fz381769026',
    formBody('----fz381769026').subarray(0, 60),
  ],
  [
    'cut off inside the file part',
    'multipart/form-data; boundary=----fz381769026',
    formBody('----fz381769026').subarray(0, 140),
  ],
  [
    'cut off after the part, before the final --',
    'multipart/form-data; boundary=b1',
    formBody('b1').subarray(0, formBody('b1').length - 6),
  ],
  ['multipart/form-data without boundary=', 'multipart/form-data', formBody('b2')],
  ['an empty boundary', 'multipart/form-data; boundary=', formBody('b3')],
  ['a boundary that does not match the body', 'multipart/form-data; boundary=other', formBody('b4')],
  [
    'garbage',
    'multipart/form-data; boundary=xyz',
    Buffer.from(Array.from({ length: 500 }, (_, i) => (i * 7919 + 13) % 256)),
  ],
  [
    'garbage that starts like a boundary',
    'multipart/form-data; boundary=xyz',
    '--xyz\r\n\u0000\u0001\u0002 not headers at all',
  ],
  ['a part without headers', 'multipart/form-data; boundary=xyz', '--xyz\r\n\r\nhello\r\n--xyz--\r\n'],
  ['an empty body', 'multipart/form-data; boundary=xyz', ''],
];

describe('malformed multipart uploads', () => {
  it.each(malformed)('%s → 4xx with a JSON message, never 500', async (_what, contentType, body) => {
    const r = await upload(contentType, body);
    expect([400, 413, 415], `${r.status} ${r.text}`).toContain(r.status);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(typeof (r.body as { message?: unknown }).message).toBe('string');
  });

  it('a body cut off before the closing boundary says the form is incomplete', async () => {
    const r = await upload(
      'multipart/form-data; boundary=----fz381769026',
      formBody('----fz381769026').subarray(0, 60),
    );
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/multipart/i);
  });

  it('multipart/form-data without a boundary is a 400 that says so', async () => {
    const r = await upload('multipart/form-data', formBody('b2'));
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toMatch(/boundary/i);
  });

  it('keeps serving: a well-formed upload after all of them is stored', async () => {
    for (const [, contentType, body] of malformed) await upload(contentType, body);
    const r = await upload('multipart/form-data; boundary=good', formBody('good'));
    expect(r.status, r.text).toBe(200);
  });
});
