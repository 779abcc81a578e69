// Redocly 2.x prints a Node.js 20 end-of-life box on stderr on every command under Node 20. The
// package's scripts run it through src/redocly.ts, which drops that box and nothing else.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { redoclyProgram, withoutNodeBanner } from '../src/redocly.js';

const BANNER = [
  '',
  '    ╔══════════════════════════════════════╗',
  '    ║  Deprecation warning: Node.js 20 support is ending  ║',
  '    ║  You are using Node.js v20.20.2.     ║',
  '    ╚══════════════════════════════════════╝',
  '',
].join('\n');

function filtered(chunks: string[]): string {
  let out = '';
  const filter = withoutNodeBanner((text) => (out += text));
  chunks.forEach((c) => filter.push(c));
  filter.end();
  return out;
}

describe('withoutNodeBanner', () => {
  it('drops the Node.js 20 box, however the text is cut into chunks, and keeps every other line', () => {
    const text = `before\n${BANNER}\nafter: 2 problems\n`;
    expect(filtered([text])).toBe('before\n\n\nafter: 2 problems\n');
    expect(filtered(text.split(''))).toBe('before\n\n\nafter: 2 problems\n');
  });

  it('keeps any other box, and a box that never closes', () => {
    const other = '╔══╗\n║ something else ║\n╚══╝\n';
    expect(filtered([other])).toBe(other);
    expect(filtered(['╔══╗\n║ cut short'])).toBe('╔══╗\n║ cut short');
  });
});

describe('the spec scripts run Redocly', () => {
  it('without the banner Redocly itself prints under Node 20', () => {
    const env = { ...process.env, NO_COLOR: '1' };
    const raw = spawnSync(process.execPath, [redoclyProgram(), '--version'], { encoding: 'utf8', env });
    const ours = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/redocly.ts', '--version'], {
      encoding: 'utf8',
      env,
      cwd: new URL('..', import.meta.url),
    });
    expect(ours.status).toBe(0);
    expect(ours.stdout.trim()).toBe(raw.stdout.trim());
    expect(ours.stdout).toMatch(/^\d+\.\d+\.\d+/);
    if (process.versions.node.startsWith('20.')) expect(raw.stderr).toContain('Node.js 20 support is ending');
    expect(ours.stderr).not.toContain('support is ending');
  }, 120_000);
});
