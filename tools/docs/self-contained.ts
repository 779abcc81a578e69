// Makes the rendered docs fully self-contained. Redoc's footer loads its logo from a CDN whatever
// the options, its icon sets point at a CDN, its telemetry has a collector URL (turned off by
// `disableTelemetry` in spec/redocly.yaml, but the URL is still in the code), and browsers ask for
// /favicon.ico. Each is replaced by inline data, so opening the docs (served or from disk) makes no
// request and holds no address a request could go to. Fails when one of these URLs is not found,
// so an upgrade that changes them is noticed (the browser test then lists what else is new).
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx tools/docs/self-contained.ts dist/docs/index.html');
  process.exit(2);
}
const BLANK_SVG = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
const NOWHERE = 'data:,';
const REPLACEMENTS: [url: string, by: string][] = [
  ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', BLANK_SVG],
  ['https://cdn.redoc.ly/redoc/logo-mini.svg', BLANK_SVG],
  ['https://cdn.redocly.com/icons/fa/7.0.0', NOWHERE],
  ['https://cdn.redocly.com/icons/code/5.24.0', NOWHERE],
  ['https://otel.cloud.redocly.com/v1/traces', NOWHERE],
];

let html = readFileSync(file, 'utf8');
for (const [url, by] of REPLACEMENTS) {
  if (!html.includes(url)) {
    console.error(`self-contained: ${url} is not in ${file} any more; check what the new Redoc loads from the network`);
    process.exit(1);
  }
  html = html.split(url).join(by);
}
if (!html.includes('rel="icon"')) html = html.replace('<head>', '<head><link rel="icon" href="data:,">');
writeFileSync(file, html);
console.log(`self-contained: ${file} loads nothing from the network`);
