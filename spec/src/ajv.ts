// One Ajv set-up for JSON Schema 2020-12 (OpenAPI 3.1), with formats, for every package that
// validates against the spec: the spec's checks, the contract suite and the sandbox.
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; its default export arrives wrapped under Node's ESM loader.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

/** An Ajv 2020 instance with the formats OpenAPI uses; `strict: false` lets OpenAPI's own keywords (example, x-since) pass as annotations. */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, ...options });
  addFormats(ajv);
  return ajv;
}
