// npm run docs (this package): the docs of the bundled description, self-contained.
import { fileURLToPath } from 'node:url';
import { renderDocs } from '../src/render-docs.js';

const dist = (path: string) => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url));
renderDocs(dist('spec/openapi.yaml'), dist('docs/index.html'), 'Extender Users REST API');
console.log(`docs: ${dist('docs/index.html')}, self-contained (no request leaves the page)`);
