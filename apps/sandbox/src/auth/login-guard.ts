// Failed basic-auth logins, counted whether or not the account exists (so the answers never tell
// which names do):
// - slowing: after `slowAfter` consecutive failures of a user name from one client (its address,
//   IPv6 by /64), that client's further attempts on that name are spaced out, each waiting for the
//   slot the previous one left (250 ms, doubling, at most 4 s), so a guesser gets a few tries a
//   second at best however many connections it opens. A client that would wait longer than
//   MAX_WAIT_MS is answered 429 at once. Only that client is slowed: the real user, from another
//   address, logs in at once, and their success does not reset the guesser's count (issue 22).
// - Confluence's CAPTCHA (`captchaAfter`, off when 0): after that many consecutive failures of a
//   user name, from anywhere, its basic-auth calls are refused, even with the right password,
//   until an administrator clears it (a sandbox-only helper) or the sandbox restarts; a successful
//   login before that starts its count again, as Confluence does.
// Failures older than FORGET_MS are forgotten.
import { setTimeout as sleep } from 'node:timers/promises';

/** Time as the guard sees it; tests pass a clock they move themselves. */
export interface LoginClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: LoginClock = { now: Date.now, sleep: (ms) => sleep(ms) };

export interface LoginGuardOptions {
  /** Consecutive failed logins after which the name needs a CAPTCHA; 0 for never (default). */
  captchaAfter?: number;
  /** Consecutive failed logins from one client after which its attempts are slowed; 0 for never (default 10). */
  slowAfter?: number;
  clock?: LoginClock;
}

export const DEFAULT_SLOW_AFTER = 10;
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 4_000;
const MAX_WAIT_MS = 5_000;
const FORGET_MS = 15 * 60_000;
/** Entries remembered at most (the oldest are forgotten first), so unique names cannot fill memory. */
const MAX_ENTRIES = 100_000;

interface Failures {
  count: number;
  last: number;
}

interface NameState extends Failures {
  captcha: boolean;
}

interface ClientState extends Failures {
  /** The earliest time this client's next attempt on the name may be checked. */
  nextSlot: number;
}

/** Why an attempt is not checked at all. */
export type Refusal = { kind: 'captcha' } | { kind: 'busy'; retryAfterSeconds: number };

/** A map whose insertion order is least recently failed first, bounded, forgetting stale entries. */
class FailureTable<T extends Failures> {
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly now: () => number,
    private readonly isStale: (state: T, now: number) => boolean,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): T | undefined {
    const state = this.entries.get(key);
    if (state && this.isStale(state, this.now())) {
      this.entries.delete(key);
      return undefined;
    }
    return state;
  }

  /** Counts one more failure for `key`, starting from `fresh` when there is none. */
  fail(key: string, fresh: () => T): T {
    const state = this.get(key) ?? fresh();
    state.count++;
    state.last = this.now();
    this.entries.delete(key);
    this.entries.set(key, state);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return state;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

export class LoginGuard {
  private readonly captchaAfter: number;
  private readonly slowAfter: number;
  private readonly clock: LoginClock;
  /** Failures per user name: the CAPTCHA. */
  private readonly names: FailureTable<NameState>;
  /** Failures per user name and client: the slowing. */
  private readonly clients: FailureTable<ClientState>;

  constructor(options: LoginGuardOptions = {}) {
    this.captchaAfter = options.captchaAfter ?? 0;
    this.slowAfter = options.slowAfter ?? DEFAULT_SLOW_AFTER;
    this.clock = options.clock ?? systemClock;
    const now = () => this.clock.now();
    this.names = new FailureTable<NameState>(now, (s, t) => !s.captcha && t - s.last > FORGET_MS);
    this.clients = new FailureTable<ClientState>(now, (s, t) => t - s.last > FORGET_MS && t >= s.nextSlot);
  }

  /**
   * Called before a password is checked: a refusal (CAPTCHA, or too long a wait), or undefined
   * once the attempt's slot has come (at once for a client that is not being slowed on the name).
   */
  async admit(name: string, client: string): Promise<Refusal | undefined> {
    if (this.names.get(nameKey(name))?.captcha) return { kind: 'captcha' };
    const state = this.clients.get(clientKey(name, client));
    if (!state || !this.slowAfter || state.count < this.slowAfter) return undefined;
    const now = this.clock.now();
    const start = Math.max(now, state.nextSlot);
    if (start - now > MAX_WAIT_MS) return { kind: 'busy', retryAfterSeconds: Math.ceil((start - now) / 1000) };
    state.nextSlot = start + Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (state.count - this.slowAfter));
    if (start > now) await this.clock.sleep(start - now);
    return undefined;
  }

  failed(name: string, client: string): void {
    const named = this.names.fail(nameKey(name), () => ({ count: 0, last: 0, captcha: false }));
    if (this.captchaAfter && named.count >= this.captchaAfter) named.captcha = true;
    this.clients.fail(clientKey(name, client), () => ({ count: 0, last: 0, nextSlot: 0 }));
  }

  /** The right password: this client's failures on the name are forgotten, and the name's count (not a CAPTCHA). */
  succeeded(name: string, client: string): void {
    this.clients.delete(clientKey(name, client));
    if (!this.names.get(nameKey(name))?.captcha) this.names.delete(nameKey(name));
  }

  /** Whether nothing is held against the name from this client: no recent failures, no CAPTCHA. */
  isClear(name: string, client: string): boolean {
    if (this.names.size === 0 && this.clients.size === 0) return true;
    return !this.names.get(nameKey(name))?.captcha && this.clients.get(clientKey(name, client)) === undefined;
  }

  /** Whether the name is held behind a CAPTCHA. */
  captchaRequired(name: string): boolean {
    return this.names.get(nameKey(name))?.captcha ?? false;
  }

  /** Clears a name's CAPTCHA and its failures; whether there was a CAPTCHA to clear. */
  clear(name: string): boolean {
    const had = this.captchaRequired(name);
    this.names.delete(nameKey(name));
    return had;
  }
}

const nameKey = (name: string) => name.toLowerCase();
const clientKey = (name: string, client: string) => `${name.toLowerCase()}\n${client}`;
