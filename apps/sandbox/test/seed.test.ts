// The seeded passwords' hashes and the dummy hash are constants in the source: each must be a
// hash of its password (or of none that is given) with the parameters every other hash has, so a
// demo login costs what any login costs and an unknown name costs what a known one does.
import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, FAST_DUMMY_HASH, hashPassword, verifyPassword } from '../src/auth/passwords.js';
import { DEMO_ADMIN, DEMO_HASHES, DEMO_PASSWORD, DEMO_USER } from '../src/seed.js';

/** `scrypt$N$r$p$`: what a hash's cost depends on. */
const parameters = (hash: string) => hash.split('$').slice(0, 4).join('$');

describe('the constant hashes', () => {
  it.each([DEMO_ADMIN.password, DEMO_USER.password, DEMO_PASSWORD])(
    "hash '%s', and no other password",
    async (password) => {
      const hash = DEMO_HASHES[password]!;
      expect(await verifyPassword(password, hash)).toBe(true);
      expect(await verifyPassword(`${password}x`, hash)).toBe(false);
    },
  );

  it('have the parameters of every hash the sandbox makes, salts of their own and the length of a real one', async () => {
    const fresh = await hashPassword('any password');
    const constants = [...Object.values(DEMO_HASHES), DUMMY_HASH];
    for (const hash of constants) {
      expect(parameters(hash)).toBe(parameters(fresh));
      expect(hash.length).toBe(fresh.length);
    }
    expect(new Set(constants.map((hash) => hash.split('$')[4])).size).toBe(constants.length);
  });

  it('the dummy hash matches none of the demo passwords', async () => {
    for (const password of [DEMO_ADMIN.password, DEMO_USER.password, DEMO_PASSWORD, ''])
      expect(await verifyPassword(password, DUMMY_HASH)).toBe(false);
  });

  it("the fast dummy hash has fast hashing's parameters and matches none of the demo passwords", async () => {
    const fresh = await hashPassword('any password', 'fast');
    expect(parameters(FAST_DUMMY_HASH)).toBe(parameters(fresh));
    expect(FAST_DUMMY_HASH.length).toBe(fresh.length);
    for (const password of [DEMO_ADMIN.password, DEMO_USER.password, DEMO_PASSWORD, ''])
      expect(await verifyPassword(password, FAST_DUMMY_HASH)).toBe(false);
  });
});
