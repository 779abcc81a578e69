// The Users API's shapes, generated from the spec: types for every operation and schema, the
// operation table (method, path, parameters, statuses, x-since) and the spec's string patterns.
export type { components, operations, paths } from './generated/openapi.js';
export {
  API_PREFIX,
  EXTENDER_PLUGIN_KEY,
  NOT_FOUND_MEANING,
  SPEC_VERSION,
  operationRoutes,
  integerParameters,
  operationTable,
  stringPatterns,
} from './generated/operations.js';
export type { OperationInfo, ParameterInfo } from './operation-info.js';
export type {
  OperationId,
  PathParamsOf,
  QueryOf,
  RequestBodyOf,
  ResponseBodyOf,
  Schemas,
  StatusOf,
} from './operation-types.js';
export { sniffImageType, type ImageType } from './images.js';
export { operationIds } from './operation-ids.js';
export { KNOWN_VERSIONS } from './generated/operations.js';
export {
  LAST_KNOWN_VERSION,
  LATEST,
  behaviourIn,
  compareVersions,
  isExtenderVersion,
  presenceIn,
  type Presence,
} from './versions.js';
export type { NotFoundMeaning, VersionBehaviour } from './operation-info.js';
export { documentAsOf } from './document-as-of.js';
export { operationSources, promiseTable, sourceTable } from './generated/sources.js';
export { isPromise, sourceAt, type PromiseInfo, type PromiseOf, type Source, type SourceKind } from './sources.js';
