// Listing every extended user: users.iterate with concurrency 4 against sequential paging
// (the same call with concurrency 1), over loopback or through the delay proxy.
import { createExtenderUsersClient } from '@extender-users/client';
import { alternate, INFORMATIONAL, round, type BenchRow } from '../harness.js';
import { loopbackName, type Network } from '../network/network.js';
import type { Scale } from '../scale.js';

/** The target applies to the figure over the modelled network; on loopback it is informational. */
export async function iterateConcurrency(
  network: Network,
  scale: Scale,
  rounds: number,
  target: { speedup: number } | null,
): Promise<BenchRow> {
  const client = createExtenderUsersClient({
    baseUrl: network.baseUrl,
    auth: { username: 'admin', password: 'admin' },
  });
  const counts = new Set<number>();
  const walk = (concurrency: number) => async () => {
    let n = 0;
    for await (const _ of client.users.iterate({ detail: 'extended', pageSize: scale.pageSize, concurrency })) n++;
    counts.add(n);
  };
  const { figure, baseline } = await alternate(rounds, walk(4), walk(1), network.dropConnections);
  if (counts.size !== 1) throw new Error(`users.iterate listed different numbers of users: ${[...counts].join(', ')}`);
  const speedup = baseline / figure;
  return {
    id: `iterate-${network.name === loopbackName ? 'loopback' : 'rtt'}`,
    figure: `users.iterate of ${[...counts][0]!.toLocaleString('en')} extended users, page ${scale.pageSize}, concurrency 4`,
    network: network.name,
    baseline: 'sequential paging (concurrency 1)',
    value: round(figure),
    baselineValue: round(baseline),
    unit: 'ms',
    ratio: round(speedup),
    target: target ? `≥ ${target.speedup}× faster` : INFORMATIONAL,
    met: target ? speedup >= target.speedup : null,
    rounds,
  };
}
