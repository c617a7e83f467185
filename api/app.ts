import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import type { AppContext } from './app-context';
import { createErrorHandler } from './error-handler';
import { HttpError } from './http-error';
import { createWebhookInbox, type WebhookInbox } from './inbox/webhook-inbox';
import { forwardDelivery } from './inbox/forward-delivery';
import { chatwootWebhookRoutes } from './routes/chatwoot-webhook';
import { healthRoutes } from './routes/health';
import { learningRoutes } from './learning/learning-routes';
import { mailListRoute } from './routes/mail-list';
import { conversationsListRoute } from './routes/conversations-list';
import { widgetTokenSettings } from './agui/widget-tokens';
import { aguiRoutes } from './routes/agui';
import { widgetSessionRoutes } from './routes/widget-sessions';
import { widgetStaticRoutes } from './routes/widget-static';
import { createAddressValidator } from './address/create-address-validator';
import { addressValidateRoutes } from './routes/address-validate';
import { confirmActionRoutes } from './routes/confirm-action';
import { pendingActionsRoutes } from './routes/pending-actions';
import { uploadRoutes } from './routes/uploads';
import { webConversationReplyRoute } from './routes/web-conversation-reply';
import { createObjectStore } from './uploads/create-object-store';

/**
 * Builds the HTTP API. Routes are small modules; errors end in one handler. `options.inbox`: where
 * Chatwoot deliveries wait until they reach Temporal (built here when absent).
 */
export function createApp(ctx: AppContext, options: { inbox?: WebhookInbox } = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(healthRoutes(ctx));
  app.use(chatwootWebhookRoutes(ctx, options.inbox ?? inboxFor(ctx)));
  app.use(learningRoutes(ctx));
  app.use(mailListRoute(ctx));
  app.use(conversationsListRoute(ctx));
  const tokens = widgetTokenSettings(ctx.config);
  app.use(aguiRoutes(ctx, { tokens }));
  app.use(widgetSessionRoutes(ctx, { tokens }));
  app.use(pendingActionsRoutes(ctx));
  app.use(confirmActionRoutes(ctx));
  app.use(webConversationReplyRoute(ctx));
  app.use(uploadRoutes(ctx, createObjectStore(ctx.config)));
  app.use(addressValidateRoutes(ctx, createAddressValidator(ctx.config)));
  app.use(widgetStaticRoutes({ rootDir: fileURLToPath(new URL('..', import.meta.url)) }));
  app.use((req, _res, next) =>
    next(new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}.`)),
  );
  app.use(createErrorHandler(ctx.log));
  return app;
}

/** The webhook inbox of an API built on its own (tests): forwards to this context's Temporal. */
export function inboxFor(ctx: AppContext): WebhookInbox {
  return createWebhookInbox({
    db: ctx.db,
    log: ctx.log,
    forward: (delivery) => forwardDelivery(ctx, delivery),
  });
}
