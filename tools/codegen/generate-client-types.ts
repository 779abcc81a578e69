// Generates packages/client/src/generated/openapi.ts from the bundled spec with openapi-typescript.
//   tsx tools/codegen/generate-client-types.ts          write the file
//   tsx tools/codegen/generate-client-types.ts --check  fail when the committed file differs (drift)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const specPath = `${root}dist/spec/openapi.json`;
const outPath = `${root}packages/client/src/generated/openapi.ts`;
const check = process.argv.includes('--check');

const header = `/**
 * Generated from the bundled Users API description (spec/) by tools/codegen/generate-client-types.ts
 * with openapi-typescript. Do not edit: change the spec and run \`npm run generate\`.
 */

`;

if (!existsSync(specPath)) {
  console.error(`The bundled spec is missing (${specPath}); run \`npm run build\` first.`);
  process.exit(1);
}

const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: false, exportType: false, defaultNonNullable: false });
const generated = header + astToString(ast);

if (check) {
  const committed = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
  if (committed !== generated) {
    console.error(`${outPath} is out of date with the spec; run \`npm run generate\` and commit the result.`);
    process.exit(1);
  }
  console.log('Generated client types match the spec.');
} else {
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, generated);
  console.log(`Wrote ${outPath}`);
}
