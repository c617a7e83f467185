import { Router } from 'express';
import { z } from 'zod';
import { listAlerts } from '../../activities/repos/alerts-repo';
import type { AppContext } from '../app-context';
import { operatorOnly, parseInput } from '../learning/learning-http';
import { alertView } from '../learning/learning-views';

const listQuery = z.object({
  kind: z.string().min(1).max(64).optional(),
  category: z.string().min(1).max(64).optional(),
  undelivered: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** `GET /api/alerts?kind=&category=&undelivered=&limit=`: operator alerts, newest first. */
export function alertsListRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/alerts', ...operatorOnly(ctx), async (req, res) => {
    const query = parseInput(listQuery, req.query, 'invalid_query');
    const alerts = await listAlerts(ctx.db, query);
    res.json({ alerts: alerts.map(alertView) });
  });
  return router;
}
