// The Authorization header of every request, and masking material for the secrets in it.

/** HTTP basic with a password or an Extender API token, or a bearer token (PAT or Extender token). */
export type Auth = { username: string; password: string } | { token: string };

/** The secrets of an auth setting, for redaction. */
export function secretsOf(auth: Auth): string[] {
  return 'token' in auth ? [auth.token] : [auth.password, base64Utf8(`${auth.username}:${auth.password}`)];
}

export function authorizationHeader(auth: Auth): string {
  return 'token' in auth ? `Bearer ${auth.token}` : `Basic ${base64Utf8(`${auth.username}:${auth.password}`)}`;
}

/** Base64 of a string's UTF-8 bytes, without Node's Buffer (the core runs in browsers too). */
export function base64Utf8(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000; // String.fromCharCode's argument list has a limit
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
