// Issue 25: every command that calls the server ends by its limits (--timeout per attempt, the
// client's attempts and the waits between them) against servers that never finish an answer,
// with exit 1 and one line on stderr, also when garbage is collected all the while (the hang of
// issue 25 came when the collector took a Request that the attempt's abort had to go through).
// One run per server kind and command family; the many-tries version is stall.reliability.ts.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMisbehavingServer, type MisbehavingServer } from './support/misbehaving-server.js';
import { commandFamilies, endedAsPromised, runAgainst, scratchDir, serverKinds } from './stall-cases.js';

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

describe.each(Object.keys(serverKinds))('a server that %s', (kind) => {
  it('every command family ends by its limits: exit 1 and one line saying why', async () => {
    // The families at once: each run waits on the server and its timers, not on the CPU.
    const runs = await Promise.all(
      Object.entries(families).map(async ([family, args]) => {
        const run = await runAgainst(servers[kind]!.url, args(0));
        return { family, ok: endedAsPromised(run, family), run };
      }),
    );
    const broken = runs.filter((r) => !r.ok).map(({ family, run }) => ({ family, ...run }));
    expect(broken).toEqual([]);
  }, 180_000); // beyond runAgainst's guard: a run that hangs fails with its own report
});
