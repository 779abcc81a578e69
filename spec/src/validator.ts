// JSON Schema 2020-12 validation of values against the bundled description (Ajv), shared by the
// spec's own checks, the sandbox's tests and the contract suite.
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.js';
import { findOperation, resolveRef } from './document.js';
import type { JsonSchema, OpenApiDocument, OperationObject, ResponseObject } from './types.js';

const DOC_ID = 'urn:extender-users:openapi';

/** One reason a value does not fit the spec, with the JSON pointers needed to find it. */
export interface Violation {
  /** Where in the value (JSON pointer, `''` for the root). */
  instancePath: string;
  /** Where in the schema (JSON pointer inside the bundled document). */
  schemaPath: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  violations: Violation[];
}

/** Rewrites local `#/...` refs so a schema lifted out of the document still resolves against it. */
function anchorRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${DOC_ID}${value}` : anchorRefs(value),
    ]),
  );
}

/** Maps every object of the document to its JSON pointer, so errors can name the schema path. */
function indexPointers(node: unknown, pointer: string, index: WeakMap<object, string>): WeakMap<object, string> {
  if (node && typeof node === 'object' && !index.has(node)) {
    index.set(node, pointer);
    for (const [key, value] of Object.entries(node)) {
      indexPointers(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, index);
    }
  }
  return index;
}

function toViolations(errors: ErrorObject[] | null | undefined, pointers: WeakMap<object, string>): Violation[] {
  return (errors ?? []).map((e) => ({
    instancePath: e.instancePath,
    schemaPath: pointerOf(e, pointers),
    message: `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${
      e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''
    }`,
  }));
}

function pointerOf(error: ErrorObject, pointers: WeakMap<object, string>): string {
  const parent = error.parentSchema && pointers.get(error.parentSchema);
  return parent !== undefined ? `#${parent}/${error.keyword}` : error.schemaPath.replace(`${DOC_ID}#`, '#');
}

/** The media type without parameters, lower-case: `application/json; charset=utf-8` → `application/json`. */
export function baseMediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export class SpecValidator {
  readonly ajv: Ajv2020;
  private readonly compiled = new WeakMap<object, ValidateFunction>();
  /**
   * Compiled once per shape too: equal schemas are often distinct objects (each response's own
   * `{ $ref: Error }`, a schema resolved afresh), and compiling each again cost the contract suite
   * about half a second of CPU a run. A shape's errors do not depend on which copy was compiled:
   * compile() works on a copy (anchorRefs) either way.
   */
  private readonly compiledByShape = new Map<string, ValidateFunction>();
  private readonly byName = new Map<string, JsonSchema>();
  /** Each operation, found once: finding one walks the whole document (about 0.2 s a contract run). */
  private readonly operations = new Map<string, OperationObject>();
  private readonly pointers: WeakMap<object, string>;

  constructor(readonly doc: OpenApiDocument) {
    this.ajv = createAjv({ allErrors: true, validateFormats: true, inlineRefs: false, verbose: true });
    // Not checked against JSON Schema's meta-schema (the last argument): the document is OpenAPI, and
    // its schemas sit under keywords the meta-schema does not know, so the check saw almost nothing
    // and cost 40-100 ms a validator (the contract suite makes four a run). The spec's lint checks them.
    this.ajv.addSchema({ ...(doc as unknown as JsonSchema), $id: DOC_ID }, undefined, undefined, false);
    this.pointers = indexPointers(doc, '', new WeakMap());
  }

  private compile(schema: JsonSchema): ValidateFunction {
    let fn = this.compiled.get(schema);
    if (!fn) {
      const shape = JSON.stringify(schema);
      fn = this.compiledByShape.get(shape);
      if (!fn) {
        fn = this.ajv.compile(anchorRefs(schema) as JsonSchema);
        this.compiledByShape.set(shape, fn);
      }
      this.compiled.set(schema, fn);
    }
    return fn;
  }

  /** Validates a value against a schema object taken from the document (or a named component). */
  validate(schema: JsonSchema | string, value: unknown): ValidationResult {
    const target = typeof schema === 'string' ? this.componentRef(schema) : schema;
    const fn = this.compile(target);
    const valid = fn(value) as boolean;
    return { valid, violations: valid ? [] : toViolations(fn.errors, this.pointers) };
  }

  /** A `$ref` to a named schema, so violations carry the schema's full pointer. */
  private componentRef(name: string): JsonSchema {
    this.componentSchema(name);
    let ref = this.byName.get(name);
    if (!ref) {
      ref = { $ref: `#/components/schemas/${name}` };
      this.byName.set(name, ref);
    }
    return ref;
  }

  /** `#/components/schemas/<name>`. */
  componentSchema(name: string): JsonSchema {
    const schema = this.doc.components.schemas?.[name];
    if (!schema) throw new Error(`No schema ${name} in the spec`);
    return schema;
  }

  private operation(operationId: string): OperationObject {
    let operation = this.operations.get(operationId);
    if (!operation) {
      operation = findOperation(this.doc, operationId).operation;
      this.operations.set(operationId, operation);
    }
    return operation;
  }

  /** The documented response of an operation for a status, `$ref` resolved; undefined when undocumented. */
  response(operationId: string, status: number): ResponseObject | undefined {
    const operation = this.operation(operationId);
    const raw =
      operation.responses[String(status)] ??
      operation.responses[`${String(status)[0]}XX`] ??
      operation.responses.default;
    return raw ? resolveRef<ResponseObject>(this.doc, raw) : undefined;
  }

  /**
   * Checks a whole response: the status is documented, the content type is one documented for it,
   * and the body validates against that content type's schema.
   */
  validateResponse(operationId: string, status: number, contentType: string | null, body: unknown): ValidationResult {
    const response = this.response(operationId, status);
    const where = `${operationId} ${status}`;
    if (!response) {
      return {
        valid: false,
        violations: [
          { instancePath: '', schemaPath: '#/paths', message: `${where}: status ${status} is not documented` },
        ],
      };
    }
    if (!response.content) return { valid: true, violations: [] };
    const mediaType = baseMediaType(contentType);
    const media = response.content[mediaType];
    if (!media) {
      const documented = Object.keys(response.content).join(', ');
      return {
        valid: false,
        violations: [
          {
            instancePath: '',
            schemaPath: '#/paths',
            message: `${where}: content type '${mediaType || '(none)'}' is not documented (expected ${documented})`,
          },
        ],
      };
    }
    if (!media.schema) return { valid: true, violations: [] };
    const result = this.validate(media.schema, body);
    return {
      valid: result.valid,
      violations: result.violations.map((v) => ({ ...v, message: `${where}: ${v.message}` })),
    };
  }

  /** Checks a request body against the operation's documented schema for its content type. */
  validateRequestBody(operationId: string, contentType: string, body: unknown): ValidationResult {
    const operation = this.operation(operationId);
    const media = operation.requestBody?.content[baseMediaType(contentType)];
    if (!media?.schema) {
      return {
        valid: false,
        violations: [
          {
            instancePath: '',
            schemaPath: '#/paths',
            message: `${operationId}: no request body of type ${contentType}`,
          },
        ],
      };
    }
    return this.validate(media.schema, body);
  }
}
