// The Confluence base URL every client is made with: checked and normalized once.

/** Checks and normalizes the Confluence base URL (no trailing slash); a TypeError says what is wrong. */
export function normalizeBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    // Not repeated as given: a URL that does not parse may still hold a password before an `@`.
    throw new TypeError(
      `baseUrl must be an absolute http(s) URL such as https://confluence.acme.test/confluence, got '${baseUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/@]*@/i, '$1…@')}'`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`baseUrl must use http or https, got ${url.protocol}`);
  if (url.username || url.password) throw new TypeError('baseUrl must not contain credentials; pass them as `auth`');
  if (url.search || url.hash) throw new TypeError('baseUrl must not have a query or fragment');
  if (/\/rest(\/|$)/.test(url.pathname)) {
    throw new TypeError(
      `baseUrl is the Confluence base URL without /rest/...: use '${url.origin}${url.pathname.replace(/\/rest(\/.*)?$/, '')}'`,
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
