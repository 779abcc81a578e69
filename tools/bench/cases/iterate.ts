// Listing every extended user: users.iterate with concurrency against a naive sequential loop.
import { createExtenderUsersClient } from '@extender-users/client';
import { alternate, round, type BenchRow } from '../harness.js';
import type { Scale } from '../scale.js';

export async function iterateConcurrency(baseUrl: string, scale: Scale): Promise<BenchRow> {
  const client = createExtenderUsersClient({ baseUrl, auth: { username: 'admin', password: 'admin' } });
  let counted = 0;
  const concurrent = async () => {
    counted = 0;
    for await (const _ of client.users.iterate({ detail: 'extended', pageSize: scale.pageSize, concurrency: 4 })) counted++;
  };
  const naive = async () => {
    let n = 0;
    for (let startAt = 0; ; startAt += scale.pageSize) {
      const page = await client.users.list({ detail: 'extended', startAt, maxResults: scale.pageSize });
      n += page.users.length;
      if (page.users.length === 0 || startAt + page.users.length >= page.total) break;
    }
    return n;
  };
  const { figure, baseline } = await alternate(scale.rounds, concurrent, naive);
  const speedup = baseline / figure;
  return {
    id: 'iterate-concurrency',
    figure: `list ${counted.toLocaleString('en')} extended users via users.iterate (page ${scale.pageSize}, concurrency 4)`,
    baseline: 'naive sequential page loop, same page size',
    value: round(figure),
    baselineValue: round(baseline),
    unit: 'ms',
    ratio: round(speedup),
    target: '≥ 2× faster',
    met: speedup >= 2,
    rounds: scale.rounds,
  };
}
