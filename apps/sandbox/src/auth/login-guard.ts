// Failed basic-auth logins, counted per submitted user name (whether or not the account exists,
// so the answers never tell which names do):
// - slowing: after `slowAfter` consecutive failures, attempts for that name are spaced out, each
//   waiting for the slot the previous one left (250 ms, doubling, at most 4 s), so a guesser gets
//   a few tries a second at best however many connections it opens; other names are not slowed.
//   A caller that would wait longer than MAX_WAIT_MS is answered 429 at once.
// - Confluence's CAPTCHA (`captchaAfter`, off when 0): after that many consecutive failures the
//   name's basic-auth calls are refused, even with the right password, until an administrator
//   clears it (a sandbox-only helper) or the sandbox restarts.
// A successful login resets the count (not a CAPTCHA); failures older than FORGET_MS are forgotten.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoginGuardOptions {
  /** Consecutive failed logins after which the name needs a CAPTCHA; 0 for never (default). */
  captchaAfter?: number;
  /** Consecutive failed logins after which further attempts are slowed; 0 for never (default 10). */
  slowAfter?: number;
  now?: () => number;
}

export const DEFAULT_SLOW_AFTER = 10;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 4_000;
const MAX_WAIT_MS = 5_000;
const FORGET_MS = 15 * 60_000;
/** Names remembered at most (the oldest are forgotten first), so unique names cannot fill memory. */
const MAX_NAMES = 100_000;

interface NameState {
  failures: number;
  lastFailure: number;
  captcha: boolean;
  /** The earliest time the next attempt may be checked. */
  nextSlot: number;
}

/** Why an attempt is not checked at all. */
export type Refusal = { kind: 'captcha' } | { kind: 'busy'; retryAfterSeconds: number };

export class LoginGuard {
  private readonly names = new Map<string, NameState>();
  private readonly captchaAfter: number;
  private readonly slowAfter: number;
  private readonly now: () => number;

  constructor(options: LoginGuardOptions = {}) {
    this.captchaAfter = options.captchaAfter ?? 0;
    this.slowAfter = options.slowAfter ?? DEFAULT_SLOW_AFTER;
    this.now = options.now ?? Date.now;
  }

  private state(name: string): NameState | undefined {
    const key = name.toLowerCase();
    const state = this.names.get(key);
    if (state && !state.captcha && this.now() - state.lastFailure > FORGET_MS) {
      this.names.delete(key);
      return undefined;
    }
    return state;
  }

  /**
   * Called before a name's password is checked: a refusal (CAPTCHA, or too long a wait), or
   * undefined once the attempt's slot has come (at once for a name that is not being slowed).
   */
  async admit(name: string): Promise<Refusal | undefined> {
    const state = this.state(name);
    if (!state) return undefined;
    if (state.captcha) return { kind: 'captcha' };
    if (!this.slowAfter || state.failures < this.slowAfter) return undefined;
    const now = this.now();
    const start = Math.max(now, state.nextSlot);
    if (start - now > MAX_WAIT_MS) return { kind: 'busy', retryAfterSeconds: Math.ceil((start - now) / 1000) };
    state.nextSlot = start + Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (state.failures - this.slowAfter));
    if (start > now) await sleep(start - now);
    return undefined;
  }

  failed(name: string): void {
    const key = name.toLowerCase();
    const state = this.state(name) ?? { failures: 0, lastFailure: 0, captcha: false, nextSlot: 0 };
    state.failures++;
    state.lastFailure = this.now();
    if (this.captchaAfter && state.failures >= this.captchaAfter) state.captcha = true;
    // Re-inserted, so the map's order is least recently failed first.
    this.names.delete(key);
    this.names.set(key, state);
    if (this.names.size > MAX_NAMES) this.names.delete(this.names.keys().next().value!);
  }

  succeeded(name: string): void {
    const key = name.toLowerCase();
    if (!this.names.get(key)?.captcha) this.names.delete(key);
  }

  /** Whether nothing is held against the name: no recent failures, no CAPTCHA. */
  isClear(name: string): boolean {
    return this.names.size === 0 || this.state(name) === undefined;
  }

  /** Whether the name is held behind a CAPTCHA. */
  captchaRequired(name: string): boolean {
    return this.state(name)?.captcha ?? false;
  }

  /** Clears a name's CAPTCHA and its failures; whether there was a CAPTCHA to clear. */
  clear(name: string): boolean {
    const key = name.toLowerCase();
    const had = this.names.get(key)?.captcha ?? false;
    this.names.delete(key);
    return had;
  }
}
