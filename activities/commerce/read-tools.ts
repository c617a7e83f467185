import { z } from 'zod';
import { boxContentsArgs, getBoxContents } from './tools/box-contents';
import { getOrderHistory, orderHistoryArgs } from './tools/order-history';
import { getPaymentHistory, paymentHistoryArgs } from './tools/payment-history';
import { getSubscription, subscriptionArgs } from './tools/subscription';
import type { ReadToolContext } from './tools/tool-context';
import { trackPackage, trackPackageArgs } from './tools/track-package';

export type { ReadToolContext, NotFoundResult } from './tools/tool-context';
export type { TrackingResult } from './tools/track-package';
export type { OrderHistoryResult, OrderHistoryEntry } from './tools/order-history';
export type { BoxContentsResult } from './tools/box-contents';
export type { PaymentHistoryResult, DuplicateCharge } from './tools/payment-history';
export type { SubscriptionResult } from './tools/subscription';

/** A read tool: what the model is told, how its arguments are checked, and what it does. */
export interface ReadTool<Args extends z.ZodObject, Result> {
  description: string;
  argsSchema: Args;
  run(ctx: ReadToolContext, args: z.infer<Args>): Promise<Result>;
}

/** Keeps each tool's argument and result types when it goes into the map. */
const defineTool = <Args extends z.ZodObject, Result>(tool: ReadTool<Args, Result>): ReadTool<Args, Result> =>
  tool;

/**
 * The read tools, by the name the model calls them with. Every tool is scoped to
 * `ctx.customerId`: an id belonging to someone else answers `not_found`, never the data.
 */
export const READ_TOOLS = {
  track_package: defineTool({
    description:
      "Tracking for one of the customer's orders: carrier, service, tracking number, status, progress, estimated delivery, last scan and all scans. Without order_id: the parcel in transit, else the latest order.",
    argsSchema: trackPackageArgs,
    run: trackPackage,
  }),
  get_order_history: defineTool({
    description:
      "The customer's recent orders, newest first: box month and theme, status, amount, items and shipment.",
    argsSchema: orderHistoryArgs,
    run: getOrderHistory,
  }),
  get_box_contents: defineTool({
    description:
      'What is in a box for this customer, with alcohol-free and allergen substitutions. With order_id: what was packed. Without: the next box if its contents are published, else the latest published box.',
    argsSchema: boxContentsArgs,
    run: getBoxContents,
  }),
  get_payment_history: defineTool({
    description:
      "The customer's recent payments, newest first: amounts, status, failures and reasons, retries, refunds, disputes, and any double charges.",
    argsSchema: paymentHistoryArgs,
    run: getPaymentHistory,
  }),
  get_subscription: defineTool({
    description:
      "The customer's subscription: status, tier, frequency, price, next charge, pauses, skipped months, address, card (brand and last 4 only) and preferences.",
    argsSchema: subscriptionArgs,
    run: getSubscription,
  }),
} as const;

/** The name of a read tool. */
export type ReadToolName = keyof typeof READ_TOOLS;

/** What a read tool returns. */
export type ReadToolResult<Name extends ReadToolName> = Awaited<ReturnType<(typeof READ_TOOLS)[Name]['run']>>;

/** The answer to arguments that do not fit the tool's schema (the model can correct itself). */
export interface InvalidArgsResult {
  ok: false;
  error: 'invalid_args';
  message: string;
}

/** Is this a read tool's name (e.g. from a model's tool call)? */
export function isReadToolName(name: string): name is ReadToolName {
  return Object.hasOwn(READ_TOOLS, name);
}

/** Validates raw arguments from a model and runs the tool. */
export async function runReadTool<Name extends ReadToolName>(
  name: Name,
  ctx: ReadToolContext,
  rawArgs: unknown,
): Promise<ReadToolResult<Name> | InvalidArgsResult> {
  const tool = READ_TOOLS[name] as unknown as ReadTool<z.ZodObject, ReadToolResult<Name>>;
  const parsed = tool.argsSchema.safeParse(rawArgs ?? {});
  if (!parsed.success) return { ok: false, error: 'invalid_args', message: z.prettifyError(parsed.error) };
  return tool.run(ctx, parsed.data);
}

/** A tool spec as LLM tool-calling APIs take it (JSON Schema parameters). */
export interface ReadToolSpec {
  name: ReadToolName;
  description: string;
  parameters: Record<string, unknown>;
}

/** JSON Schemas of the read tools, for the model's tool list. */
export function readToolSpecs(): ReadToolSpec[] {
  return (Object.keys(READ_TOOLS) as ReadToolName[]).map((name) => {
    const { $schema: _dialect, ...parameters } = z.toJSONSchema(READ_TOOLS[name].argsSchema, { io: 'input' });
    return { name, description: READ_TOOLS[name].description, parameters };
  });
}
