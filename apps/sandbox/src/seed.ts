// Deterministic demo data: an administrator, an ordinary user and N varied users (details,
// groups, login dates relative to seeding time), inserted in one transaction.
import { createHash } from 'node:crypto';
import { hashPasswordSync, type PasswordHashing } from './auth/passwords.js';
import type { Store } from './db/store.js';
import { ADMIN_GROUP, DEFAULT_GROUP, type NewUser } from './db/users-table.js';

export const DEMO_ADMIN = { name: 'admin', password: 'admin' };
export const DEMO_USER = { name: 'user', password: 'user' };
/** The password of every generated demo user. */
export const DEMO_PASSWORD = 'password';

/**
 * The demo passwords' scrypt hashes, made once with hashPassword, instead of three scrypt runs
 * (0.12 CPU-s) at every seeding. Their salts are the same in every database: the passwords are
 * printed at every start, so a salt of its own would protect nothing. test/seed.test.ts checks
 * each against its password and the parameters of every other hash.
 */
export const DEMO_HASHES: Readonly<Record<string, string>> = {
  [DEMO_ADMIN.password]: 'scrypt$16384$8$1$n64LY3gyhUd1Nbnr5+riDg==$SixLFo1TI1tLEskMDJWa8I56HHU2K+HyQiaOZUE+Vzk=',
  [DEMO_USER.password]: 'scrypt$16384$8$1$dvcyRCUdHd4IhuBQfbduHA==$AayRR7vepUvdOzemWXjkINELeaQ7yoJ8eHdh2R8v8Jo=',
  [DEMO_PASSWORD]: 'scrypt$16384$8$1$m4z5cvWUpvnp3ll+AuzjAg==$RYqVMh8wUlyKPMjm2SPxYJ0tzLxmed0Lr53rZ17qg4s=',
};

const FIRST = [
  'anna',
  'bartek',
  'carla',
  'dawid',
  'ewa',
  'felix',
  'greta',
  'henryk',
  'ines',
  'jan',
  'kasia',
  'leon',
  'maja',
  'nils',
  'ola',
  'piotr',
  'quinn',
  'rosa',
  'stefan',
  'tess',
  'ula',
  'viktor',
  'wanda',
  'xavier',
  'yara',
  'zofia',
];
const LAST = [
  'nowak',
  'kowalski',
  'schmidt',
  'garcia',
  'rossi',
  'dubois',
  'smith',
  'novak',
  'jensen',
  'silva',
  'wojcik',
  'berg',
  'meyer',
  'costa',
  'lind',
  'fischer',
  'moreau',
  'ivanova',
  'kim',
  'okafor',
];
const LOCATIONS = ['Warsaw', 'Kraków', 'Berlin', 'Lisbon', 'Remote', ''];
const POSITIONS = ['Engineer', 'Designer', 'Support agent', 'Sales manager', 'Recruiter', 'Writer', ''];
const DEPARTMENTS = ['R&D', 'Design', 'Support', 'Sales', 'HR', 'Docs', ''];
const EXTRA_GROUPS = ['developers', 'marketing', 'support', 'sales', 'hr'];
const DAY = 86_400_000;

/** A small deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-hex user key derived from the name, so seeded data is the same on every run. */
export const keyFor = (name: string) => createHash('md5').update(`extender-users:${name}`).digest('hex');

/** The demo users, deterministic for a given count and seeding time. */
export function demoUsers(count: number, now: number, passwordHash: string | null, offset = 0): NewUser[] {
  const random = prng(42 + offset);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const users: NewUser[] = [];
  for (let i = offset; i < offset + count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const round = Math.floor(i / (FIRST.length * LAST.length));
    const name = `${first}.${last}${round > 0 ? round : ''}`;
    const createdAt = now - Math.floor((30 + random() * 1500) * DAY);
    const loginRoll = random();
    const lastLoginAt =
      loginRoll < 0.15
        ? null
        : loginRoll < 0.35
          ? now - Math.floor((180 + random() * 500) * DAY)
          : now - Math.floor(random() * 60 * DAY);
    const groups = [DEFAULT_GROUP, ...EXTRA_GROUPS.filter(() => random() < 0.3)];
    users.push({
      key: keyFor(name),
      name,
      fullName: `${first[0]!.toUpperCase()}${first.slice(1)} ${last[0]!.toUpperCase()}${last.slice(1)}`,
      email: `${name}@acme.test`,
      passwordHash,
      active: random() >= 0.05,
      groups,
      business: { location: pick(LOCATIONS), position: pick(POSITIONS), department: pick(DEPARTMENTS) },
      personal: {
        website: random() < 0.3 ? `https://${first}.acme.test` : '',
        im: random() < 0.2 ? `@${first}` : '',
        phone: random() < 0.5 ? `+48 600 ${String(100000 + i).slice(-6)}` : '',
      },
      createdAt: Math.max(0, createdAt),
      lastLoginAt: lastLoginAt === null ? null : Math.max(createdAt, lastLoginAt),
      lastFailedLoginAt: random() < 0.1 ? now - Math.floor(random() * 90 * DAY) : null,
    });
  }
  return users;
}

/** Seeds an empty database; does nothing when users exist. Returns whether it seeded. */
export function seedIfEmpty(store: Store, count: number, now: number, hashing: PasswordHashing = 'strong'): boolean {
  if (store.listings.count('all') > 0) return false;
  // Fast hashing's own hashes (2 ms each): a strong demo hash would cost every wrong password 45 ms.
  const fast = new Map<string, string>();
  const hashOf = (password: string) => {
    if (hashing === 'strong') return DEMO_HASHES[password]!;
    if (!fast.has(password)) fast.set(password, hashPasswordSync(password, 'fast'));
    return fast.get(password)!;
  };
  store.users.insertMany([
    {
      key: keyFor('admin'),
      name: 'admin',
      fullName: 'Administrator',
      email: 'admin@acme.test',
      passwordHash: hashOf(DEMO_ADMIN.password),
      groups: [ADMIN_GROUP, DEFAULT_GROUP],
      createdAt: now - 400 * DAY,
    },
    {
      key: keyFor('user'),
      name: 'user',
      fullName: 'Ordinary User',
      email: 'user@acme.test',
      passwordHash: hashOf(DEMO_USER.password),
      groups: [DEFAULT_GROUP],
      createdAt: now - 300 * DAY,
    },
    ...demoUsers(count, now, hashOf(DEMO_PASSWORD)),
  ]);
  return true;
}
