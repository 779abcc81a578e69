// At a terminal, a missing password is asked for and not echoed: the CLI runs in a pseudo-terminal
// (util-linux `script`), the password is typed at its prompt, and nothing on the screen shows it.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';
import { cliBin } from './support/cli-bin.js';

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '3']);
});
afterAll(() => sandbox?.stop());

/** Runs the CLI in a pseudo-terminal, answers `answer` once `prompt` shows, returns the screen. */
async function atTerminal(
  args: string,
  env: Record<string, string>,
  prompt: string,
  answer: string,
): Promise<{ code: number | null; screen: string }> {
  const child = spawn('script', ['-q', '-e', '-c', `${process.execPath} ${cliBin} ${args}`, '/dev/null'], {
    env: { PATH: process.env.PATH, TERM: 'dumb', CONFLUENCE_URL: sandbox.baseUrl, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  child.stdout.on('data', (c: Buffer) => (screen += c.toString()));
  child.stderr.on('data', (c: Buffer) => (screen += c.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no prompt: ${screen}`)), 20_000);
    child.stdout.on('data', () => screen.includes(prompt) && (clearTimeout(timer), resolve()));
  });
  child.stdin.write(`${answer}\r`);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, screen };
}

it('asks for the password without echoing it, then works', async () => {
  const { code, screen } = await atTerminal(
    'users list --max-results 1 --format json',
    { CONFLUENCE_USER: 'admin' },
    'Password for admin:',
    'admin',
  );
  expect(code, screen).toBe(0);
  expect(screen).toContain('"name": "admin"');
  const afterPrompt = screen.slice(screen.indexOf('Password for admin:') + 'Password for admin:'.length);
  expect(afterPrompt).not.toMatch(/\badmin\r?\n/); // the typed password never reached the screen
  expect(afterPrompt.split('"name": "admin"')[0]).not.toContain('admin');
});

it('users delete asks for confirmation at a terminal: no keeps the user, yes deletes it', async () => {
  const env = { CONFLUENCE_USER: 'admin', CONFLUENCE_PASSWORD: 'admin' };
  const no = await atTerminal('users delete anna.nowak', env, 'Delete user anna.nowak? [y/N]', 'n');
  expect(no.code, no.screen).toBe(2);
  expect(no.screen).toContain('not deleted');
  const yes = await atTerminal('users delete anna.nowak', env, 'Delete user anna.nowak? [y/N]', 'y');
  expect(yes.code, yes.screen).toBe(0);
  expect(yes.screen).toContain('User anna.nowak (Anna Nowak) was deleted');
});
