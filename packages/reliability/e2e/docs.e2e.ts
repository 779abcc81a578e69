// The published docs in a real browser: Debian's Chromium driven by playwright-core, against the
// docs the sandbox serves at /docs. Missing Chromium is an error, never a skip.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../test/support/arbitraries.js';
import { startSandboxProcess, type SandboxProcess } from '@extender-users/sandbox/launcher';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = fileURLToPath(new URL('../../../dist/e2e/', import.meta.url));
let sandbox: SandboxProcess;
let browser: Browser;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
  sandbox = await startSandboxProcess(['--db', ':memory:', '--seed-users', '0']);
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
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
    if (url.hostname !== '127.0.0.1') outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  // Nothing may leave the machine: a request elsewhere is recorded above and then refused here.
  await page.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol.startsWith('http'),
    (route) => route.abort(),
  );
  await page.goto(`${sandbox.baseUrl}/docs`, { waitUntil: 'load' });
  await page.locator(MENU_ITEM).first().waitFor({ timeout: 30_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await sandbox?.stop();
});

const MENU_ITEM = '[data-testid="menu-item-label"]';

/**
 * Hosts that may be named in the page because nothing ever requests them: XML namespaces, links a
 * reader may follow, and addresses inside error texts and examples. Any other address (a CDN, a
 * collector) fails the test: the docs build (spec/src/render-docs.ts) must neutralise it.
 */
const REFERENCE_ONLY_HOSTS: Record<string, string> = {
  'www.w3.org': 'XML and SVG namespaces',
  'redocly.com': "links to Redocly's OpenAPI reference",
  'github.com': "the spec's contact URL and links in library error texts",
  'reactrouter.com': 'a link in a React Router error text',
  'react.dev': 'a link in React error texts',
  'yarnpkg.com': 'a link in an error text',
  'en.wikipedia.org': 'a link in a GraphQL scalar description',
  'commonmark.org': 'a link in a description text',
  'claude.ai': "a link of Redoc's 'ask an assistant' menu, followed only on a click",
  'chatgpt.com': "a link of Redoc's 'ask an assistant' menu, followed only on a click",
  'example.com': 'example addresses in schema descriptions',
  'wiki.acme.test': "the spec's example Confluence base URL",
  'www.itlab.net.pl': "the vendor's example website value",
  localhost: 'URL parsing bases and a local default, never fetched',
  '127.0.0.1': 'the sandbox itself',
};
const menuItem = (text: string) =>
  page
    .locator(MENU_ITEM)
    .filter({
      // The label, then the version badge the docs add (since 1.2.0, new after 2.13.0), then the method.
      hasText: new RegExp(
        `^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(since [^\\n]*?|new after [^\\n]*?)?\\s*(GET|PUT|POST|DELETE)?\\s*$`,
        'i',
      ),
    })
    .first();
const tags = [...new Set(operations.flatMap((op) => op.operation.tags ?? []))];

describe('the docs at /docs', () => {
  it('list every operation of the spec in the navigation, under its tag', async () => {
    const missing: string[] = [];
    for (const tag of tags) {
      await menuItem(tag).click(); // tags open one at a time, with an animation: wait for each item
      for (const op of operations.filter((o) => o.operation.tags?.[0] === tag)) {
        const shown = await menuItem(op.operation.summary!)
          .waitFor({ state: 'visible', timeout: 10_000 })
          .then(
            () => true,
            () => false,
          );
        if (!shown) missing.push(`${op.operation.operationId} ('${op.operation.summary}' under '${tag}')`);
      }
    }
    expect(
      operations.every((op) => op.operation.tags?.length),
      'every operation has a tag',
    ).toBe(true);
    expect(missing).toEqual([]);
  });

  it("render each operation's section when it is opened", async () => {
    for (const tag of tags) {
      await menuItem(tag).click();
      for (const op of operations.filter((o) => o.operation.tags?.[0] === tag)) {
        await menuItem(op.operation.summary!).click();
        const section = page.locator(`[id$="/${op.operation.operationId.toLowerCase()}"]`).first();
        await section.waitFor({ state: 'visible', timeout: 15_000 });
        const text = await section.innerText();
        expect(text, op.operation.operationId).toContain(op.operation.summary!);
        expect(text, op.operation.operationId).toContain('Responses');
        for (const status of Object.keys(op.operation.responses))
          expect(text, `${op.operation.operationId} ${status}`).toContain(status);
      }
    }
  });

  it('make no request outside 127.0.0.1, log no console error, and leave a screenshot', async () => {
    await menuItem(tags[0]!).click();
    await menuItem(operations[0]!.operation.summary!).click();
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: `${outDir}docs.png` });
    expect(existsSync(`${outDir}docs.png`)).toBe(true);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('the docs page as served', () => {
  it('holds no address outside the reference-only list (no CDN, no telemetry collector)', async () => {
    const html = await (await fetch(`${sandbox.baseUrl}/docs`)).text();
    const hosts = new Set([...html.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!.toLowerCase()));
    const unexpected = [...hosts].filter((host) => !(host in REFERENCE_ONLY_HOSTS));
    expect(unexpected).toEqual([]);
    for (const gone of ['cdn.redoc.ly', 'cdn.redocly.com', 'otel.cloud.redocly.com'])
      expect(hosts.has(gone), gone).toBe(false);
    expect(html, "Redoc's telemetry is turned off by its option").toContain('"disableTelemetry":true');
  });
});
