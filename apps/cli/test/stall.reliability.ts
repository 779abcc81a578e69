// Issue 25's "done when", many times: every command family that calls the server, against each
// kind of server that never finishes an answer, STALL_TRIES times (default 50), STALL_AT_ONCE runs at
// a time (default 12), the garbage collector left to run as it does for a user (stall.test.ts forces
// it). Prints, per kind and family, the tries, how many ended as promised (exit 1, one line on
// stderr saying why), the slowest and the median run (process start included) against the limit
// (--timeout × attempts + the longest waits between them). Fails only when a run did not end or
// ended otherwise; run it quiet and beside CPU-bound processes (tools/load/under-load.sh).
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMisbehavingServer, type MisbehavingServer } from './support/misbehaving-server.js';
import {
  commandFamilies,
  endedAsPromised,
  LIMIT_MS,
  runAgainst,
  scratchDir,
  serverKinds,
  type StallRun,
} from './stall-cases.js';

const TRIES = Number(process.env.STALL_TRIES ?? 50);
const AT_ONCE = Number(process.env.STALL_AT_ONCE ?? 12);

const scratch = scratchDir();
const families = commandFamilies(scratch);
const servers: Record<string, MisbehavingServer> = {};
beforeAll(async () => {
  for (const [kind, behaviour] of Object.entries(serverKinds))
    servers[kind] = await startMisbehavingServer(() => behaviour);
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await Promise.all(Object.values(servers).map((s) => s.close()));
});

async function pool<T>(count: number, atOnce: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < count; i = next++) results[i] = await task(i);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, count) }, worker));
  return results;
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

describe.each(Object.keys(serverKinds))('a server that %s', (kind) => {
  it(`every command family, ${TRIES} tries each, ends as promised`, async () => {
    const jobs = Object.entries(families).flatMap(([family, args]) =>
      Array.from({ length: TRIES }, (_, i) => ({ family, args: args(i) })),
    );
    const runs = await pool(jobs.length, AT_ONCE, async (i) => {
      const { family, args } = jobs[i]!;
      const run: StallRun = await runAgainst(servers[kind]!.url, args, { forcedGc: false });
      return { family, ok: endedAsPromised(run, family), run };
    });
    const lines = Object.keys(families).map((family) => {
      const mine = runs.filter((r) => r.family === family);
      const ms = mine.map((r) => r.run.ms).sort((a, b) => a - b);
      const ended = mine.filter((r) => r.run.ended).length;
      const ok = mine.filter((r) => r.ok).length;
      return `  ${family.padEnd(32)} tries ${mine.length}, ended ${ended}, as promised ${ok}, slowest ${(ms.at(-1)! / 1000).toFixed(1)} s, p50 ${(ms[Math.floor(ms.length / 2)]! / 1000).toFixed(1)} s`;
    });
    console.log(
      `CLI, a server that ${kind} (limit ${LIMIT_MS / 1000} s + process start; load average ${loadAverage()}):\n${lines.join('\n')}`,
    );
    const broken = runs.filter((r) => !r.ok).map(({ family, run }) => ({ family, ...run }));
    expect(broken).toEqual([]);
  });
});
