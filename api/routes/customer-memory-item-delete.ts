import { Router } from 'express';
import { deleteCustomerMemoryItem } from '../../activities/repos/customer-memory-repo';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { idParam, operatorOnly, textParam } from '../learning/learning-http';

/** `DELETE /api/customers/:customerId/memory/:memoryId`: forgets one typed memory of the customer. */
export function customerMemoryItemDeleteRoute(ctx: AppContext): Router {
  const router = Router();
  router.delete('/api/customers/:customerId/memory/:memoryId', ...operatorOnly(ctx), async (req, res) => {
    const customerId = textParam(req.params.customerId, 'customer');
    const memoryId = idParam(req.params.memoryId, 'memory');
    if (!(await deleteCustomerMemoryItem(ctx.db, customerId, memoryId))) {
      throw new HttpError(404, 'not_found', `Customer ${customerId} has no memory ${memoryId}.`);
    }
    res.status(204).end();
  });
  return router;
}
