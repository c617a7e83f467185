/**
 * What a skip, pause or frequency request amounts to for this customer: the months, length or
 * frequency the message asks for, decided against the subscription rules. Planners turn an allowed
 * request into a write proposal; composers explain the same decision.
 */
import type { Frequency, Tier } from '../../../commerce/types';
import type { AgentContext } from '../agent-context';
import { decideFrequency, decideTier, type FrequencyDecision, type TierDecision } from '../policy/plan-rules';
import { decidePause, type PauseDecision } from '../policy/pause-rules';
import { addMonths } from '../policy/calendar';
import { firstChangeableMonth, nextBoxMonth } from '../policy/schedule';
import { decideSkip, type SkipDecision } from '../policy/skip-rules';
import { call, type ToolRequest } from './tool-request';

/** The skip request: one decision per month asked for (the first allowed one is proposed). */
export interface SkipRequest {
  decisions: SkipDecision[];
  /** True when the customer named no month and "the next box" was taken. */
  impliedNextBox: boolean;
}

/** Does the message ask where a parcel is ("where is my box", a tracking number)? */
export const asksWhereParcel = (ctx: AgentContext): boolean =>
  ctx.facts.cues.has('whereIs') || ctx.facts.cues.has('tracking');

/** Reads and decides the months a customer wants to skip; null without a subscription or a month. */
export function skipRequest(ctx: AgentContext): SkipRequest | null {
  const sub = ctx.sub;
  if (!sub) return null;
  // "Where is my November box? Also skip January": a box already on its way is asked about, not skipped.
  let months = asksWhereParcel(ctx)
    ? ctx.facts.futureMonths.filter(
        (month) => !ctx.customer?.recentOrders.some((o) => o.boxMonth === month && o.shipment),
      )
    : ctx.facts.futureMonths;
  let impliedNextBox = false;
  if (months.length === 0 && ctx.facts.cues.has('nextBox')) {
    const next = nextBoxMonth(sub);
    months = next ? [next] : [];
    impliedNextBox = true;
  }
  if (months.length === 0) return null;
  const decisions = months.map((month) =>
    decideSkip(
      sub,
      month,
      ctx.today,
      months.filter((m) => m !== month),
    ),
  );
  return { decisions, impliedNextBox };
}

/**
 * The skips to propose: a form for the first month that can be skipped, and the other allowed
 * months queued behind it (each is proposed once the one before is confirmed).
 */
export function skipProposals(request: SkipRequest | null): ToolRequest[] {
  const allowed = request?.decisions.filter((d) => d.ok) ?? [];
  return allowed.map((d) => call('skip_month', { month: d.month }));
}

/**
 * Reads and decides a pause; null when no length was given (the agent asks). "Pause December and
 * January", asked before December's deadline, is a pause as long as the months named.
 */
export function pauseRequest(ctx: AgentContext): PauseDecision | null {
  if (!ctx.sub) return null;
  if (ctx.facts.durationMonths !== null) return decidePause(ctx.sub, ctx.facts.durationMonths, ctx.today);
  if (isPaused(ctx)) return null;
  const named = pauseMonthsNamed(ctx);
  return named && named[0] === firstChangeableMonth(ctx.today)
    ? decidePause(ctx.sub, named.length, ctx.today)
    : null;
}

/**
 * "Can I pause my box in January?" asked in November: a pause starts with the next box, so leaving
 * out only the months named (later than that) is a skip.
 */
export function pauseAsSkip(ctx: AgentContext): boolean {
  if (!ctx.sub || ctx.facts.durationMonths !== null || isPaused(ctx)) return false;
  const named = pauseMonthsNamed(ctx);
  return named !== null && named[0]! > firstChangeableMonth(ctx.today);
}

const isPaused = (ctx: AgentContext): boolean => (ctx.sub?.pausedUntil ?? '') > ctx.today;

/** The months a pause request names with no length, when they follow one another. */
function pauseMonthsNamed(ctx: AgentContext): string[] | null {
  const named = [...new Set(ctx.facts.futureMonths)].sort();
  if (named.length === 0) return null;
  return named.every((month, i) => i === 0 || month === addMonths(named[i - 1]!, 1)) ? named : null;
}

/** The pause form to show, if the pause is allowed. */
export function pauseProposal(decision: PauseDecision | null): ToolRequest | null {
  if (!decision?.ok) return null;
  // The form names the start month only when it is not the default (next month).
  return decision.explicitStart
    ? call('pause_subscription', { months: decision.months, start_month: decision.startMonth })
    : call('pause_subscription', { months: decision.months });
}

// "Could I go quarterly instead?" asks for the change; "how much would it be if I switched?" does not.
const ASKS_FOR_CHANGE =
  /\b(?:please|i(?:'d| would)? (?:like|want)|change|switch me|put me|move me|could i|can i|could you|can you|instead)\b|bitte|kann ich|k[öo]nnen sie|ich m[öo]chte|statt|por favor|puedo|podr[ií]a|quiero|en lugar|s'il vous pla[iî]t|puis-je|pourriez|je voudrais|au lieu|пожалуйста|можно|могу|хочу|вместо|בבקשה|אפשר|אני רוצה|במקום/iu;

/** "How much would it be if I switch to every three months?": a price question, not a request. */
export function asksPriceOnly(ctx: AgentContext): boolean {
  if (!ctx.facts.cues.has('priceQuestion')) return false;
  const withoutQuestion = ctx.task.message.replace(/how much[^?.!]*[?.!]?/giu, ' ');
  return !ASKS_FOR_CHANGE.test(withoutQuestion);
}

/** Reads and decides a frequency change; null when the message names no frequency. */
export function frequencyRequest(ctx: AgentContext): FrequencyDecision | null {
  if (!ctx.sub) return null;
  // "We can't keep up with a box every month. Can I switch to every other month?": the plan asked
  // for is the one mentioned that is not the current plan.
  const current = ctx.sub.frequency;
  const target: Frequency | null = ctx.facts.frequencies.find((f) => f !== current) ?? ctx.facts.frequency;
  if (!target) return null;
  return decideFrequency(ctx.sub, target);
}

/** The frequency form to show, if the change is allowed. */
export function frequencyProposal(decision: FrequencyDecision | null): ToolRequest | null {
  return decision?.ok ? call('change_frequency', { frequency: decision.to }) : null;
}

/**
 * The tier a message asks to move to ("upgrade to Deluxe", "from Premium to Basic"): the last tier
 * named that is not the current one; null when the message names no other tier.
 */
export function tierAskedFor(ctx: AgentContext): Tier | null {
  if (!ctx.sub) return null;
  const current = ctx.sub.tier;
  return ctx.facts.tiers.filter((tier) => tier !== current).at(-1) ?? null;
}

/** Reads and decides a tier change; null when no other tier is asked for. */
export function tierRequest(ctx: AgentContext): TierDecision | null {
  const to = tierAskedFor(ctx);
  if (!ctx.sub || !to) return null;
  const frequency = ctx.facts.frequencies.find((f) => f !== ctx.sub?.frequency) ?? null;
  // "Can I switch to Premium from January?": the first box of the month named or after it.
  return decideTier(ctx.sub, to, frequency, ctx.today, ctx.facts.futureMonths[0] ?? null);
}

/** The message asks for the move to another tier, not only what it would cost. */
export const asksForTierChange = (ctx: AgentContext): boolean =>
  ctx.facts.cues.has('planChange') && !asksPriceOnly(ctx);
