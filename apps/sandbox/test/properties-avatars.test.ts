import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledSpec } from '@extender-users/spec';
import { Harness, PREFIX } from './support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start({ maxAvatarBytes: 64 * 1024 });
});
afterAll(() => h.close());

const PNG = readFileSync(new URL('./fixtures/avatar.png', import.meta.url));
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);

const XSRF = { 'X-Atlassian-Token': 'no-check' };

function form(bytes: Buffer, field = 'file', type = 'image/png'): FormData {
  const f = new FormData();
  f.append(field, new Blob([new Uint8Array(bytes)], { type }), 'upload.bin');
  return f;
}

describe('properties', () => {
  it('sets, reads back and overwrites; an unset key is a 404', async () => {
    const path = `${PREFIX}/property/user/user.organisation.position.full.name`;
    expect((await h.call('getUserProperty', 'GET', path)).status).toBe(404);
    expect(
      (await h.call('setUserProperty', 'PUT', path, { body: { value: 'Chief Information Officer' } })).body,
    ).toEqual({ message: 'success' });
    expect((await h.call('getUserProperty', 'GET', path)).body).toEqual({ value: 'Chief Information Officer' });
    await h.call('setUserProperty', 'PUT', path, { body: { value: 'zażółć 🚀' } });
    expect((await h.call('getUserProperty', 'GET', path)).body).toEqual({ value: 'zażółć 🚀' });
    expect(
      (await h.call('getUserProperty', 'GET', `${PREFIX}/property/USER/user.organisation.position.full.name`)).body,
    ).toEqual({ value: 'zażółć 🚀' });
  });

  it('refuses keys and values the spec forbids', async () => {
    expect((await h.call('getUserProperty', 'GET', `${PREFIX}/property/user/a%20b`)).status).toBe(400);
    expect((await h.call('setUserProperty', 'PUT', `${PREFIX}/property/user/k`, { body: { value: 5 } })).status).toBe(
      400,
    );
    expect(
      (await h.call('setUserProperty', 'PUT', `${PREFIX}/property/user/k`, { body: { value: 'x'.repeat(65_536) } }))
        .status,
    ).toBe(400);
  });
});

describe('avatars', () => {
  it('accepts PNG, GIF and JPEG as base64 and stores the bytes', async () => {
    for (const image of [PNG, GIF, JPEG]) {
      const r = await h.call('setUserAvatarBase64', 'PUT', `${PREFIX}/avatar/base64/user`, {
        body: { string: image.toString('base64') },
      });
      expect(r.body).toEqual({ message: 'avatar changed' });
      const stored = await fetch(`${h.baseUrl}/sandbox/avatar/user`, {
        headers: { authorization: `Bearer ${h.sandbox.adminToken}` },
      });
      expect(Buffer.from(await stored.arrayBuffer()).equals(image)).toBe(true);
    }
  });

  it('accepts a multipart upload and stores it byte for byte', async () => {
    const r = await h.call('setUserAvatarImage', 'PUT', `${PREFIX}/avatar/image/user`, {
      headers: XSRF,
      rawBody: form(PNG),
    });
    expect(r.body).toEqual({ message: 'avatar changed' });
    const stored = await fetch(`${h.baseUrl}/sandbox/avatar/user`, {
      headers: { authorization: `Bearer ${h.sandbox.adminToken}` },
    });
    expect(stored.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await stored.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses what is not an image, whatever its declared type (415)', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(
      (
        await h.call('setUserAvatarBase64', 'PUT', `${PREFIX}/avatar/base64/user`, {
          body: { string: svg.toString('base64') },
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await h.call('setUserAvatarImage', 'PUT', `${PREFIX}/avatar/image/user`, {
          headers: XSRF,
          rawBody: form(svg, 'file', 'image/png'),
        })
      ).status,
    ).toBe(415);
    expect(
      (await h.call('setUserAvatarImage', 'PUT', `${PREFIX}/avatar/image/user`, { body: { file: 'x' } })).status,
    ).toBe(415);
  });

  it('refuses images over the limit (413), both ways', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(70 * 1024)]);
    const b64 = await h.call('setUserAvatarBase64', 'PUT', `${PREFIX}/avatar/base64/user`, {
      body: { string: big.toString('base64') },
    });
    expect(b64.status).toBe(413);
    expect(
      (await h.call('setUserAvatarImage', 'PUT', `${PREFIX}/avatar/image/user`, { headers: XSRF, rawBody: form(big) }))
        .status,
    ).toBe(413);
  });

  it('reads the longest base64 string the spec allows whole, and answers that its image is too large (413)', async () => {
    // With the default limits: the body holds the string and its JSON, more than 2 MiB.
    const plain = await Harness.start({ seedUsers: 0 });
    try {
      const schema = loadBundledSpec().components.schemas!.AvatarBase64Request as {
        properties: { string: { maxLength: number } };
      };
      const longest = 'A'.repeat(schema.properties.string.maxLength);
      const r = await plain.call('setUserAvatarBase64', 'PUT', `${PREFIX}/avatar/base64/admin`, {
        body: { string: longest },
      });
      expect(r.status).toBe(413);
      expect(r.body).toEqual({ message: 'Avatar image is larger than 1048576 bytes' });
    } finally {
      await plain.close();
    }
  });

  it('refuses a form without the file part, or with another field (400), and text that is not base64', async () => {
    expect(
      (
        await h.call('setUserAvatarImage', 'PUT', `${PREFIX}/avatar/image/user`, {
          headers: XSRF,
          rawBody: form(PNG, 'picture'),
        })
      ).status,
    ).toBe(400);
    expect(
      (await h.call('setUserAvatarBase64', 'PUT', `${PREFIX}/avatar/base64/user`, { body: { string: 'not base64!' } }))
        .status,
    ).toBe(400);
    expect(
      (await h.call('setUserAvatarBase64', 'PUT', `${PREFIX}/avatar/base64/user`, { body: { string: 'AAAAA' } }))
        .status,
    ).toBe(400);
  });
});

describe("Confluence's XSRF check", () => {
  it('refuses a multipart upload without X-Atlassian-Token: no-check with 403, before reading it', async () => {
    const r = await h.call('setUserAvatarImage', 'PUT', `${PREFIX}/avatar/image/user`, { rawBody: form(PNG) });
    expect(r.status).toBe(403);
    expect(r.body).toEqual({ message: 'XSRF check failed' });
    expect(
      (
        await h.call('setUserAvatarImage', 'PUT', `${PREFIX}/avatar/image/user`, {
          headers: { 'X-Atlassian-Token': 'nocheck' },
          rawBody: form(PNG),
        })
      ).status,
    ).toBe(200);
  });

  it('applies to text/plain too, but not to JSON', async () => {
    expect(
      (await h.call('addUser', 'PUT', `${PREFIX}/add`, { headers: { 'content-type': 'text/plain' }, rawBody: 'x' }))
        .status,
    ).toBe(403);
    expect((await h.call('setUserProperty', 'PUT', `${PREFIX}/property/user/k`, { body: { value: 'v' } })).status).toBe(
      200,
    );
  });

  it('can be turned off (--no-xsrf-check)', async () => {
    const lax = await Harness.start({ xsrfCheck: false });
    try {
      expect(
        (await lax.call('setUserAvatarImage', 'PUT', `${PREFIX}/avatar/image/user`, { rawBody: form(PNG) })).status,
      ).toBe(200);
    } finally {
      await lax.close();
    }
  });
});
