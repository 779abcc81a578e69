// A clock the test moves itself, for the failed-login guard: `sleep` resolves only when `advance`
// passes its time, so a test of slowing waits for events (an attempt asleep, an answer), never
// for the machine's time.
import type { LoginClock } from '../../src/auth/login-guard.js';

export class TestClock implements LoginClock {
  private time = Date.UTC(2026, 0, 1);
  private readonly sleepers: { until: number; wake: () => void }[] = [];
  private readonly onSleep: (() => void)[] = [];

  readonly now = (): number => this.time;

  readonly sleep = (ms: number): Promise<void> =>
    new Promise<void>((wake) => {
      this.sleepers.push({ until: this.time + ms, wake });
      this.onSleep.splice(0).forEach((notify) => notify());
    });

  /** How many attempts are asleep. */
  get sleeping(): number {
    return this.sleepers.length;
  }

  /** Resolves at the next call of `sleep`. */
  nextSleep(): Promise<void> {
    return new Promise((notify) => this.onSleep.push(notify));
  }

  /** Resolves once at least `count` attempts are asleep. */
  async untilSleeping(count: number): Promise<void> {
    while (this.sleepers.length < count) await this.nextSleep();
  }

  /** Moves time on and wakes every sleeper whose time has come. */
  advance(ms: number): void {
    this.time += ms;
    for (const sleeper of [...this.sleepers]) {
      if (sleeper.until > this.time) continue;
      this.sleepers.splice(this.sleepers.indexOf(sleeper), 1);
      sleeper.wake();
    }
  }
}
