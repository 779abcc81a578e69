// Avatar bodies from bytes, Blobs or base64 text, in the core (no Node-only APIs).
import { sniffImageType } from '@extender-users/api-types';
import { bytesToBase64 } from './auth.js';

export type ImageInput = Blob | Uint8Array | ArrayBuffer;

/** The base64 text the avatar/base64 endpoint wants, from a base64 string, bytes or a Blob. */
export async function toBase64(image: string | ImageInput): Promise<string> {
  if (typeof image === 'string') return image.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  return bytesToBase64(await toBytes(image));
}

export async function toBytes(image: ImageInput): Promise<Uint8Array> {
  if (image instanceof Uint8Array) return image;
  if (image instanceof ArrayBuffer) return new Uint8Array(image);
  return new Uint8Array(await image.arrayBuffer());
}

export interface UploadOptions {
  /** File name sent with the part (default `avatar` plus an extension for the sniffed type). */
  fileName?: string;
  /** Content type of the part (default: sniffed from the bytes, else application/octet-stream). */
  contentType?: string;
}

/** The multipart form of avatar/image: one part, `file`. */
export async function avatarForm(image: ImageInput, options: UploadOptions = {}): Promise<FormData> {
  const bytes = await toBytes(image);
  const sniffed = sniffImageType(bytes);
  const type =
    options.contentType ?? (image instanceof Blob && image.type ? image.type : (sniffed ?? 'application/octet-stream'));
  const extension = sniffed ? `.${sniffed.slice('image/'.length).replace('jpeg', 'jpg')}` : '';
  const fileName =
    options.fileName ?? (typeof File !== 'undefined' && image instanceof File ? image.name : `avatar${extension}`);
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), fileName);
  return form;
}
