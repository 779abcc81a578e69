// Renders the docs of a description with Redocly (this package's redocly.yaml: theme, extensions
// shown): version badges and sources added first (docs-annotations.ts), then the page made
// self-contained. Redoc's footer loads its logo from a CDN whatever the options, its icon sets point
// at a CDN, its telemetry has a collector URL (turned off by its option below, but the URL is still
// in the code), and browsers ask for /favicon.ico. Each is replaced by inline data, so opening the
// docs (served or from disk) makes no request and holds no address a request could go to. Fails when
// one of these URLs is not found, so an upgrade that changes them is noticed (the browser test then
// lists what else is new).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotateForDocs } from './docs-annotations.js';
import { runRedocly } from './redocly.js';

const BLANK_SVG = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
const NOWHERE = 'data:,';
const REPLACEMENTS: [url: string, by: string][] = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', BLANK_SVG],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', BLANK_SVG],
  ['https://cdn.redocly.com/icons/fa/7.0.0', NOWHERE],
  ['https://cdn.redocly.com/icons/code/5.24.0', NOWHERE],
  ['https://otel.cloud.redocly.com/v1/traces', NOWHERE],
];

/** Replaces the addresses above in a rendered page; throws when one is missing. */
export function makeSelfContained(html: string): string {
  let page = html;
  for (const [url, by] of REPLACEMENTS) {
    if (!page.includes(url))
      throw new Error(`${url} is not in the rendered docs any more; check what the new Redoc loads from the network`);
    page = page.split(url).join(by);
  }
  return page.includes('rel="icon"') ? page : page.replace('<head>', '<head><link rel="icon" href="data:,">');
}

export interface RenderOptions {
  /** The page's title (the browser tab); the heading is the description's `info.title` and `info.version`. */
  title: string;
  /** HTML put first in the page's body (the docs site's version switcher), and its height in pixels. */
  banner?: { html: string; height: number };
}

/** Renders a description (a bundled, `$ref`-local document) to a self-contained `htmlPath`. */
export async function renderDocument(doc: object, htmlPath: string, options: RenderOptions): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'extender-users-docs-'));
  try {
    const specPath = join(scratch, 'openapi.json');
    writeFileSync(specPath, JSON.stringify(annotateForDocs(doc)));
    // Telemetry off by Redoc's option (redocly.yaml's schema does not know it, so it is given here).
    const args = ['build-docs', specPath, '--inlineBundle', '--openapi.disableTelemetry=true'];
    if (options.banner) args.push(`--openapi.scrollYOffset=${options.banner.height}`);
    const code = await runRedocly([...args, '--title', options.title, '-o', htmlPath], { quiet: true });
    if (code !== 0) throw new Error(`redocly build-docs failed (exit ${code}) for ${htmlPath}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  let page = makeSelfContained(readFileSync(htmlPath, 'utf8'));
  if (options.banner) page = page.replace(/<body([^>]*)>/, (body) => `${body}${options.banner!.html}`);
  writeFileSync(htmlPath, page);
}

/** Renders the description at `specPath` (JSON) to a self-contained `htmlPath`. */
export async function renderDocs(specPath: string, htmlPath: string, title: string): Promise<void> {
  await renderDocument(JSON.parse(readFileSync(specPath, 'utf8')) as object, htmlPath, { title });
}
