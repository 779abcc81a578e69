// Raw HTTP/1.x requests that test the server's parser, generated with fast-check: targets from
// the spec's operations (and a few odd ones), then methods, versions, line endings, Host, framing
// (Content-Length and Transfer-Encoding, alone, conflicting, negative, doubled, chunked bodies
// valid and broken, bodies cut short) and header oddities (folding, bad names, NUL, oversized).
import fc from 'fast-check';
import { operations } from './arbitraries.js';

export interface RawCase {
  bytes: Buffer;
  /** What the case is made of, for the failure message. */
  label: string;
  method: string;
}

const BODY = '{"value":"v"}';

/** A request target: every operation's path (from the spec) filled in, or an odd one. */
const target = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      ...operations.map((op) => op.path.replace('{userName}', 'admin').replace('{propertyKey}', 'fuzz.key')),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '*',
      'http://127.0.0.1/status',
      '/status',
      '/%',
      '/%zz?x=%zz',
      '/rest/extender/1.0/user/getUserDetails/..%2f..%2fadmin',
      `/rest/extender/1.0/user/getUsers?startAt=${'9'.repeat(400)}`,
      `/${'a'.repeat(20_000)}`,
      '',
      '/sandbox/outbox',
    ),
  },
);

/** An operation's own method and path (from the spec), or a method and target drawn apart. */
const requestLine = (): fc.Arbitrary<[string, string]> =>
  fc.oneof(
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        ...operations.map((op): [string, string] => [
          op.method.toUpperCase(),
          op.path.replace('{userName}', 'admin').replace('{propertyKey}', 'fuzz.key'),
        ]),
      ),
    },
    { weight: 1, arbitrary: fc.tuple(method, target) },
  );

const method = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('GET', 'PUT', 'POST', 'DELETE') },
  { weight: 1, arbitrary: fc.constantFrom('HEAD', 'OPTIONS', 'PATCH', 'TRACE', 'BREW', 'get', 'G\u0000ET', 'G ET') },
);
const version = fc.oneof(
  { weight: 12, arbitrary: fc.constant('HTTP/1.1') },
  { weight: 1, arbitrary: fc.constant('HTTP/1.0') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('HTTP/2.0', 'HTTP/1.2', 'HTTP/0.9', 'HTTP/11', 'http/1.1', 'HTTP/1.1 extra', ''),
  },
);
const eol = fc.oneof(
  { weight: 12, arbitrary: fc.constant('\r\n') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r', '\r\r\n', '\n\r') },
);

const host = fc.oneof(
  { weight: 12, arbitrary: fc.constant(['Host: 127.0.0.1']) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      [],
      ['Host:'],
      ['Host: a b'],
      ['Host: 127.0.0.1', 'Host: example.test'],
      ['Host: \u0000'],
    ),
  },
);

type Framing = { label: string; headers: string[]; body: string; incomplete?: boolean };
const chunk = (text: string) => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;
const wellFramed = fc.constantFrom<Framing>(
  { label: 'no body', headers: [], body: '' },
  { label: 'Content-Length', headers: [`Content-Length: ${BODY.length}`], body: BODY },
  { label: 'Content-Length: 0', headers: ['Content-Length: 0'], body: '' },
  { label: 'chunked', headers: ['Transfer-Encoding: chunked'], body: `${chunk(BODY)}0\r\n\r\n` },
);
const badlyFramed = fc.constantFrom<Framing>(
  { label: 'negative Content-Length', headers: ['Content-Length: -5'], body: BODY },
  { label: 'Content-Length not a number', headers: ['Content-Length: abc'], body: BODY },
  { label: 'Content-Length in exponent form', headers: ['Content-Length: 1e1'], body: BODY },
  { label: 'Content-Length in hex', headers: ['Content-Length: 0xd'], body: BODY },
  { label: 'Content-Length with a sign', headers: [`Content-Length: +${BODY.length}`], body: BODY },
  { label: 'Content-Length beyond 64 bits', headers: ['Content-Length: 99999999999999999999999'], body: BODY },
  {
    label: 'two different Content-Lengths',
    headers: [`Content-Length: ${BODY.length}`, `Content-Length: ${BODY.length + 1}`],
    body: BODY,
  },
  {
    label: 'two equal Content-Lengths',
    headers: [`Content-Length: ${BODY.length}`, `Content-Length: ${BODY.length}`],
    body: BODY,
  },
  { label: 'Content-Length list', headers: [`Content-Length: ${BODY.length}, ${BODY.length}`], body: BODY },
  { label: 'Content-Length shorter than the body', headers: ['Content-Length: 5'], body: BODY },
  {
    label: 'Content-Length longer than the body (cut short)',
    headers: [`Content-Length: ${BODY.length + 40}`],
    body: BODY,
    incomplete: true,
  },
  {
    label: 'Content-Length and Transfer-Encoding: chunked',
    headers: [`Content-Length: ${BODY.length}`, 'Transfer-Encoding: chunked'],
    body: `${chunk(BODY)}0\r\n\r\n`,
  },
  {
    label: 'Transfer-Encoding and Content-Length',
    headers: ['Transfer-Encoding: chunked', 'Content-Length: 3'],
    body: `${chunk(BODY)}0\r\n\r\n`,
  },
  {
    label: 'chunked in pieces with extensions',
    headers: ['Transfer-Encoding: chunked'],
    body: `5;a=b\r\n{"val\r\n${(BODY.length - 5).toString(16)}\r\n${BODY.slice(5)}\r\n0\r\n\r\n`,
  },
  { label: 'chunk size not hex', headers: ['Transfer-Encoding: chunked'], body: `zz\r\n${BODY}\r\n0\r\n\r\n` },
  { label: 'negative chunk size', headers: ['Transfer-Encoding: chunked'], body: `-d\r\n${BODY}\r\n0\r\n\r\n` },
  {
    label: 'chunk size beyond 64 bits',
    headers: ['Transfer-Encoding: chunked'],
    body: `fffffffffffffffffff\r\n${BODY}\r\n0\r\n\r\n`,
  },
  { label: 'chunk longer than its size', headers: ['Transfer-Encoding: chunked'], body: `2\r\n${BODY}\r\n0\r\n\r\n` },
  {
    label: 'chunked without the last chunk (cut short)',
    headers: ['Transfer-Encoding: chunked'],
    body: chunk(BODY),
    incomplete: true,
  },
  {
    label: 'chunked with a huge extension',
    headers: ['Transfer-Encoding: chunked'],
    body: `${BODY.length.toString(16)};${'x'.repeat(20_000)}\r\n${BODY}\r\n0\r\n\r\n`,
  },
  {
    label: 'Transfer-Encoding: chunked, gzip',
    headers: ['Transfer-Encoding: chunked, gzip'],
    body: `${chunk(BODY)}0\r\n\r\n`,
  },
  {
    label: 'Transfer-Encoding: gzip, chunked',
    headers: ['Transfer-Encoding: gzip, chunked'],
    body: `${chunk(BODY)}0\r\n\r\n`,
  },
  { label: 'Transfer-Encoding: identity', headers: ['Transfer-Encoding: identity'], body: BODY },
  { label: 'Transfer-Encoding: xchunked', headers: ['Transfer-Encoding: xchunked'], body: `${chunk(BODY)}0\r\n\r\n` },
  {
    label: 'Transfer-Encoding twice',
    headers: ['Transfer-Encoding: chunked', 'Transfer-Encoding: chunked'],
    body: `${chunk(BODY)}0\r\n\r\n`,
  },
  {
    label: 'Transfer-Encoding with a space before the colon',
    headers: ['Transfer-Encoding : chunked'],
    body: `${chunk(BODY)}0\r\n\r\n`,
  },
);
const framing = fc.oneof({ weight: 1, arbitrary: wellFramed }, { weight: 2, arbitrary: badlyFramed });

type Oddity = { label: string; headers: string[] };
const oddity = fc.constantFrom<Oddity>(
  { label: 'folded header', headers: ['X-Folded: a', ' continued'] },
  { label: 'space in a header name', headers: ['Bad Header: 1'] },
  { label: 'header without a colon', headers: ['NoColon'] },
  { label: 'empty header name', headers: [': x'] },
  { label: 'NUL in a header value', headers: ['X-Nul: a\u0000b'] },
  { label: 'control character in a header value', headers: ['X-Ctl: a\u0001b'] },
  { label: 'non-ASCII header value', headers: ['X-Latin: \u00fc\u00df'] },
  { label: 'headers over 16 KiB', headers: [`X-Big: ${'b'.repeat(20_000)}`] },
  { label: 'Expect: 100-continue', headers: ['Expect: 100-continue'] },
  { label: 'Expect: something else', headers: ['Expect: teapot'] },
  { label: 'Upgrade', headers: ['Connection: Upgrade', 'Upgrade: websocket'] },
  { label: 'many headers', headers: Array.from({ length: 300 }, (_, i) => `X-H${i}: ${i}`) },
);

/** Raw requests; `auth` is a valid Authorization header value, sent in most of them. */
export function rawRequest(auth: string): fc.Arbitrary<RawCase> {
  return fc
    .record({
      line: requestLine(),
      version,
      eol,
      host,
      framing,
      withAuth: fc.boolean(),
      contentType: fc.constantFrom(
        ['Content-Type: application/json'],
        ['Content-Type: multipart/form-data; boundary=x'],
        [],
      ),
      oddities: fc.oneof(
        { weight: 3, arbitrary: fc.constant<Oddity[]>([]) },
        { weight: 1, arbitrary: fc.array(oddity, { minLength: 1, maxLength: 2 }) },
      ),
      close: fc.boolean(),
    })
    .map(({ line: [method, target], ...r }) => {
      const headers = [
        ...r.host,
        ...(r.withAuth ? [`Authorization: ${auth}`] : []),
        ...r.contentType,
        'X-Atlassian-Token: no-check',
        ...r.framing.headers,
        ...r.oddities.flatMap((o) => o.headers),
        ...(r.close ? ['Connection: close'] : []),
      ];
      const head = `${method} ${target} ${r.version}`.trimEnd();
      const text = `${head}${r.eol}${headers.map((h) => `${h}${r.eol}`).join('')}${r.eol}${r.framing.body}`;
      const label = [
        method,
        JSON.stringify(target.slice(0, 60)),
        JSON.stringify(r.version),
        `eol ${JSON.stringify(r.eol)}`,
        `host ${JSON.stringify(r.host)}`,
        r.framing.label,
        ...r.oddities.map((o) => o.label),
        r.close ? 'Connection: close' : 'keep-alive',
      ].join(' | ');
      return { bytes: Buffer.from(text, 'latin1'), label, method };
    });
}
