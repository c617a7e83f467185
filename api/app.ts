import express, { type Express } from 'express';
import type { AppContext } from './app-context';
import { createErrorHandler } from './error-handler';
import { HttpError } from './http-error';
import { chatwootWebhookRoutes } from './routes/chatwoot-webhook';
import { healthRoutes } from './routes/health';

/** Builds the HTTP API. Routes are small modules; errors end in one handler. */
export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(healthRoutes(ctx));
  app.use(chatwootWebhookRoutes(ctx));
  app.use((req, _res, next) =>
    next(new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}.`)),
  );
  app.use(createErrorHandler(ctx.log));
  return app;
}
