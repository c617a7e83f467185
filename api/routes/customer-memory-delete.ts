import { Router } from 'express';
import { deleteCustomerMemory } from '../../activities/repos/customer-memory-repo';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { operatorOnly, textParam } from '../learning/learning-http';

/** `DELETE /api/customers/:customerId/memory`: forgets the customer's facts and every typed memory. */
export function customerMemoryDeleteRoute(ctx: AppContext): Router {
  const router = Router();
  router.delete('/api/customers/:customerId/memory', ...operatorOnly(ctx), async (req, res) => {
    const customerId = textParam(req.params.customerId, 'customer');
    if (!(await deleteCustomerMemory(ctx.db, customerId))) {
      throw new HttpError(404, 'not_found', `Nothing is remembered about customer ${customerId}.`);
    }
    res.status(204).end();
  });
  return router;
}
