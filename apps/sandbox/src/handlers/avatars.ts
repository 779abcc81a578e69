// setUserAvatarBase64 and setUserAvatarImage: PNG, JPEG or GIF by their magic bytes, at most
// maxAvatarBytes; anything else is 415, anything larger 413.
import { sniffImageType } from '@extender-users/api-types';
import { ApiError } from '../http/api-error.js';
import { requireUser, type HandlerContext } from './context.js';
import type { HandlerMap } from './types.js';

function store(ctx: HandlerContext, userName: string, bytes: Buffer) {
  const user = requireUser(ctx, userName);
  if (bytes.length === 0) throw new ApiError(400, 'The avatar image is empty');
  if (bytes.length > ctx.maxAvatarBytes)
    throw new ApiError(413, `Avatar image is larger than ${ctx.maxAvatarBytes} bytes`);
  const type = sniffImageType(bytes);
  if (!type) throw new ApiError(415, 'Avatar must be a PNG, JPEG or GIF image');
  ctx.store.avatars.set(user.id, type, bytes, ctx.now());
  return { message: 'avatar changed' };
}

/**
 * What a failure while reading the form means to the client. The parser (busboy) throws plain
 * errors for a body cut short, a missing or mismatched boundary and garbage: all the client's
 * mistakes, so 400; the plugin's own limit errors carry 413; our own ApiErrors pass through.
 */
function multipartError(error: unknown, maxBytes: number): ApiError {
  if (error instanceof ApiError) return error;
  const e = error as { statusCode?: number; code?: string; message?: string };
  if (e.statusCode === 413)
    return new ApiError(
      413,
      e.code === 'FST_REQ_FILE_TOO_LARGE'
        ? `Avatar image is larger than ${maxBytes} bytes`
        : 'The form has too many parts; send one file part named file',
    );
  const detail = /boundary not found/i.test(e.message ?? '')
    ? 'the Content-Type has no boundary'
    : e.code === 'FST_MP_PREMATURE_CLOSE'
      ? 'the request was closed before the form was complete'
      : 'the body is not a complete form for the boundary in the Content-Type';
  return new ApiError(400, `Malformed multipart/form-data body: ${detail}`);
}

export function avatarHandlers(ctx: HandlerContext) {
  return {
    async setUserAvatarBase64(request) {
      const text = request.body.string;
      // The spec's pattern has let only base64 characters through; decoding cannot fail here.
      if (text.length % 4 === 1) throw new ApiError(400, 'The avatar is not valid base64');
      return store(ctx, request.params.userName, Buffer.from(text, 'base64'));
    },

    async setUserAvatarImage(request) {
      if (!request.isMultipart())
        throw new ApiError(415, 'Send the image as multipart/form-data with a part named file');
      let image: Buffer | undefined;
      try {
        for await (const part of request.parts({
          limits: { fileSize: ctx.maxAvatarBytes + 1, files: 2, fields: 10, parts: 12 },
        })) {
          if (part.type !== 'file' || part.fieldname !== 'file')
            throw new ApiError(400, `Unexpected form field '${part.fieldname}'; send one file part named file`);
          if (image) throw new ApiError(400, 'Send exactly one file part named file');
          image = await part.toBuffer();
          if (part.file.truncated) throw new ApiError(413, `Avatar image is larger than ${ctx.maxAvatarBytes} bytes`);
        }
      } catch (error) {
        throw multipartError(error, ctx.maxAvatarBytes);
      }
      if (!image) throw new ApiError(400, 'The form has no part named file');
      return store(ctx, request.params.userName, image);
    },
  } satisfies Partial<HandlerMap>;
}
