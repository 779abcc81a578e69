// Client per-request cost on loopback: sequential users.get against openapi-fetch alone asking the
// same URLs with the same signal and timeout (each request with an AbortController's signal and a
// timer of the client's default timeout, cleared when the body is read), as wall time per request
// (the target), with this process's CPU time per request beside it (what the client adds, less
// disturbed by other work on the machine) and a raw fetch of the same URLs as a note.
import createClient from 'openapi-fetch';
import type { paths } from '@extender-users/api-types';
import { createExtenderUsersClient } from '@extender-users/client';
import { median, round, timed, type BenchRow } from '../harness.js';
import { loopbackName } from '../network/network.js';
import type { Scale } from '../scale.js';

const TIMEOUT_MS = 30_000; // the client's default timeoutMs

export async function clientOverhead(baseUrl: string, names: string[], scale: Scale): Promise<BenchRow> {
  const auth = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
  const client = createExtenderUsersClient({ baseUrl, auth: { username: 'admin', password: 'admin' } });
  const api = createClient<paths>({ baseUrl, headers: { Authorization: auth, Accept: 'application/json' } });
  const urls = names.map((n) => `${baseUrl}/rest/extender/1.0/user/getUserDetails/${encodeURIComponent(n)}`);
  const viaClient = async () => {
    for (const name of names) await client.users.get(name);
  };
  const viaOpenapiFetch = async () => {
    for (const userName of names) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      const { error, response } = await api.GET('/rest/extender/1.0/user/getUserDetails/{userName}', {
        params: { path: { userName } },
        signal: controller.signal,
      });
      clearTimeout(timer);
      if (error !== undefined) throw new Error(`${userName}: ${response.status}`);
    }
  };
  const viaFetch = async () => {
    for (const url of urls) {
      const response = await fetch(url, { headers: { authorization: auth } });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await response.json();
    }
  };
  await viaFetch(); // warm up every path
  await viaOpenapiFetch();
  await viaClient();
  type Path = 'client' | 'openapiFetch' | 'fetch';
  const wall: Record<Path, number[]> = { client: [], openapiFetch: [], fetch: [] };
  const cpu: Record<Path, number[]> = { client: [], openapiFetch: [], fetch: [] };
  const measure = async (which: Path, run: () => Promise<void>) => {
    const before = process.cpuUsage();
    wall[which].push(await timed(run));
    const used = process.cpuUsage(before);
    cpu[which].push((used.user + used.system) / 1000);
  };
  for (let i = 0; i < scale.clientRounds; i++) {
    await measure('openapiFetch', viaOpenapiFetch);
    await measure('client', viaClient);
    await measure('fetch', viaFetch);
  }
  const figure = median(wall.client);
  const baseline = median(wall.openapiFetch);
  const ratio = figure / baseline;
  const perCall = (ms: number) => round((ms * 1000) / names.length);
  return {
    id: 'client-overhead',
    figure: `client per-request cost: ${names.length} sequential users.get`,
    network: loopbackName,
    baseline: 'openapi-fetch alone, same URLs, signal and timeout',
    value: round(figure / names.length, 3),
    baselineValue: round(baseline / names.length, 3),
    unit: 'ms/request',
    ratio: round(ratio, 3),
    target: '≤ 1.10×',
    met: ratio <= 1.1,
    rounds: scale.clientRounds,
    note:
      `this process's CPU per request: ${perCall(median(cpu.client))} µs via the client, ` +
      `${perCall(median(cpu.openapiFetch))} µs via openapi-fetch alone; ` +
      `a raw fetch without a signal: ${round(median(wall.fetch) / names.length, 3)} ms/request, ${perCall(median(cpu.fetch))} µs CPU`,
  };
}
