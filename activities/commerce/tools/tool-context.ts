import type { CommerceAdapter } from '../commerce-adapter';
import type { Order } from '../types';

/** What every read tool runs with: the adapter and the verified customer of the conversation. */
export interface ReadToolContext {
  commerce: CommerceAdapter;
  /** The conversation's verified customer; tools only ever return this customer's data. */
  customerId: string;
  /** `YYYY-MM-DD` in the company's calendar (the fixtures pin it to 2026-11-23). */
  today: string;
}

/** A tool's answer when the record does not exist on the customer's account. */
export interface NotFoundResult {
  ok: false;
  error: 'not_found';
  message: string;
}

/**
 * The same answer whether the record does not exist or belongs to someone else, so a tool can
 * never be used to probe other customers' order ids.
 */
export function notFound(message: string): NotFoundResult {
  return { ok: false, error: 'not_found', message };
}

/** The order if it exists and belongs to the context's customer, else null. */
export async function loadOwnOrder(ctx: ReadToolContext, orderId: string): Promise<Order | null> {
  const order = await ctx.commerce.getOrder(orderId.trim());
  return order && order.customerId === ctx.customerId ? order : null;
}

/** The message for an order id that is not on this account. */
export const orderNotOnAccount = (orderId: string): NotFoundResult =>
  notFound(
    `There is no order ${orderId} on this customer's account. Ask the customer to check the order number.`,
  );
