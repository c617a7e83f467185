import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { HttpError } from '../http-error';

/**
 * Limits confirmations per conversation and client address: a form cannot be used to hammer the
 * workflow, nor a leaked link to guess action ids. One in-memory window per API process.
 */
export function confirmRateLimit(options: { limit: number; windowMs: number }): RequestHandler {
  return rateLimit({
    windowMs: options.windowMs,
    limit: options.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // IPv6 clients are keyed by their /56, so one host cannot rotate addresses to escape the limit.
    keyGenerator: (req) => `${String(req.params.conversationId)}|${ipKeyGenerator(req.ip ?? 'unknown')}`,
    handler: (_req, _res, next, used) => {
      const seconds = Math.ceil(used.windowMs / 1000);
      next(
        new HttpError(
          429,
          'rate_limited',
          `Too many confirmations for this conversation: at most ${used.limit} every ${seconds} s. Try again shortly.`,
        ),
      );
    },
    // The app trusts its reverse proxy for req.ip on purpose (see app.ts).
    validate: { trustProxy: false },
  });
}
