import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { AppConfig } from '../../config/config';
import { HttpError } from '../http-error';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Guards the operator API (`/api/instructions`, `/api/suggestions`, `/api/alerts`,
 * `/api/learned-knowledge`, customer memory):
 * - with `ADMIN_API_TOKEN` set, every request needs `Authorization: Bearer <ADMIN_API_TOKEN>`;
 * - without it, outside production, only requests from this machine (loopback) are let through, so
 *   a developer can use the API locally; the socket address is checked, not `X-Forwarded-For`,
 *   which any client can set;
 * - without it in production, the operator API is closed.
 */
export function requireOperator(config: Pick<AppConfig, 'env' | 'admin'>): RequestHandler {
  const expected = config.admin.apiToken ? Buffer.from(config.admin.apiToken) : undefined;
  return (req, _res, next) => {
    if (expected) {
      const presented = bearerToken(req.headers.authorization);
      if (presented && sameSecret(Buffer.from(presented), expected)) return next();
      return next(
        new HttpError(401, 'unauthorized', 'The operator API needs Authorization: Bearer <ADMIN_API_TOKEN>.'),
      );
    }
    if (config.env === 'production') {
      return next(
        new HttpError(403, 'operator_api_disabled', 'Set ADMIN_API_TOKEN to use the operator API.'),
      );
    }
    if (LOOPBACK.has(req.socket.remoteAddress ?? '')) return next();
    return next(
      new HttpError(
        403,
        'localhost_only',
        'Without ADMIN_API_TOKEN the operator API answers only localhost.',
      ),
    );
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** Compares in constant time, so the token cannot be guessed byte by byte from response times. */
function sameSecret(presented: Buffer, expected: Buffer): boolean {
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}
