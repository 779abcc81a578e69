// The avatar rule of the spec: an image is PNG, JPEG or GIF by its first bytes, whatever its
// declared content type. Shared by the client (the part's content type) and the sandbox (415).

export type ImageType = 'image/png' | 'image/jpeg' | 'image/gif';

const SIGNATURES: readonly (readonly [ImageType, readonly number[]])[] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]], // GIF87a
  ['image/gif', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]], // GIF89a
];

/** The image type from the first bytes, or undefined for anything that is not PNG, JPEG or GIF. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  for (const [type, signature] of SIGNATURES) {
    if (bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b)) return type;
  }
  return undefined;
}
