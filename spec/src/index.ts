export { bundledDocsPath, bundledSpecJsonPath, bundledSpecYamlPath, loadBundledSpec } from './bundle.js';
export { findOperation, listOperations, resolveRef } from './document.js';
export { SpecValidator, baseMediaType, type ValidationResult, type Violation } from './validator.js';
export * from './types.js';
export { freePort, startPrism, type PrismOptions, type RunningPrism } from './prism.js';
export { createAjv } from './ajv.js';
export { makeSelfContained, renderDocs } from './render-docs.js';
