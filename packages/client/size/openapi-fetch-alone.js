// The size-limit baseline: openapi-fetch's client alone, as the core uses it (see package.json).
export { default } from 'openapi-fetch';
