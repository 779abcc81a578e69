export { bundledDocsPath, bundledSpecJsonPath, bundledSpecYamlPath, loadBundledSpec } from './bundle.js';
export { findOperation, listOperations, resolveRef } from './document.js';
export { SpecValidator, baseMediaType, type ValidationResult, type Violation } from './validator.js';
export * from './types.js';
export { freePort, prismProgram, startPrism, type PrismOptions, type RunningPrism } from './prism.js';
export { createAjv } from './ajv.js';
export { makeSelfContained, renderDocs, renderDocument, type RenderOptions } from './render-docs.js';
export { annotateForDocs, sinceBadge, sourcesMarkdown, type Badge, type SourceEntry } from './docs-annotations.js';
export { redoclyProgram, runRedocly, withoutNodeBanner } from './redocly.js';
