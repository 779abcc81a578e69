// Redirects seen on the way to an answer. Confluence's REST paths do not redirect; a front that
// does (single sign-on, a login page, another host) is worth naming when the answer is not the API's.

/** The URL without its query (a login page's os_destination, a SAML request): short, and nothing private. */
export const shownUrl = (url: string) => {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url;
  }
};

/** Whether a URL (its host or path) looks like a login or single sign-on page. */
export const looksLikeLogin = (url: string) =>
  /log-?in|sign-?in|sso|saml|oauth|openid|auth|adfs/i.test(shownUrl(url).replace(/^[a-z]+:\/\//i, ''));

/** What a single sign-on front means for the CLI, and what to do. */
export const LOGIN_FRONT =
  'a single sign-on or login front stands before Confluence and did not take the credentials; ask its administrators how REST clients get through (e.g. a personal access token with --token), or use a URL that reaches Confluence directly';

/** A note for an error whose request was redirected to `url`. */
export function redirectNote(url: string): string {
  return looksLikeLogin(url)
    ? `the request was redirected to ${shownUrl(url)}, a login page: ${LOGIN_FRONT}`
    : `the request was redirected to ${shownUrl(url)}: check the base URL (CONFLUENCE_URL or --url)`;
}
