// Keeps secrets out of anything the client produces: messages, errors, events.

const MASK = '***';
/** A secret this long is masked wherever it appears; a shorter one only as a word of its own. */
const ANYWHERE_FROM = 8;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Replaces each secret (and its URL-encoded form) in `text` by `***`. A short secret such as
 * `admin` is masked only where it stands alone, not inside a longer word: masking it in
 * "administrator" would garble the message and, by the letters left around the mask, tell the
 * secret to anyone who reads it.
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 3) continue; // masking a 1–2 character secret would garble any message
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = mask(out, form);
  }
  return out;
}

function mask(text: string, secret: string): string {
  if (secret.length >= ANYWHERE_FROM) return text.split(secret).join(MASK);
  // Word boundaries only at ends that are word characters themselves.
  const before = WORD_CHAR.test(secret[0]!) ? '(?<![\\p{L}\\p{N}_])' : '';
  const after = WORD_CHAR.test(secret[secret.length - 1]!) ? '(?![\\p{L}\\p{N}_])' : '';
  return text.replace(new RegExp(before + secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + after, 'gu'), MASK);
}
