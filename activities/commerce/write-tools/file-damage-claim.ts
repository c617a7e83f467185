import { createHash } from 'node:crypto';
import { uploadKeyPrefix, type WriteToolArgs } from '../../../workflows/write-tool-args';
import type { DamageClaim } from '../commerce-writer';
import { dayName, daysBetween } from './calendar';
import { changeText } from './change-text';
import { defineWriteTool, type Planned } from './define-write-tool';
import { knownIssueFor } from './known-issues';
import { refuse, type PolicyRefusal, type WriteToolContext } from './write-tool-context';

/** KB "Damage claims": report within 14 days of the delivery date; the team answers in 2 business days. */
export const CLAIM_WINDOW_DAYS = 14;
export const CLAIM_REVIEW_BUSINESS_DAYS = 2;

type Args = WriteToolArgs<'file_damage_claim'>;

/** What `file_damage_claim` did. */
export interface DamageClaimResult {
  claimNumber: string;
  orderId: string;
  items: string[];
  photos: number;
  knownIssue: string | null;
  reviewWithinBusinessDays: number;
  summary: string;
}

/** `CLM-XXXXX` from the action id: a retried execution files the same claim number. */
export function claimNumberFor(idempotencyKey: string): string {
  const value = createHash('sha256').update(idempotencyKey).digest().readUInt32BE(0) % 36 ** 5;
  return `CLM-${value.toString(36).toUpperCase().padStart(5, '0')}`;
}

async function plan(
  ctx: WriteToolContext,
  args: Args,
): Promise<Planned<Args, Omit<DamageClaim, 'claimNumber'>> | PolicyRefusal> {
  const orderId = args.order_id.trim();
  const order = await ctx.commerce.getOrder(orderId);
  // Someone else's order gets the same answer as a missing one: a claim cannot probe order ids.
  if (!order || order.customerId !== ctx.customerId) {
    return refuse('order_not_found', `There is no order ${orderId} on this customer's account.`);
  }
  const shipment = await ctx.commerce.getShipmentForOrder(order.id);
  const deliveredOn = shipment?.deliveredAt?.slice(0, 10) ?? null;
  if (!deliveredOn) {
    return refuse(
      'not_delivered',
      `Order ${order.id} has not been delivered (status: ${shipment?.status ?? order.status}); a late or lost parcel is handled under the lost-package policy, not as a damage claim.`,
    );
  }
  const items = args.items ?? [];
  const foreign = items.filter((item) => !order.items.includes(item));
  if (foreign.length) {
    return refuse('item_not_in_order', `Order ${order.id} does not contain ${foreign.join(', ')}.`);
  }
  const photoKeys = args.photo_keys ?? [];
  const photoIds = args.photo_ids ?? [];
  if (photoKeys.some((key) => !key.startsWith(uploadKeyPrefix(ctx.conversationId)))) {
    return refuse(
      'photo_not_found',
      'A photo key does not belong to this conversation; upload the photos again.',
    );
  }
  const knownIssue = knownIssueFor({ boxMonth: order.boxMonth, items, today: ctx.today });
  const age = daysBetween(deliveredOn, ctx.today);
  if (age > CLAIM_WINDOW_DAYS && !knownIssue) {
    return refuse(
      'claim_window_passed',
      `Order ${order.id} was delivered on ${dayName(deliveredOn)}, ${age} days ago; claims are covered within ${CLAIM_WINDOW_DAYS} days of delivery. The quality team can review it as a goodwill case, without a promise.`,
    );
  }
  // Photos may follow the proposal (the form uploads them); the claim itself needs at least one.
  if (ctx.stage === 'execution' && photoKeys.length + photoIds.length === 0) {
    return refuse('photos_required', 'A damage claim needs at least one photo of the damaged item.');
  }
  const detail = changeText(ctx.language).claim({
    knownIssue,
    reviewDays: CLAIM_REVIEW_BUSINESS_DAYS,
  });
  return {
    ok: true,
    args: { ...args, order_id: order.id },
    detail,
    change: {
      customerId: ctx.customerId,
      orderId: order.id,
      items,
      description: args.description,
      photoKeys,
      photoIds,
      filedOn: ctx.today,
      knownIssue: knownIssue?.id ?? null,
    },
  };
}

/** `file_damage_claim`: hands a damaged, leaking or missing item to the quality team. */
export const fileDamageClaimTool = defineWriteTool({
  name: 'file_damage_claim',
  plan,
  async commit(ctx, change: Omit<DamageClaim, 'claimNumber'>, key): Promise<DamageClaimResult> {
    const claim: DamageClaim = { ...change, claimNumber: claimNumberFor(key) };
    await ctx.commerce.fileDamageClaim(claim, key);
    return {
      claimNumber: claim.claimNumber,
      orderId: claim.orderId,
      items: claim.items,
      photos: claim.photoKeys.length + claim.photoIds.length,
      knownIssue: claim.knownIssue,
      reviewWithinBusinessDays: CLAIM_REVIEW_BUSINESS_DAYS,
      summary: `Damage claim ${claim.claimNumber} is filed for order ${claim.orderId}; the quality team reviews it within ${CLAIM_REVIEW_BUSINESS_DAYS} business days.`,
    };
  },
});
