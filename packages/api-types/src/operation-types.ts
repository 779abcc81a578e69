// Types of one operation's parts, by operationId, from the generated `operations`.
import type { components, operations } from './generated/openapi.js';

/** The operationIds of the spec. */
export type OperationId = keyof operations;
/** The spec's named schemas. */
export type Schemas = components['schemas'];

type Parameters<K extends OperationId> = operations[K]['parameters'];

/** The query parameters of an operation (`never` when it takes none). */
export type QueryOf<K extends OperationId> = NonNullable<Parameters<K>['query']>;
/** The path parameters of an operation (`never` when it takes none). */
export type PathParamsOf<K extends OperationId> = NonNullable<Parameters<K>['path']>;
/** The request body of an operation for a content type (`never` when it takes none). */
export type RequestBodyOf<K extends OperationId, ContentType extends string = 'application/json'> =
  NonNullable<operations[K]['requestBody']> extends { content: infer C }
    ? ContentType extends keyof C
      ? C[ContentType]
      : never
    : never;
/** The statuses an operation documents. */
export type StatusOf<K extends OperationId> = keyof operations[K]['responses'] & number;
/** The JSON body of one documented response of an operation. */
export type ResponseBodyOf<
  K extends OperationId,
  S extends StatusOf<K> = 200 & StatusOf<K>,
> = operations[K]['responses'][S] extends { content: { 'application/json': infer B } } ? B : never;
