import { startSandboxProcess } from '@extender-users/sandbox/launcher';
import { createExtenderUsersClient } from '@extender-users/client';
import { overNetwork } from '../network/network.js';
const sb = await startSandboxProcess(['--db', '/tmp/try.db', '--seed-users', process.argv[2] ?? '20000']);
const net = await overNetwork(sb.baseUrl, 20);
const client = createExtenderUsersClient({ baseUrl: net.baseUrl, auth: { username: 'admin', password: 'admin' } });
for (const page of [200, 1000]) for (const c of [1, 4, 8]) {
  const t = performance.now(); let n = 0;
  for await (const _ of client.users.iterate({ detail: 'extended', pageSize: page, concurrency: c })) n++;
  console.log(page, c, n, Math.round(performance.now() - t));
}
const t = performance.now(); await client.users.list({maxResults: 1}); console.log('one', performance.now()-t);
await net.stop(); await sb.stop();
