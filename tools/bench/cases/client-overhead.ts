// Client per-request cost on loopback: sequential users.get against a raw fetch of the same URLs.
import { createExtenderUsersClient } from '@extender-users/client';
import { alternate, round, type BenchRow } from '../harness.js';
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
  const { figure, baseline } = await alternate(scale.rounds, viaClient, viaFetch);
  const ratio = figure / baseline;
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
    rounds: scale.rounds,
  };
}
