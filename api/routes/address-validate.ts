import express, { Router } from 'express';
import { addressInputSchema, type AddressValidator } from '../address/address-validator';
import type { AppContext } from '../app-context';
import { HttpError } from '../http-error';
import { requireConversationToken } from '../security/conversation-auth';

/**
 * `POST /api/address/validate`: checks an address for the address-change form before it is sent.
 * Needs a conversation token (any conversation's), so the paid provider is not an open proxy.
 * Answers 200 with the verdict, valid or not.
 */
export function addressValidateRoutes(ctx: AppContext, validator: AddressValidator): Router {
  const router = Router();
  router.post(
    '/api/address/validate',
    requireConversationToken({ secret: ctx.config.widget.tokenSecret, from: 'token' }),
    express.json({ limit: '16kb' }),
    async (req, res) => {
      const body = addressInputSchema.safeParse(req.body ?? {});
      if (!body.success) throw new HttpError(422, 'invalid_body', 'Send the address fields as strings.');
      res.status(200).json(await validator.validate(body.data));
    },
  );
  return router;
}
