// Progress of a bulk command on stderr: a bar on a terminal, plain lines otherwise.
import cliProgress from 'cli-progress';
import { terminalOf } from '@extender-users/cli-kit';

export interface Progress {
  tick(by?: number): void;
  setTotal(total: number): void;
  stop(): void;
}

export function createProgress(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  label: string,
  total: number,
): Progress {
  if (stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        // The bar's own cursor controls go to the terminal itself (the stream given shows controls).
        stream: terminalOf(stderr),
        format: `${label} [{bar}] {value}/{total} {percentage}% eta {eta_formatted}`,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick: (by = 1) => bar.increment(by), setTotal: (t) => bar.setTotal(t), stop: () => bar.stop() };
  }
  let done = 0;
  let lastShown = 0;
  let max = total;
  const step = () => Math.max(1, Math.ceil(max / 10));
  return {
    tick(by = 1) {
      done += by;
      if (done - lastShown >= step() || done === max) {
        lastShown = done;
        stderr.write(`${label}: ${done}/${max}\n`);
      }
    },
    setTotal(t) {
      max = t;
    },
    stop() {
      if (done !== lastShown) stderr.write(`${label}: ${done}/${max}\n`);
    },
  };
}
