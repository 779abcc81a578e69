// Measuring: medians of rounds, and the shape of one result row.

export interface BenchRow {
  id: string;
  figure: string;
  /** `loopback`, e.g. `20 ms RTT` (through the delay proxy), or null where no network is involved. */
  network: string | null;
  baseline: string;
  /** The measured figure and the baseline, in `unit`. */
  value: number;
  baselineValue: number | null;
  unit: string;
  /** value / baseline (or baseline / value for speed-ups), as the target is stated. */
  ratio: number | null;
  /** The target as the issue states it, or `(informational)`. */
  target: string;
  met: boolean | null;
  rounds: number;
  note?: string;
}

export const median = (xs: number[]) => {
  if (xs.length === 0) throw new Error('median of nothing');
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Runs `fn` and returns how long it took, in ms. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Times a figure and its baseline in alternating rounds (so drift on a shared machine hits both
 * alike) and returns the median of each. `prepare` runs, untimed, before each timed run.
 */
export async function alternate(
  rounds: number,
  figure: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  prepare: () => Promise<unknown> = async () => undefined,
): Promise<{ figure: number; baseline: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    await prepare();
    b.push(await timed(baseline));
    await prepare();
    a.push(await timed(figure));
  }
  return { figure: median(a), baseline: median(b) };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export const INFORMATIONAL = '(informational)';
