// The public surface of @extender-users/client: what its README documents, and nothing else (the
// API report, api/client.api.md, shows every change of it). Tests import modules directly.
export { createExtenderUsersClient } from './client.js';
export type {
  CallOptions,
  ExtenderUsersClient,
  ExtenderUsersClientOptions,
  IterateOptions,
  ListOptions,
} from './client.js';
export { normalizeBaseUrl } from './base-url.js';
export * from './errors.js';
export type { Auth } from './auth.js';
export type { RetryEvent } from './attempts.js';
export type { RetryOptions } from './retry-policy.js';
export type { ImageInput, UploadOptions } from './avatar.js';
export type * from './types.js';
export { SPEC_VERSION } from '@extender-users/api-types';
export type { paths, components, operations } from '@extender-users/api-types';
