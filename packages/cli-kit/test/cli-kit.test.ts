import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { credentialSources, parseWholeNumber, resolveCredentials, UsageError } from '../src/index.js';

const pipe = (text: string) => Object.assign(Readable.from([text]), { isTTY: false });

describe('parseWholeNumber', () => {
  it('takes whole numbers in range and refuses the rest with one line', () => {
    expect(parseWholeNumber('--port', '8090', 0, 65535)).toBe(8090);
    for (const bad of ['80x', '-1', '1e3', '', '70000', '1.5'])
      expect(() => parseWholeNumber('--port', bad, 0, 65535)).toThrow(UsageError);
    expect(() => parseWholeNumber('--port', '80x', 0, 65535)).toThrow(
      "--port must be a whole number from 0 to 65535, got '80x'",
    );
  });
});

describe('resolveCredentials', () => {
  it('prefers a token, then flags, then the environment', async () => {
    expect(await resolveCredentials({ token: 't' }, { env: { CONFLUENCE_USER: 'u' }, stdin: pipe('') })).toEqual({
      token: 't',
    });
    expect(
      await resolveCredentials({ user: 'a', password: 'p' }, { env: { CONFLUENCE_PASSWORD: 'e' }, stdin: pipe('') }),
    ).toEqual({ username: 'a', password: 'p' });
    expect(
      await resolveCredentials({}, { env: { CONFLUENCE_USER: 'u', CONFLUENCE_PASSWORD: 'e' }, stdin: pipe('') }),
    ).toEqual({ username: 'u', password: 'e' });
  });

  it('lets user flags win over a token in the environment', async () => {
    expect(
      await resolveCredentials(
        { user: 'bob', passwordStdin: true },
        { env: { CONFLUENCE_TOKEN: 't' }, stdin: pipe('pw\n') },
      ),
    ).toEqual({ username: 'bob', password: 'pw' });
    expect(
      await resolveCredentials(
        { user: 'bob' },
        { env: { CONFLUENCE_TOKEN: 't', CONFLUENCE_PASSWORD: 'e' }, stdin: pipe('') },
      ),
    ).toEqual({ username: 'bob', password: 'e' });
    expect(
      await resolveCredentials({}, { env: { CONFLUENCE_TOKEN: 't', CONFLUENCE_USER: 'u' }, stdin: pipe('') }),
    ).toEqual({ token: 't' });
  });

  it('refuses a token and a password both on the command line (the token silently won)', async () => {
    await expect(
      resolveCredentials({ user: 'a', password: 'p', token: 't' }, { env: {}, stdin: pipe('') }),
    ).rejects.toThrow(new UsageError('give --token or a password (--password), not both'));
    await expect(
      resolveCredentials({ user: 'a', passwordStdin: true, token: 't' }, { env: {}, stdin: pipe('pw') }),
    ).rejects.toThrow(/--password-stdin\), not both/);
    expect(
      await resolveCredentials({ user: 'a', token: 't' }, { env: { CONFLUENCE_PASSWORD: 'e' }, stdin: pipe('') }),
    ).toEqual({ token: 't' });
  });

  it('reads the password whole from a pipe, and refuses an empty one or a terminal', async () => {
    expect(
      await resolveCredentials({ user: 'a', passwordStdin: true }, { env: {}, stdin: pipe('s3cret pw\n') }),
    ).toEqual({ username: 'a', password: 's3cret pw' });
    // An endless input (/dev/zero) is refused once it is longer than any password, not read until memory runs out.
    const endless = Object.assign(
      Readable.from(
        (function* () {
          for (;;) yield '\0'.repeat(4096);
        })(),
      ),
      { isTTY: false },
    );
    await expect(resolveCredentials({ user: 'a', passwordStdin: true }, { env: {}, stdin: endless })).rejects.toThrow(
      'standard input holds more than 65536 characters, more than any password or token',
    );
    await expect(resolveCredentials({ user: 'a', passwordStdin: true }, { env: {}, stdin: pipe('') })).rejects.toThrow(
      /empty password/,
    );
    await expect(
      resolveCredentials(
        { user: 'a', passwordStdin: true },
        { env: {}, stdin: Object.assign(pipe('x'), { isTTY: true }) },
      ),
    ).rejects.toThrow(/from a pipe/);
  });

  it('leaves a missing password for the caller to ask, and refuses no user at all', async () => {
    expect(await resolveCredentials({ user: 'a' }, { env: {}, stdin: pipe('') })).toEqual({
      username: 'a',
      password: undefined,
    });
    await expect(resolveCredentials({}, { env: {}, stdin: pipe('') })).rejects.toThrow(UsageError);
  });
});

describe('credentialSources', () => {
  it('names where resolveCredentials took each credential from, for every combination of flags and variables', async () => {
    const words: Record<string, string> = {
      ft: '--token',
      et: 'CONFLUENCE_TOKEN',
      fu: '--user',
      eu: 'CONFLUENCE_USER',
      fp: '--password',
      ep: 'CONFLUENCE_PASSWORD',
      sp: 'the password piped to --password-stdin',
    };
    let compared = 0;
    for (let bits = 0; bits < 128; bits++) {
      const on = (bit: number) => (bits & (1 << bit)) !== 0;
      const flags = {
        ...(on(0) ? { user: 'fu' } : {}),
        ...(on(1) ? { password: 'fp' } : {}),
        ...(on(2) ? { token: 'ft' } : {}),
        ...(on(3) ? { passwordStdin: true } : {}),
      };
      const env = {
        ...(on(4) ? { CONFLUENCE_USER: 'eu' } : {}),
        ...(on(5) ? { CONFLUENCE_PASSWORD: 'ep' } : {}),
        ...(on(6) ? { CONFLUENCE_TOKEN: 'et' } : {}),
      };
      const used = await resolveCredentials(flags, { env, stdin: pipe('sp') }).catch(() => undefined);
      if (!used) continue; // refused: nothing was sent, so no 401 to explain
      const expected =
        'token' in used
          ? words[used.token]
          : `${words[used.username]} and ${used.password === undefined ? 'the password typed' : words[used.password]}`;
      expect(credentialSources(flags, env), JSON.stringify({ flags, env })).toBe(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(60);
  });
});
