import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { HttpError } from './http-error';

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  message?: string;
}

/** Maps body-parser failures (too large, bad encoding) to client errors with a reason. */
function fromBodyParser(error: BodyParserError): HttpError | null {
  if (error.type === 'entity.too.large')
    return new HttpError(413, 'payload_too_large', 'The request body is too large.');
  if (error.type === 'entity.parse.failed')
    return new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  if (error.expose && error.status && error.status >= 400 && error.status < 500) {
    return new HttpError(error.status, error.type ?? 'bad_request', error.message ?? 'Bad request.');
  }
  return null;
}

/** The API's one error middleware: renders `{ error: { code, message } }`, never leaks internals. */
export function createErrorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known = error instanceof HttpError ? error : fromBodyParser(error as BodyParserError);
    if (known) {
      if (known.status >= 500) log.error({ err: error, path: req.path }, known.message);
      res.status(known.status).json({ error: { code: known.code, message: known.message } });
      return;
    }
    log.error({ err: error, path: req.path }, 'unhandled error');
    res.status(500).json({ error: { code: 'internal_error', message: 'Something went wrong on our side.' } });
  };
}
