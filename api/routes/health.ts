import { Router } from 'express';
import type { AppContext } from '../app-context';

/** `GET /health`: 200 once the worker and Temporal are connected, 503 before. */
export function healthRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const status = ctx.health.status();
    res
      .status(status.ready ? 200 : 503)
      .json(status.ready ? { status: 'ok' } : { status: 'starting', waitingFor: status.waitingFor });
  });
  return router;
}
