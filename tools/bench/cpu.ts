// Server cost as CPU time: a process's user + system CPU time (from /proc, via pidusage), read
// before and after a known number of requests. Unlike req/s, this does not depend on who else
// shares the machine's cores. (/proc counts in clock ticks, 10 ms here, so a reading needs
// a second or so of CPU to be good to 1%.)
import pidusage from 'pidusage';

/** User + system CPU time the process has used so far, in ms. */
export async function cpuTimeMs(pid: number): Promise<number> {
  try {
    return (await pidusage(pid)).ctime;
  } catch (error) {
    throw new Error(`cannot read the CPU time of process ${pid}: ${(error as Error).message}`);
  }
}

/** Runs `load` and returns the CPU time process `pid` spent meanwhile, in ms. */
export async function cpuDuring(pid: number, load: () => Promise<unknown>): Promise<number> {
  const before = await cpuTimeMs(pid);
  await load();
  return (await cpuTimeMs(pid)) - before;
}

/** Forgets pidusage's cached file handles and stops its timer (call when done measuring). */
export const stopCpuReadings = () => pidusage.clear();
