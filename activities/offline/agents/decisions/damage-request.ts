/**
 * A damage report: which order and items, whether it is inside the 14-day window (or a known
 * issue), whether photos came with it, and the claim form it leads to (kb-010).
 */
import type { BoxLine } from '../../../commerce/box-substitutions';
import type { ContextOrder } from '../../../context/build-context';
import { normalizeText } from '../../router/normalize';
import type { AgentContext } from '../agent-context';
import { formatEnglishMonth } from '../i18n/format';
import { mentionedItems } from '../message/item-mentions';
import { claimWindowEnd, knownIssueFor, type KnownIssue } from '../policy/damage-rules';
import { call, type ToolRequest } from './tool-request';

/** What happened to the items, for the claim's description. */
export type DamageKind =
  'leaked' | 'broken' | 'crushed' | 'cracked' | 'dented' | 'spoiled' | 'missing' | 'damaged';

const DAMAGE_WORDS: readonly (readonly [DamageKind, RegExp])[] = [
  ['missing', /missing|not in (?:there|the box)|fehlt|falta|manque|не хватает|не было|отсутств|חסר/u],
  ['leaked', /leak|ausgelaufen|undicht|derram|gotea|fuite|coule|протек|течет|נזל|דלף/u],
  ['cracked', /crack|gesprungen|riss|rajad|fissur|fel[eé]|трещин|треснул|סדק/u],
  ['crushed', /crush|squash|zerdruckt|gequetscht|aplastad|ecrase|раздавл|смят|מעוכ/u],
  ['dented', /dent|verbeult|abollad|cabosse|вмят|помят|מעוק/u],
  ['broken', /broke|smash|shatter|kaputt|zerbroch|roto|rota|casse|разбил|разбит|сломал|נשבר|שבור/u],
  ['spoiled', /spoil|verdorben|estropead|abime|испорч|התקלקל/u],
];

/** The damage report as decided. */
export interface DamageRequest {
  order: ContextOrder | null;
  deliveredAt: string | null;
  /** The items of the order (from the box card), and those the message names. */
  boxItems: BoxLine[];
  items: BoxLine[];
  kinds: DamageKind[];
  photos: string[];
  /** The customer says photos came with the message, but their ids did not reach the agent. */
  photosUnlisted: boolean;
  windowEnd: string | null;
  inWindow: boolean;
  knownIssue: KnownIssue | null;
  /** What stops a claim form now, if anything. */
  blocked: 'no_order' | 'not_delivered' | 'needs_photo' | 'needs_items' | 'late_report' | null;
}

/** The order the customer means: an id they gave, a box month they named, else the latest delivered. */
export function orderInQuestion(ctx: AgentContext): ContextOrder | null {
  const orders = ctx.customer?.recentOrders ?? [];
  const byId = orders.find((o) => ctx.facts.orderIds.includes(o.orderId));
  if (byId) return byId;
  const byMonth = orders.find((o) => ctx.facts.months.includes(o.boxMonth));
  if (byMonth) return byMonth;
  return orders.find((o) => o.shipment?.deliveredAt) ?? orders[0] ?? null;
}

/** Decides the damage report of the message. */
export function damageRequest(ctx: AgentContext): DamageRequest {
  const order = orderInQuestion(ctx);
  const normalized = normalizeText(ctx.task.message);
  const kinds = DAMAGE_WORDS.filter(([, pattern]) => pattern.test(normalized)).map(([kind]) => kind);
  const photos: string[] = ctx.attachments
    .filter((a) => !a.fileType || /image|photo|jpe?g|png|heic/i.test(a.fileType))
    .map((a) => a.id);
  const card = order ? ctx.results.boxes().find((box) => box.orderId === order.orderId) : undefined;
  const boxItems = card?.items ?? [];
  const items = mentionedItems(ctx.task.message, boxItems);
  const tracking = order ? ctx.results.trackingOf(order.orderId) : null;
  const deliveredAt = tracking?.shipment?.deliveredAt ?? order?.shipment?.deliveredAt ?? null;
  const windowEnd = deliveredAt ? claimWindowEnd(deliveredAt) : null;
  const knownIssue = order
    ? knownIssueFor(
        order.boxMonth,
        items.map((i) => i.name),
      )
    : null;
  const inWindow =
    (windowEnd !== null && ctx.today <= windowEnd) ||
    (knownIssue !== null && ctx.today <= knownIssue.claimsUntil);
  let blocked: DamageRequest['blocked'] = null;
  if (!order) blocked = 'no_order';
  else if (!deliveredAt) blocked = 'not_delivered';
  else if (!inWindow) blocked = 'late_report';
  // Photos the customer attached but whose ids were not passed on are added in the claim form.
  const photosUnlisted = photos.length === 0 && ctx.facts.cues.has('photoAttached');
  if (!blocked && photos.length === 0 && !photosUnlisted) blocked = 'needs_photo';
  if (!blocked && items.length === 0) blocked = 'needs_items';
  return {
    order,
    deliveredAt,
    boxItems,
    items,
    kinds: kinds.length ? kinds : ['damaged'],
    photos,
    photosUnlisted,
    windowEnd,
    inWindow,
    knownIssue,
    blocked,
  };
}

/** The claim's description for the quality team: the items and damage in English, then the customer's own words. */
export function claimDescription(request: DamageRequest, message: string): string {
  const names = request.items.map((item) => item.name.replace(/,\s*[\d.]+\s*(?:ml|g|cl|l)\b.*$/i, ''));
  const month = request.order ? formatEnglishMonth(request.order.boxMonth) : 'latest';
  const words = message.replace(/\s+/g, ' ').trim();
  const quoted = words.length > 300 ? `${words.slice(0, 297)}...` : words;
  return `${names.join(', ')}: ${request.kinds.join(', ')} in the ${month} box. Customer's words: "${quoted}"`;
}

/** The claim form to show, once the order and its items are known. */
export function damageProposal(request: DamageRequest, message: string): ToolRequest | null {
  if (request.blocked || !request.order) return null;
  return call('file_damage_claim', {
    order_id: request.order.orderId,
    items: request.items.flatMap((item) => (item.productId ? [item.productId] : [])),
    description: claimDescription(request, message),
    photo_ids: request.photos,
  });
}
