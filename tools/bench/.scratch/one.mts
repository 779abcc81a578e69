import { startSandboxProcess } from '@extender-users/sandbox/launcher';
import { overNetwork } from '../network/network.js';
const sb = await startSandboxProcess(['--db', ':memory:', '--seed-users', '20000']);
const net = await overNetwork(sb.baseUrl, 20);
const auth = { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` };
for (const base of [sb.baseUrl, net.baseUrl]) {
  const xs = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    const r = await fetch(`${base}/rest/extender/1.0/user/getUsers?maxResults=200&showExtendedDetails=true&startAt=${i*200}`, { headers: auth });
    const b = await r.text(); if (i==0) console.log(b.length);
    xs.push(Math.round((performance.now() - t) * 10) / 10);
  }
  console.log(xs.join(' '));
}
await net.stop(); await sb.stop();
