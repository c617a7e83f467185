import { randomUUID } from 'node:crypto';
import express, { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { upsertConversation } from '../../activities/repos/conversations-repo';
import type { ConversationRef } from '../../workflows/types';
import type { WidgetTokenSettings } from '../agui/widget-tokens';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { formLink, formTokenExpiry, issueFormToken } from '../security/issue-token';

export interface WidgetSessionOptions {
  tokens: WidgetTokenSettings;
  /** Sessions one address may open per window. */
  limit?: { windowMs: number; max: number };
}

const sessionBody = z.object({
  email: z.email('a valid email address is required').max(254),
  name: z.string().trim().min(1).max(120).optional(),
});

/**
 * `POST /api/widget/sessions {email, name?}`: starts a web conversation for the widget's demo
 * without Chatwoot. The email is taken as given (it is not verified), so the agent treats the
 * conversation like any unverified channel; rate-limited per client address.
 */
export function widgetSessionRoutes(ctx: AppContext, options: WidgetSessionOptions): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: options.limit?.windowMs ?? 10 * 60_000,
    limit: options.limit?.max ?? 20,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The app trusts its proxy (X-Forwarded-For) on purpose; the limiter keys on the resulting req.ip.
    validate: { trustProxy: false },
    handler: (_req, _res, next) =>
      next(
        new HttpError(429, 'rate_limited', 'Too many new conversations from this address; try again later.'),
      ),
  });
  router.post('/api/widget/sessions', limiter, express.json({ limit: '16kb' }), async (req, res) => {
    const { tokens } = options;
    const parsed = sessionBody.safeParse(req.body ?? {});
    if (!parsed.success) {
      throw new HttpError(422, 'invalid_session', z.prettifyError(parsed.error).replaceAll('\n', ' '));
    }
    const conversationId = `conversation-web-${randomUUID()}`;
    const ref: ConversationRef = {
      workflowId: conversationId,
      channel: 'web',
      accountId: null,
      chatwootConversationId: null,
    };
    // The row carries the email until the first message starts the workflow.
    await upsertConversation(ctx.db, ref, {
      email: parsed.data.email.toLowerCase(),
      name: parsed.data.name ?? null,
      chatwootContactId: null,
    });
    const now = new Date();
    const token = issueFormToken({
      secret: tokens.secret,
      conversationId,
      ttlSeconds: tokens.ttlSeconds,
      now,
    });
    res.status(201).json({
      conversationId,
      token,
      expiresAt: new Date(formTokenExpiry(now, tokens.ttlSeconds) * 1000).toISOString(),
      url: formLink(ctx.config.http.publicUrl, conversationId, token),
    });
  });
  return router;
}
