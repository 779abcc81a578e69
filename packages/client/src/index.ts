export { createExtenderUsersClient, normalizeBaseUrl, DEFAULT_TIMEOUT_MS } from './client.js';
export type {
  CallOptions,
  ExtenderUsersClient,
  ExtenderUsersClientOptions,
  IterateOptions,
  ListOptions,
} from './client.js';
export * from './errors.js';
export type { Auth } from './auth.js';
export type { RetryEvent } from './attempts.js';
export { decideRetry, retryAfterMs, backoffMs, defaultRetryOptions, type RetryOptions } from './retry-policy.js';
export { walkPages, type FetchPage, type PageLike, type WalkOptions } from './pagination.js';
export { toBase64, type ImageInput, type UploadOptions } from './avatar.js';
export { sniffImageType } from '@extender-users/api-types';
export { epochToDate, userDates, type UserDates } from './dates.js';
export type * from './types.js';
export type { paths, components, operations } from '@extender-users/api-types';
