// A call's path parameters, checked before anything is sent. openapi-fetch encodes them (each with
// encodeURIComponent) and leaves a missing one as `{name}` in the URL; an empty one, `.` or `..`
// would make a URL that names another user or resource (the URL parser resolves dot segments).

/** Throws a TypeError naming the first path parameter of `template` that is missing, empty, `.` or `..`. */
export function checkPathParams(operation: string, template: string, params: object | undefined): void {
  for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
    const value = (params as Record<string, unknown> | undefined)?.[name!];
    if (value === undefined || value === null || value === '' || value === '.' || value === '..') {
      throw new TypeError(
        `${operation}: ${name} must be a non-empty name other than '.' and '..', got ${value === '' ? "''" : String(value)}`,
      );
    }
  }
}
