// Renders the docs of a bundled description with Redocly (this package's redocly.yaml: theme,
// extensions shown) and makes the page self-contained. Redoc's footer loads its logo from a CDN
// whatever the options, its icon sets point at a CDN, its telemetry has a collector URL (turned off
// by its option below, but the URL is still in the code), and browsers ask for /favicon.ico. Each
// is replaced by inline data, so opening the docs (served or from disk) makes no request and holds
// no address a request could go to. Fails when one of these URLs is not found, so an upgrade that
// changes them is noticed (the browser test then lists what else is new).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** This package's folder (src/ and lib/ both sit one level below it): redocly.yaml is there. */
const packageDir = fileURLToPath(new URL('../', import.meta.url));

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

function redoclyBin(): string {
  const manifest = createRequire(import.meta.url).resolve('@redocly/cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin.redocly!);
}

/** Renders `specPath` (a bundled YAML or JSON description) to a self-contained `htmlPath`. */
export function renderDocs(specPath: string, htmlPath: string, title: string): void {
  // Telemetry off by Redoc's option (redocly.yaml's schema does not know it, so it is given here).
  execFileSync(
    process.execPath,
    [
      redoclyBin(),
      'build-docs',
      specPath,
      '--inlineBundle',
      '--openapi.disableTelemetry=true',
      '--title',
      title,
      '-o',
      htmlPath,
    ],
    {
      cwd: packageDir,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  writeFileSync(htmlPath, makeSelfContained(readFileSync(htmlPath, 'utf8')));
}
