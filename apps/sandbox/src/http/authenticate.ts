// Authenticates each API request the way Confluence does: HTTP basic with a password or a token
// used as the password, or a bearer token. Missing/wrong credentials and deactivated accounts
// get 401 with WWW-Authenticate, a deactivated account's right password exactly as a wrong one;
// non-administrators get 403. Each request records the caller's
// last successful or failed login (at most once a second per user, to spare the disk).
// Wrong basic credentials carry `X-Seraph-LoginReason: AUTHENTICATED_FAILED`, as Confluence's
// Seraph sends; an unknown user name costs the same password check as a wrong password (so the
// time taken does not tell which names exist); repeated failures are slowed per name and client
// (its address), and, with
// `captchaAfter`, held behind Confluence's CAPTCHA (`AUTHENTICATION_DENIED`): see LoginGuard.
// A caller once let in is remembered by a digest of the Authorization header until the next
// write to the database (a password, a deactivation, a group, any write at all), so repeated
// calls cost no query; a name the login guard holds anything against is checked in full again.
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Store } from '../db/store.js';
import type { UserRow } from '../db/users-table.js';
import { LoginGuard, type LoginGuardOptions } from '../auth/login-guard.js';
import { verifyAgainstDummy, verifyPassword, VerifiedCredentials, type PasswordHashing } from '../auth/passwords.js';
import { hashToken } from '../auth/tokens.js';
import { ApiError } from './api-error.js';
import { clientOf } from './client-address.js';

export const WWW_AUTHENTICATE = 'Basic realm="Confluence", Bearer realm="Confluence"';
export const CAPTCHA_MESSAGE =
  'CAPTCHA required after too many failed logins; log in through the web page or ask an administrator to clear it';

const unauthorized = (message: string, headers: Record<string, string> = {}) =>
  new ApiError(401, message, { 'WWW-Authenticate': WWW_AUTHENTICATE, ...headers });
const wrongCredentials = (message: string) => unauthorized(message, { 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED' });

/** A token a caller came with: it can be revoked, and it expires. */
export interface UsedToken {
  hash: string;
  expiresAt: number;
}

export interface Caller {
  user: UserRow;
  /** The token the caller authenticated with (as bearer, or as the basic password), if any. */
  token?: UsedToken;
}

interface KnownCaller {
  caller: Caller;
  /** The user name a basic login gave, which the login guard counts failures of. */
  loginName?: string;
}

/** Callers remembered at most (the oldest are forgotten first). */
const MAX_KNOWN_CALLERS = 1000;

/** The Authorization header is not kept as it came: it holds the password. */
const digest = (header: string) => createHash('sha256').update(header).digest('base64');

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

function parseBasic(value: string): { name: string; password: string } | undefined {
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export class Authenticator {
  private readonly verified = new VerifiedCredentials();
  private readonly lastRecorded = new Map<string, number>();
  /** Callers let in since the database's last write, by the digest of their header. */
  private readonly known = new Map<string, KnownCaller>();
  private knownAt = -1;
  /** Failed logins per name: slowing and the CAPTCHA. */
  readonly logins: LoginGuard;

  constructor(
    private readonly store: Store,
    private readonly now: () => number = Date.now,
    loginOptions: LoginGuardOptions = {},
    private readonly hashing: PasswordHashing = 'strong',
  ) {
    this.logins = new LoginGuard(loginOptions);
  }

  private record(user: UserRow, success: boolean): void {
    const now = this.now();
    const key = `${user.id}:${success}`;
    if (now - (this.lastRecorded.get(key) ?? 0) < 1000) return;
    this.lastRecorded.set(key, now);
    this.store.users.recordLogin(user.id, success, now);
  }

  /** The callers remembered, emptied whenever the database was written since. */
  private knownCallers(): Map<string, KnownCaller> {
    if (this.knownAt !== this.store.generation) {
      this.known.clear();
      this.knownAt = this.store.generation;
    }
    return this.known;
  }

  /**
   * The caller an Authorization header was let in as, while nothing was written since and the
   * login guard holds nothing against the name; the login is recorded as a full check records it.
   * Undefined when the header must be checked in full (authenticate).
   */
  knownCaller(header: string, client: string): Caller | undefined {
    if (this.knownAt !== this.store.generation) return undefined;
    const known = this.known.get(digest(header));
    if (!known || (known.loginName !== undefined && !this.logins.isClear(known.loginName, client))) return undefined;
    // A token's expiry is no write to the database: it is checked here.
    if (known.caller.token && this.now() >= known.caller.token.expiresAt) return undefined;
    this.record(known.caller.user, true);
    return known.caller;
  }

  private remember(header: string, known: KnownCaller): void {
    const callers = this.knownCallers();
    if (callers.size >= MAX_KNOWN_CALLERS) callers.delete(callers.keys().next().value!);
    callers.set(digest(header), known);
  }

  /** Who is calling, or an ApiError (401/403). */
  async authenticate(request: FastifyRequest): Promise<Caller> {
    const header = request.headers.authorization;
    if (!header) throw unauthorized('Authentication required');
    const client = clientOf(request.socket.remoteAddress);
    const alreadyKnown = this.knownCaller(header, client);
    if (alreadyKnown) return alreadyKnown;
    // A write while the password is checked (a new password, a deactivation) makes this check's
    // outcome one not to remember.
    const startedAt = this.store.generation;
    const space = header.indexOf(' ');
    const scheme = header.slice(0, space).toLowerCase();
    const credential = header.slice(space + 1).trim();
    let caller: Caller;
    let loginName: string | undefined;

    if (scheme === 'bearer' && credential) {
      const hash = hashToken(credential);
      const owner = this.store.tokens.owner(hash, this.now());
      // An expired token, or a deactivated owner's, is answered as an unknown one: the answer tells nothing.
      if (!owner?.user.active) throw unauthorized('Invalid token');
      caller = { user: owner.user, token: { hash, expiresAt: owner.expiresAt } };
    } else if (scheme === 'basic' && credential) {
      const basic = parseBasic(credential);
      if (!basic) throw wrongCredentials('Malformed basic credentials');
      caller = await this.checkBasic(basic.name, basic.password, client);
      loginName = basic.name;
    } else {
      throw unauthorized('Unsupported authorization scheme; use Basic or Bearer');
    }

    const unchanged = this.store.generation === startedAt;
    this.record(caller.user, true);
    if (!this.store.users.isAdmin(caller.user.id)) throw new ApiError(403, 'User is not a Confluence administrator');
    if (unchanged) this.remember(header, { caller, loginName });
    return caller;
  }

  /** Basic credentials, through the login guard; an unknown name costs what a wrong password does. */
  private async checkBasic(name: string, secret: string, client: string): Promise<Caller> {
    const refusal = await this.logins.admit(name, client);
    if (refusal?.kind === 'captcha')
      throw unauthorized(CAPTCHA_MESSAGE, { 'X-Seraph-LoginReason': 'AUTHENTICATION_DENIED' });
    if (refusal?.kind === 'busy') {
      const retryAfter = String(refusal.retryAfterSeconds);
      throw new ApiError(429, `Too many failed logins for this user name; retry after ${retryAfter} seconds`, {
        'Retry-After': retryAfter,
      });
    }
    const user = this.store.users.findByName(name);
    const proof = await this.checkSecret(user, secret);
    if (!proof || !user) {
      if (user) this.record(user, false);
      this.logins.failed(name, client);
      throw wrongCredentials('Invalid user name or password');
    }
    this.logins.succeeded(name, client);
    return proof === 'password' ? { user } : { user, token: proof };
  }

  /**
   * A password (scrypt), or one of the user's tokens given as the password. A deactivated user's
   * right password is a wrong one, at the same cost (scrypt, never the remembered shortcut): a
   * deactivated account's answers do not tell whether a password was right.
   */
  private async checkSecret(user: UserRow | undefined, secret: string): Promise<'password' | UsedToken | undefined> {
    const active = user?.active === 1;
    // The common case first: a password verified before (an HMAC compare, no scrypt, no query).
    if (active && user.password_hash && this.verified.has(user.name, secret, user.password_hash)) return 'password';
    const hash = hashToken(secret);
    const tokenOwner = this.store.tokens.owner(hash, this.now());
    if (active && tokenOwner?.user.id === user.id) return { hash, expiresAt: tokenOwner.expiresAt };
    // No such user, or one without a password: the same scrypt work, so the time does not tell.
    if (!user?.password_hash) return verifyAgainstDummy(secret, this.hashing).then(() => undefined);
    const ok = await verifyPassword(secret, user.password_hash);
    if (ok && active) this.verified.remember(user.name, secret, user.password_hash);
    return ok && active ? 'password' : undefined;
  }
}
