import { Router } from 'express';
import { z } from 'zod';
import { listMail, type OutboxMail } from '../../activities/repos/mail-outbox-repo';
import type { AppContext } from '../app-context';
import { operatorOnly, parseInput } from '../learning/learning-http';

const listQuery = z.object({
  to: z.email().max(320).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

function mailView(row: OutboxMail): Record<string, unknown> {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    status: row.status,
    error: row.error,
    conversationId: row.conversation_id,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

/**
 * `GET /api/mail?to=&limit=`: the emails Kesher sent (their codes blanked out once sent) or, with
 * no SMTP_URL, kept here: the local mailbox, newest first. Operators only.
 */
export function mailListRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/mail', ...operatorOnly(ctx), async (req, res) => {
    const query = parseInput(listQuery, req.query, 'invalid_query');
    const mail = await listMail(ctx.db, query);
    res.json({ mail: mail.map(mailView) });
  });
  return router;
}
