// One attempt's request as request.ts builds it, for parts no operation of today's spec combines.
import { expect, it } from 'vitest';
import { sendOnce } from '../src/request.js';
import { json } from './support/fake-fetch.js';

it('a header parameter adds to the JSON content type of a JSON body instead of replacing it', async () => {
  let seen: RequestInit | undefined;
  const attempt = { signal: new AbortController().signal, fetch: async (_: unknown, init?: RequestInit) => ((seen = init), json(200, { message: 'ok' })) };
  const headers = { Accept: 'application/json' };
  await sendOnce('http://h', headers, { ...headers, 'Content-Type': 'application/json' }, 'addUser', { header: { 'X-Extra': '1' } as never, body: { name: 'n', fullName: 'N', email: 'n@x.test' } }, attempt);
  expect(seen!.headers).toEqual({ Accept: 'application/json', 'Content-Type': 'application/json', 'X-Extra': '1' });
});
