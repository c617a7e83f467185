import { performance } from 'node:perf_hooks';
import express, { Router, type Request } from 'express';
import { conversationWorkflowId, deliveryKey, headerValue } from '../chatwoot/delivery-key';
import { interpretWebhook, type WebhookInstruction } from '../chatwoot/interpret-webhook';
import { parseChatwootWebhook } from '../chatwoot/parse-webhook';
import { verifyChatwootSignature } from '../chatwoot/signature';
import { claimDelivery } from '../../activities/repos/webhook-deliveries-repo';
import type { JsonObject } from '../../schema/column-types';
import type { Channel, ConversationRef } from '../../workflows/types';
import type { AppContext } from '../app-context';
import type { WebhookInbox } from '../inbox/webhook-inbox';
import {
  dispatchCustomerMessage,
  dispatchHumanMessage,
  dispatchStatusChange,
} from '../conversation-dispatch';
import { HttpError } from '../http-error';
import { correctionTriggerOf } from '../learning/correction-trigger';
import { queueCorrectionCheck } from '../learning/start-correction';

/**
 * `POST /webhooks/chatwoot`: account webhooks and agent-bot deliveries. It verifies, validates and
 * de-duplicates, stores the delivery in the inbox and answers; the inbox forwards it to Temporal
 * (api/inbox/webhook-inbox.ts), so the answer never waits on Temporal.
 */
export function chatwootWebhookRoutes(ctx: AppContext, inbox: WebhookInbox): Router {
  const router = Router();
  router.post(
    '/webhooks/chatwoot',
    (_req, res, next) => {
      res.locals.arrivedAt = performance.now();
      next();
    },
    // Raw bytes: the signature covers the body exactly as sent.
    express.raw({ type: () => true, limit: ctx.config.http.bodyLimit }),
    async (req, res) => {
      const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      verify(ctx, req, rawBody);
      const parsed = parseChatwootWebhook(parseJson(rawBody));
      if (!parsed.ok) throw new HttpError(422, 'invalid_payload', parsed.reason);

      const instruction = interpretWebhook(parsed.payload, { botName: ctx.config.chatwoot.botName });
      const key = deliveryKey(req.headers, parsed.payload);
      // A human's message or an edited AI draft may correct the AI: checked by its own workflow,
      // started through the inbox like the conversation's part.
      const correction = correctionTriggerOf(parsed.payload, { botName: ctx.config.chatwoot.botName });
      if (instruction.action === 'ignore' || instruction.action === 'message_updated') {
        const reason =
          instruction.action === 'ignore' ? instruction.reason : 'message edits are not handled here';
        await queueCorrectionCheck(ctx, inbox, key, correction);
        res.status(200).json({ status: 'ignored', reason });
        return;
      }

      const workflowId = conversationWorkflowId(instruction.accountId, instruction.conversationId);
      const asJson = instruction as unknown as JsonObject;
      // Stored with what it asks of the conversation: from here on it is not lost, even if
      // Temporal is down or this process stops before forwarding it.
      const claimStarted = performance.now();
      const claimed = await claimDelivery(ctx.db, {
        key,
        event: instruction.action,
        conversationId: workflowId,
        workflowId,
        instruction: asJson,
      });
      if (claimed) inbox.enqueue({ key, workflowId, instruction: asJson });
      const claimMs = performance.now() - claimStarted;
      await queueCorrectionCheck(ctx, inbox, key, correction);
      // How long this process took, and the share spent storing the claim (a browser's dev tools
      // and the benchmark read it): tells a slow answer's own time from time spent reaching us.
      const totalMs = performance.now() - (res.locals.arrivedAt as number);
      res.setHeader('Server-Timing', `claim;dur=${claimMs.toFixed(1)}, total;dur=${totalMs.toFixed(1)}`);
      res.status(200).json({ status: claimed ? 'accepted' : 'duplicate', workflowId });
    },
  );
  return router;
}

function verify(ctx: AppContext, req: Request, rawBody: Buffer): void {
  const secret = ctx.config.chatwoot.webhookSecret;
  if (!secret) return;
  const result = verifyChatwootSignature({
    rawBody,
    timestamp: headerValue(req.headers, 'x-chatwoot-timestamp'),
    signature: headerValue(req.headers, 'x-chatwoot-signature'),
    secret,
    maxAgeSeconds: ctx.config.chatwoot.webhookMaxAgeSeconds,
    now: new Date(),
  });
  if (!result.ok) throw new HttpError(401, result.code, result.reason);
}

function parseJson(rawBody: Buffer): unknown {
  if (rawBody.length === 0) throw new HttpError(400, 'empty_body', 'The request body is empty.');
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch (error) {
    throw new HttpError(400, 'invalid_json', `The body is not valid JSON: ${(error as Error).message}`);
  }
}

function channelOf(chatwootChannel: string | null): Channel {
  return chatwootChannel === 'Channel::Email' ? 'email' : 'chatwoot';
}

/** What a delivery forwarded from the inbox asks of its conversation. */
export type ConversationInstruction = Exclude<WebhookInstruction, { action: 'ignore' | 'message_updated' }>;

/** Hands a stored delivery to its conversation workflow (the inbox's forward step). */
export async function dispatchInstruction(
  ctx: Pick<AppContext, 'temporal' | 'config'>,
  instruction: ConversationInstruction,
  workflowId: string,
): Promise<void> {
  if (instruction.action === 'status_changed') {
    const ref: ConversationRef = {
      workflowId,
      channel: 'chatwoot',
      accountId: instruction.accountId,
      chatwootConversationId: instruction.conversationId,
    };
    await dispatchStatusChange(ctx, ref, { status: instruction.status, changedBy: 'human' });
    return;
  }
  const ref: ConversationRef = {
    workflowId,
    channel: channelOf(instruction.channel),
    accountId: instruction.accountId,
    chatwootConversationId: instruction.conversationId,
  };
  const attachments = instruction.attachments.map((attachment) => ({
    id: String(attachment.id),
    fileType: attachment.fileType,
    url: attachment.url,
  }));
  if (instruction.action === 'customer_message') {
    const customer = {
      email: instruction.contact.email,
      name: instruction.contact.name,
      chatwootContactId: instruction.contact.id,
    };
    await dispatchCustomerMessage(ctx, ref, {
      messageId: `cw-${instruction.messageId}`,
      chatwootMessageId: instruction.messageId,
      content: instruction.content,
      attachments,
      sentAt: instruction.createdAt,
      customer,
    });
    return;
  }
  await dispatchHumanMessage(
    ctx,
    ref,
    { email: null, name: null, chatwootContactId: null },
    {
      messageId: `cw-${instruction.messageId}`,
      chatwootMessageId: instruction.messageId,
      content: instruction.content,
      private: instruction.private,
      agentName: instruction.agent.name,
      sentAt: instruction.createdAt,
    },
  );
}
