// Client per-request cost on loopback: sequential users.get against a raw fetch of the same URLs,
// as wall time per request (the target), with this process's CPU time per request beside it
// (what the client itself adds, less disturbed by other work on the machine).
import { createExtenderUsersClient } from '@extender-users/client';
import { median, round, timed, type BenchRow } from '../harness.js';
import { loopbackName } from '../network/network.js';
import type { Scale } from '../scale.js';

export async function clientOverhead(baseUrl: string, names: string[], scale: Scale): Promise<BenchRow> {
  const auth = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
  const client = createExtenderUsersClient({ baseUrl, auth: { username: 'admin', password: 'admin' } });
  const urls = names.map((n) => `${baseUrl}/rest/extender/1.0/user/getUserDetails/${encodeURIComponent(n)}`);
  const viaClient = async () => {
    for (const name of names) await client.users.get(name);
  };
  const viaFetch = async () => {
    for (const url of urls) {
      const response = await fetch(url, { headers: { authorization: auth } });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await response.json();
    }
  };
  await viaFetch(); // warm up both paths
  await viaClient();
  const wall = { client: [] as number[], fetch: [] as number[] };
  const cpu = { client: [] as number[], fetch: [] as number[] };
  const measure = async (which: 'client' | 'fetch', run: () => Promise<void>) => {
    const before = process.cpuUsage();
    wall[which].push(await timed(run));
    const used = process.cpuUsage(before);
    cpu[which].push((used.user + used.system) / 1000);
  };
  for (let i = 0; i < scale.clientRounds; i++) {
    await measure('fetch', viaFetch);
    await measure('client', viaClient);
  }
  const figure = median(wall.client);
  const baseline = median(wall.fetch);
  const ratio = figure / baseline;
  const perCall = (ms: number) => round((ms * 1000) / names.length);
  return {
    id: 'client-overhead',
    figure: `client per-request cost: ${names.length} sequential users.get`,
    network: loopbackName,
    baseline: 'raw fetch of the same URLs',
    value: round(figure / names.length, 3),
    baselineValue: round(baseline / names.length, 3),
    unit: 'ms/request',
    ratio: round(ratio, 3),
    target: '≤ 1.10×',
    met: ratio <= 1.1,
    rounds: scale.clientRounds,
    note: `this process's CPU per request: ${perCall(median(cpu.client))} µs via the client, ${perCall(median(cpu.fetch))} µs via fetch`,
  };
}
