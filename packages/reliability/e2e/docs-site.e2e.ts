// The docs site (npm run docs:site, built into dist/site/ before this runs) in Debian's Chromium:
// every version's page renders with its operations, the version switcher lists every version and
// leads to it, every operation, parameter and field shows the version it appeared in, the sources
// of its promises are written where the description has them, and no page loads anything from
// outside itself. The pages are opened from disk (file://), as a reader of the built site would.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KNOWN_VERSIONS, LAST_KNOWN_VERSION, LATEST } from '@extender-users/api-types';
import { listOperations, resolveRef, type OpenApiDocument } from '@extender-users/spec';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const site = fileURLToPath(new URL('../../../dist/site/', import.meta.url));
const VERSIONS = [LATEST, ...[...KNOWN_VERSIONS].reverse()];
const pageUrl = (version: string) => pathToFileURL(`${site}${version}/index.html`).href;
const docOf = (version: string) =>
  JSON.parse(readFileSync(`${site}${version}/openapi.json`, 'utf8')) as OpenApiDocument;
/** The badge text Redoc shows for an x-since (it capitalises the first letter). */
const badgeText = (node: Record<string, unknown>) =>
  node['x-since'] === 'unknown' ? `New after ${String(node['x-since-after'])}` : `Since ${String(node['x-since'])}`;

let browser: Browser;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  if (!existsSync(`${site}index.html`)) throw new Error(`The docs site is not built at ${site}: run npm run docs:site`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('request', (request) => {
    if (!/^(file|data|blob|about):/.test(request.url())) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.route(/^https?:/, (route) => route.abort());
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const MENU_ITEM = '[data-testid="menu-item-label"]';

const asNode = (value: object) => value as Record<string, unknown>;
/** The menu entry whose label is `text` (then perhaps a badge and a method). */
const menuEntry = (text: string) =>
  page
    .locator(MENU_ITEM)
    .filter({
      hasText: new RegExp(
        `^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(Since [^\\n]*|New after [^\\n]*)?\\s*(GET|PUT|POST|DELETE)?\\s*$`,
        'i',
      ),
    })
    .first();

/** Opens a tag of the menu (a click toggles it: clicked again when it was open already). */
async function expandTag(tag: string, firstSummary: string): Promise<void> {
  const shown = () =>
    menuEntry(firstSummary)
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
  if (await menuEntry(firstSummary).isVisible()) return;
  await menuEntry(tag).click();
  if (await shown()) return;
  await menuEntry(tag).click();
  await menuEntry(firstSummary).waitFor({ state: 'visible', timeout: 30_000 });
}

async function open(version: string): Promise<void> {
  await page.goto(pageUrl(version), { waitUntil: 'load' });
  await page.locator(MENU_ITEM).first().waitFor({ timeout: 30_000 });
}

describe('the docs site', () => {
  it('has a page for latest and for every known version', () => {
    expect(VERSIONS.filter((v) => !existsSync(`${site}${v}/index.html`))).toEqual([]);
  });

  it.each(VERSIONS)('%s: renders its operations, each with a badge of the version it appeared in', async (version) => {
    await open(version);
    const heading = await page.locator('h1').first().innerText();
    expect(heading).toContain(version === LATEST ? `latest (after ${LAST_KNOWN_VERSION})` : version);
    expect(heading).not.toContain(version === LATEST ? `(${LAST_KNOWN_VERSION})` : '(latest');
    const doc = docOf(version);
    const operations = listOperations(doc);
    expect(operations.length).toBeGreaterThan(0);
    // Every tag opened, so every operation's menu entry (with its badge) is on the page.
    const entries: string[] = [];
    for (const tag of new Set(operations.flatMap((o) => o.operation.tags ?? []))) {
      await expandTag(tag, operations.find((o) => o.operation.tags?.[0] === tag)!.operation.summary!);
      entries.push(...(await page.locator(MENU_ITEM).allInnerTexts()));
    }
    const missing = operations
      .filter(
        (o) =>
          !entries.some(
            (e) =>
              e.includes(o.operation.summary!) &&
              e.toLowerCase().includes(badgeText(asNode(o.operation)).toLowerCase()),
          ),
      )
      .map((o) => `${o.operation.operationId} (${badgeText(asNode(o.operation))})`);
    expect(missing).toEqual([]);
    const switcher = page.locator('#version-switcher');
    expect(await switcher.locator('summary').getAttribute('data-current-version')).toBe(version);
    expect(
      await switcher.locator('a[data-version]').evaluateAll((links) => links.map((a) => a.dataset.version)),
    ).toEqual(VERSIONS);
  });

  it('shows on the latest page the version of every parameter and response field, and the sources', async () => {
    await open(LATEST);
    const doc = docOf(LATEST);
    const problems: string[] = [];
    for (const { operation, parameters } of listOperations(doc)) {
      await expandTag(operation.tags![0]!, operation.summary!);
      await menuEntry(operation.summary!).click();
      const section = page.locator(`[id$="/${operation.operationId.toLowerCase()}"]`).first();
      await section.waitFor({ state: 'visible', timeout: 30_000 }).catch(async (error: Error) => {
        throw new Error(
          `${error.message}\nat ${page.url()}, menu: ${(await page.locator(MENU_ITEM).allInnerTexts()).join(' | ')}`,
        );
      });
      const text = await section.innerText();
      const expected = new Map<string, string>();
      for (const p of parameters) expected.set(`parameter ${p.name}`, badgeText(asNode(p)));
      const ok = operation.responses['200'] ? resolveRef(doc, operation.responses['200']) : undefined;
      const schema = ok?.content?.['application/json']?.schema;
      const properties = schema
        ? (resolveRef(doc, schema).properties as Record<string, object> | undefined)
        : undefined;
      for (const [name, property] of Object.entries(properties ?? {}))
        expected.set(`field ${name}`, badgeText(asNode(property)));
      for (const [what, badge] of expected) {
        const [, name] = what.split(' ');
        // The name on a line of its own, then, before any blank line (its type, pattern, whether
        // required), its badge.
        if (!new RegExp(`(^|\\n)${name}\\n(?:[^\\n]+\\n){0,5}${badge.replace(/\./g, '\\.')}\\n`, 'i').test(text))
          problems.push(`${operation.operationId}: ${what} without '${badge}'`);
      }
      if (operation['x-source' as keyof typeof operation] && !text.includes('Sources'))
        problems.push(`${operation.operationId}: x-source not shown`);
    }
    expect(problems).toEqual([]);
  });

  it('leads from one version to another with the switcher, loading nothing from outside', async () => {
    await open(LATEST);
    await page.locator('#version-switcher summary').click();
    await page.locator('#version-switcher a[data-version="2.8.0"]').click();
    await page.waitForURL(/\/2\.8\.0\/index\.html/);
    await page.locator(MENU_ITEM).first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#version-switcher summary').getAttribute('data-current-version')).toBe('2.8.0');
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
