/**
 * The tool plan of each category: a typed map from category to the calls it needs given what is
 * known so far. The engine calls it on every step and makes only the calls not made yet.
 */
import type { AgentContext } from '../agent-context';
import type { ToolRequest } from '../decisions/tool-request';
import { planAddress, planBilling, planOrderHistory, planRefund, planTracking } from './account-plans';
import { secondaryCalls } from '../secondary-intents';
import { planCancel, planDamage, planFrequency, planPause, planProduct, planSkip } from './service-plans';

type Planner = (ctx: AgentContext) => ToolRequest[];

const none: Planner = () => [];

/** Planners by taxonomy category; categories without one answer from knowledge and context. */
const PLANNERS: Readonly<Record<string, Planner>> = {
  shipping_tracking: planTracking,
  address_change: planAddress,
  order_history: planOrderHistory,
  billing_payment: planBilling,
  refund_request: planRefund,
  subscription_pause: planPause,
  subscription_skip: planSkip,
  subscription_frequency: planFrequency,
  subscription_cancel: planCancel,
  damaged_item: planDamage,
  product_question: planProduct,
  gratitude: none,
  human_request: none,
  other: none,
};

/**
 * The calls the category needs now, then those of a second request in the message; never any for
 * a sender who is not a verified customer.
 */
export function plannedCalls(ctx: AgentContext): ToolRequest[] {
  if (!ctx.customer) return [];
  return [...(PLANNERS[ctx.task.category] ?? none)(ctx), ...secondaryCalls(ctx)];
}
