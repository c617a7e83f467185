import { Router } from 'express';
import { findCustomerMemory } from '../../activities/repos/customer-memory-repo';
import type { AppContext } from '../app-context';
import { operatorOnly, textParam } from '../learning/learning-http';

/** `GET /api/customers/:customerId/memory`: the customer's profile facts and typed memories. */
export function customerMemoryGetRoute(ctx: AppContext): Router {
  const router = Router();
  router.get('/api/customers/:customerId/memory', ...operatorOnly(ctx), async (req, res) => {
    const customerId = textParam(req.params.customerId, 'customer');
    const memory = await findCustomerMemory(ctx.db, customerId);
    res.json(memory ?? { customerId, facts: {}, memories: [] });
  });
  return router;
}
