// npm run docs (this package): the docs of the bundled description (the vendor's current page,
// `latest`), self-contained, written inside this package (dist/docs.html), where the sandbox serves
// them from. The heading says `latest`: info.version names the last numbered version the
// description covers in full (2.13.0), and the page describes what came after it too.
import { bundledDocsPath, loadBundledSpec } from '../src/bundle.js';
import { renderDocument } from '../src/render-docs.js';

const doc = loadBundledSpec();
await renderDocument({ ...doc, info: { ...doc.info, version: 'latest' } }, bundledDocsPath, {
  title: 'Extender Users REST API (latest)',
});
console.log(`docs: ${bundledDocsPath}, self-contained (no request leaves the page)`);
