// A body refused as too large (413) must reach a client that sends the whole body before it reads
// the answer, as fetch does: the sandbox reads on and throws the rest away (as Tomcat's
// maxSwallowSize does under Confluence) instead of closing the connection under the client's
// writes, which failed fetch with EPIPE, more often the busier the machine.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN, Harness, PREFIX } from './support/harness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await Harness.start({ seedUsers: 3 });
});
afterAll(() => harness?.close());

/** A JSON body of `bytes` bytes, sent in 64 KiB pieces with a pause between them. */
function slowBody(bytes: number): ReadableStream<Uint8Array> {
  const piece = new TextEncoder().encode('x'.repeat(64 * 1024));
  let sent = 0;
  return new ReadableStream({
    async pull(controller) {
      if (sent === 0) controller.enqueue(new TextEncoder().encode('{"value":"'));
      await new Promise((resolve) => setTimeout(resolve, 5));
      controller.enqueue(piece);
      sent += piece.length;
      if (sent >= bytes) {
        controller.enqueue(new TextEncoder().encode('"}'));
        controller.close();
      }
    },
  });
}

it('a body over the limit sent slowly gets its 413 with the JSON message, and the connection serves on', async () => {
  const bytes = 3 * 1024 * 1024;
  const response = await fetch(`${harness.baseUrl}${PREFIX}/property/admin/big`, {
    method: 'PUT',
    headers: { authorization: ADMIN, 'content-type': 'application/json', 'content-length': String(bytes + 12) },
    body: slowBody(bytes),
    duplex: 'half',
  } as RequestInit);
  expect(response.status).toBe(413);
  expect(((await response.json()) as { message?: string }).message).toBe('Request body is too large');
  const after = await fetch(`${harness.baseUrl}${PREFIX}/getUsers`, { headers: { authorization: ADMIN } });
  expect(after.status).toBe(200);
});
