// Keeps secrets out of anything the client produces: messages, errors, events.

const MASK = '***';

/** Replaces every occurrence of each secret (and its URL/base64-encoded forms) in `text` by `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 3) continue; // masking a 1–2 character secret would garble any message
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(MASK);
  }
  return out;
}
