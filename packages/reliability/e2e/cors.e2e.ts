// The client in a browser page of another origin calls the sandbox: allowed with --cors-origin
// (preflights answered, Authorization and X-Atlassian-Token accepted), refused without it.
// Debian's Chromium driven by playwright-core; the page and both sandboxes are on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let pageServer: Server;
let origin: string;
let allowing: SandboxProcess;
let refusing: SandboxProcess;
let browser: Browser;
let page: Page;

/** The client's browser build (its package exports, bundled as a script the page loads). */
async function clientScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export { createExtenderUsersClient } from '@extender-users/client';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: 'ExtenderUsers',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  const script = await clientScript();
  pageServer = createServer((_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><title>other origin</title><script>${script}</script>`),
  );
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
  [allowing, refusing] = await Promise.all([
    startSandboxProcess(['--db', ':memory:', '--seed-users', '5', '--cors-origin', origin]),
    startSandboxProcess(['--db', ':memory:', '--seed-users', '5']),
  ]);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  page = await browser.newPage();
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol.startsWith('http'),
    (route) => route.abort(),
  );
  await page.goto(origin);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([allowing?.stop(), refusing?.stop()]);
  await new Promise((resolve) => pageServer?.close(resolve));
});

/** Lists users and uploads an avatar from the page, through the client; returns what happened. */
function callFromPage(baseUrl: string) {
  return page.evaluate(async (base) => {
    const { createExtenderUsersClient } = (
      window as unknown as { ExtenderUsers: typeof import('@extender-users/client') }
    ).ExtenderUsers;
    const client = createExtenderUsersClient({
      baseUrl: base,
      auth: { username: 'admin', password: 'admin' },
      retry: false,
      timeoutMs: 10_000,
    });
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    );
    try {
      const listed = await client.users.list({ detail: 'basic', maxResults: 3 });
      const uploaded = await client.avatars.upload('user', png);
      return { ok: true, names: listed.users.map((u) => u.name), total: listed.total, uploaded: uploaded.message };
    } catch (error) {
      return { ok: false, kind: (error as { kind?: string }).kind, message: String(error) };
    }
  }, baseUrl);
}

describe('the client in a page of another origin', () => {
  it('calls a sandbox that allows that origin: a listing, and a multipart upload with its XSRF header', async () => {
    const result = await callFromPage(allowing.baseUrl);
    expect(result).toMatchObject({ ok: true, uploaded: 'avatar changed' });
    expect((result as { names: string[] }).names).toHaveLength(3);
  });

  it('is refused by a sandbox that does not allow it (the browser blocks the answer)', async () => {
    const result = await callFromPage(refusing.baseUrl);
    expect(result).toMatchObject({ ok: false, kind: 'network' });
  });
});
