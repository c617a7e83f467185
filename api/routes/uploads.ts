import { randomUUID } from 'node:crypto';
import express, { Router, type RequestHandler } from 'express';
import { uploadKeyPrefix } from '../../workflows/write-tool-args';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { authorizedConversation, requireConversationToken } from '../security/conversation-auth';
import { PHOTO_EXTENSIONS, sniffPhotoType } from '../uploads/image-type';
import type { ObjectStore } from '../uploads/object-store';

const size = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
    : `${Math.round(bytes / 1024)} KB`;

/** Reads the raw body up to `maxBytes`, answering 413 with the limit (declared or streamed size). */
function readPhoto(maxBytes: number): RequestHandler {
  const tooLarge = (): HttpError =>
    new HttpError(413, 'file_too_large', `A photo can be at most ${size(maxBytes)}.`);
  const raw = express.raw({ type: () => true, limit: maxBytes });
  return (req, res, next) => {
    const declared = Number(req.header('content-length') ?? NaN);
    if (declared > maxBytes) {
      next(tooLarge());
      return;
    }
    raw(req, res, (error?: unknown) => {
      next((error as { type?: string } | undefined)?.type === 'entity.too.large' ? tooLarge() : error);
    });
  };
}

/**
 * `POST /api/conversations/:conversationId/uploads`: one photo for a damage claim, sent as the
 * request body (the file's bytes). Its type is decided by its first bytes, not by the header.
 * Answers 201 `{ key, contentType, bytes }`; the key goes into the claim's `photo_keys`.
 */
export function uploadRoutes(ctx: AppContext, store: ObjectStore): Router {
  const router = Router();
  const maxBytes = ctx.config.widget.uploadMaxBytes;
  router.post(
    '/api/conversations/:conversationId/uploads',
    requireConversationToken({ secret: ctx.config.widget.tokenSecret, from: 'path' }),
    readPhoto(maxBytes),
    async (req, res) => {
      const { conversationId } = authorizedConversation(res);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (body.length === 0)
        throw new HttpError(400, 'empty_upload', 'The request body is empty: send the photo itself.');
      const type = sniffPhotoType(body);
      if (!type) {
        const hint = req.is('multipart/form-data')
          ? ' Send the file itself as the body, not a multipart form.'
          : '';
        throw new HttpError(
          415,
          'unsupported_file_type',
          `Photos must be JPEG, PNG, WebP or HEIC images.${hint}`,
        );
      }
      const key = `${uploadKeyPrefix(conversationId)}${randomUUID()}.${PHOTO_EXTENSIONS[type]}`;
      await store.put(key, body, type);
      ctx.log.info({ conversationId, key, bytes: body.length, store: store.kind }, 'photo uploaded');
      res.status(201).json({ key, contentType: type, bytes: body.length });
    },
  );
  return router;
}
