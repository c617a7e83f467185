import type { Kysely } from 'kysely';
import type { Alert, Database } from '../../../schema/tables';
import type { ChatwootClient } from '../../chatwoot/chatwoot-client';
import { deliverOutbound } from '../../chatwoot/deliver-message';
import { createOutboxRepository } from '../../repos/outbox-repo';
import { findAlert, markAlertDelivered } from '../../repos/alerts-repo';
import { AlertWebhookRejectedError, AlertWebhookUnavailableError } from './alert-errors';
import { alertNote, alertWebhookBody } from './render-alert';

/** Where alerts go: a webhook when set, else a Chatwoot conversation when set, else nowhere (stored only). */
export interface AlertChannels {
  webhookUrl?: string;
  chatwoot?: { accountId: number; conversationId: number };
}

export interface AlertDeliveryDeps {
  db: Kysely<Database>;
  chatwoot: ChatwootClient | undefined;
  channels: AlertChannels;
  fetch?: typeof fetch;
}

/** How an alert left, if it did. */
export type AlertDelivery =
  | { status: 'delivered'; channel: 'webhook' | 'chatwoot' }
  | { status: 'already_delivered' }
  | { status: 'stored'; reason: string };

const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * Sends one stored alert to the configured channel and marks it delivered. The webhook gets an
 * `Idempotency-Key` header (the alert id) so a retry after a lost response can be recognised; a
 * Chatwoot note goes through the outbox, which posts it at most once.
 */
export async function deliverAlert(deps: AlertDeliveryDeps, alertId: number): Promise<AlertDelivery> {
  const alert = await findAlert(deps.db, alertId);
  if (!alert) return { status: 'stored', reason: 'no such alert' };
  if (alert.delivered) return { status: 'already_delivered' };
  if (deps.channels.webhookUrl) {
    await postWebhook(deps, deps.channels.webhookUrl, alert);
    await markAlertDelivered(deps.db, alert.id, 'webhook');
    return { status: 'delivered', channel: 'webhook' };
  }
  const target = deps.channels.chatwoot;
  if (target) {
    const result = await deliverOutbound(
      { outbox: createOutboxRepository(deps.db), client: deps.chatwoot },
      {
        idempotencyKey: `alert:${alert.id}`,
        conversationId: `alerts-${target.accountId}-${target.conversationId}`,
        accountId: target.accountId,
        chatwootConversationId: target.conversationId,
        kind: 'private_note',
        payload: { content: alertNote(alert) },
      },
    );
    if (result.status === 'local')
      return { status: 'stored', reason: 'Chatwoot is not configured: kept in the outbox' };
    await markAlertDelivered(deps.db, alert.id, 'chatwoot');
    return { status: 'delivered', channel: 'chatwoot' };
  }
  return { status: 'stored', reason: 'no alert channel is configured' };
}

async function postWebhook(deps: AlertDeliveryDeps, url: string, alert: Alert): Promise<void> {
  const doFetch = deps.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `kesher-alert-${alert.id}` },
      body: JSON.stringify(alertWebhookBody(alert)),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
  } catch (error) {
    throw new AlertWebhookUnavailableError(
      null,
      `the alert webhook is unreachable: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  if (response.ok) return;
  const body = (await response.text().catch(() => '')).slice(0, 500);
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    throw new AlertWebhookUnavailableError(response.status, `the alert webhook answered ${response.status}`);
  }
  throw new AlertWebhookRejectedError(response.status, body);
}
