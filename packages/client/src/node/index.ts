// Node-only helpers: avatar upload from a file path. Kept out of the core so it runs in browsers.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CallOptions, ExtenderUsersClient } from '../client.js';
import type { ApiMessage } from '../types.js';

/** Reads an image file and uploads it as the user's avatar (multipart, field `file`). */
export async function uploadAvatarFromFile(
  client: ExtenderUsersClient,
  userName: string,
  filePath: string,
  opts: CallOptions & { contentType?: string } = {},
): Promise<ApiMessage> {
  const bytes = new Uint8Array(await readFile(filePath));
  return client.avatars.upload(userName, bytes, { ...opts, fileName: basename(filePath) });
}

/** Reads an image file and sets it as the user's avatar through the base64 endpoint. */
export async function setAvatarBase64FromFile(
  client: ExtenderUsersClient,
  userName: string,
  filePath: string,
  opts: CallOptions = {},
): Promise<ApiMessage> {
  return client.avatars.setBase64(userName, new Uint8Array(await readFile(filePath)), opts);
}
