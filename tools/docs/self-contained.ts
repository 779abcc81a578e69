// Makes the rendered docs fully self-contained: Redoc's footer loads its logo from a CDN whatever
// the options, and browsers ask for /favicon.ico. Both are replaced by inline data, so opening the
// docs (served or from disk) makes no request at all. Fails when Redoc's CDN URLs are not found,
// so an upgrade that changes them is noticed.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx tools/docs/self-contained.ts dist/docs/index.html');
  process.exit(2);
}
const BLANK_SVG = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
const CDN_ASSETS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

let html = readFileSync(file, 'utf8');
for (const url of CDN_ASSETS) {
  if (!html.includes(url)) {
    console.error(`self-contained: ${url} is not in ${file} any more; check what the new Redoc loads from the network`);
    process.exit(1);
  }
  html = html.split(url).join(BLANK_SVG);
}
if (!html.includes('rel="icon"')) html = html.replace('<head>', '<head><link rel="icon" href="data:,">');
writeFileSync(file, html);
console.log(`self-contained: ${file} loads nothing from the network`);
