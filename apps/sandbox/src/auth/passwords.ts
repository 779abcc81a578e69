// Password hashing with scrypt (node:crypto) and constant-time verification. Verified
// credentials are remembered as an HMAC under a per-process key, tied to the stored hash, so a
// repeated basic-auth request skips scrypt while a password change invalidates it at once.
import {
  createHmac,
  randomBytes,
  scrypt as scryptCallback,
  scryptSync,
  timingSafeEqual,
  type BinaryLike,
  type ScryptOptions,
} from 'node:crypto';

const scrypt = (password: BinaryLike, salt: BinaryLike, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

/**
 * What a password's hash costs: `strong` (scrypt N=16384, about 45 ms of CPU), or `fast` (N=1024,
 * about 2 ms), for a throwaway sandbox that tests fill with accounts (--fast-password-hashing):
 * never for one that keeps passwords anyone uses elsewhere.
 */
export type PasswordHashing = 'strong' | 'fast';
const PARAMS: Record<PasswordHashing, { N: number; r: number; p: number }> = {
  strong: { N: 16384, r: 8, p: 1 },
  fast: { N: 1024, r: 8, p: 1 },
};
const KEY_LENGTH = 32;

const formatHash = (params: { N: number; r: number; p: number }, salt: Buffer, key: Buffer) =>
  ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');

/** `scrypt$N$r$p$salt$hash` (base64). */
export async function hashPassword(password: string, hashing: PasswordHashing = 'strong'): Promise<string> {
  if (!isUsablePassword(password)) throw new RangeError('A password cannot hold the NUL character');
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, KEY_LENGTH, PARAMS[hashing]);
  return formatHash(PARAMS[hashing], salt, key);
}

/** hashPassword, at once: for the few demo passwords of a fast sandbox's seed (2 ms each). */
export function hashPasswordSync(password: string, hashing: PasswordHashing): string {
  const salt = randomBytes(16);
  return formatHash(PARAMS[hashing], salt, scryptSync(password, salt, KEY_LENGTH, PARAMS[hashing]));
}

/**
 * Whether a password can be hashed and checked: scrypt's PBKDF2 step uses the password as an HMAC
 * key, which is padded with NUL bytes, so `admin\0` would hash as `admin`. A password holding NUL
 * is never set (400) and never matches.
 */
export const isUsablePassword = (password: string): boolean => !password.includes('\0');

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  // Computed for an unusable password too: refusing it costs what any wrong password costs.
  const actual = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected) && isUsablePassword(password);
}

/**
 * The hash of a random password nobody kept, with the same parameters as every other: checking a
 * password against it costs what checking any password costs, and it never matches. A constant,
 * so no start spends a scrypt run (40 ms of CPU) on it; test/seed.test.ts checks its parameters.
 */
export const DUMMY_HASH = 'scrypt$16384$8$1$ULge/4lGRXa+oEv3ZMnlxg==$AIeywSUZSzsCqXqYPx9UgcMoLSMKba/KB+WARLoVKIY=';
/** The same, with the parameters of fast hashing. */
export const FAST_DUMMY_HASH = 'scrypt$1024$8$1$wR8z7dI6BuCqTqOBDdc9FA==$a4s5OMy/1hdC38ioSGcIlEIbyQmSgGkBBtvRT1nlxFE=';

/**
 * Checks a password against the dummy hash: what checking a password costs, for a user name
 * that does not exist, so the time taken does not tell which names do.
 */
export async function verifyAgainstDummy(password: string, hashing: PasswordHashing = 'strong'): Promise<false> {
  await verifyPassword(password, hashing === 'fast' ? FAST_DUMMY_HASH : DUMMY_HASH);
  return false;
}

/** Remembers verified (name, password, stored hash) triples; bounded. */
export class VerifiedCredentials {
  private readonly key = randomBytes(32);
  private readonly entries = new Map<string, Buffer>();

  constructor(private readonly max = 10_000) {}

  private mac(userName: string, password: string, storedHash: string): Buffer {
    return createHmac('sha256', this.key).update(`${userName.toLowerCase()}\0${storedHash}\0${password}`).digest();
  }

  has(userName: string, password: string, storedHash: string): boolean {
    const known = this.entries.get(userName.toLowerCase());
    return known !== undefined && timingSafeEqual(known, this.mac(userName, password, storedHash));
  }

  remember(userName: string, password: string, storedHash: string): void {
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(userName.toLowerCase(), this.mac(userName, password, storedHash));
  }
}
