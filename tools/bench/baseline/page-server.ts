// The CPU baseline: a minimal node:http server answering every request with one page held in
// memory (the bytes the sandbox sent for the same request), as cheaply as Node can serve it.
//   tsx tools/bench/baseline/page-server.ts --body page.json
// Prints one JSON line {"event":"ready","url":...} once it listens; stops on SIGTERM.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { body: { type: 'string' } } });
if (!values.body) throw new Error('--body <file> is required');
const body = readFileSync(values.body);
const headers = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(body.length) };

const server = createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no port');
  process.stdout.write(`${JSON.stringify({ event: 'ready', url: `http://127.0.0.1:${address.port}` })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
