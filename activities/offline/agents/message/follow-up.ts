/**
 * A short answer to the previous reply may name no plan of its own: "OK, please switch me to that"
 * after "Deluxe every 3 months is $99 per box", or "Yes please" after a tier's price. The plan it
 * means is the one that reply was about. The router and the agent read the same referent, so the
 * answer reaches the retention specialist, which proposes the plan the customer took up instead of
 * asking again which one.
 */
import type { Frequency, Tier } from '../../../commerce/types';
import { foldPattern, normalizeText } from '../../router/normalize';
import { hasRequestMarker } from '../../router/request-marker';
import { detectCues } from './cues';
import { frequenciesNamed, type MessageFacts } from './message-facts';
import { tiersNamed } from './tier-names';
import { dollarAmounts } from '../i18n/format';

/** What a follow-up check needs of a message: its text, the plans it names, its cues. */
export type PlanMention = Pick<MessageFacts, 'text' | 'tiers' | 'frequencies' | 'cues'>;

/** The plan mention of a message read for nothing else (the router's case). */
export const planMentionIn = (text: string): PlanMention => ({
  text,
  tiers: tiersNamed(text),
  frequencies: frequenciesNamed(text),
  cues: detectCues(text),
});

/** The number of words in `text`. */
export const wordsIn = (text: string): number => text.trim().split(/\s+/u).length;

/** The plan a follow-up refers to, as the previous reply named it. */
export interface PlanReferent {
  tiers: Tier[];
  frequencies: Frequency[];
  /** The message only says yes ("Yes please"); a change request ("switch me to that") is not this. */
  acceptance: boolean;
}

// Written as the words are spelled; matched on normalised text (folded like it).
// Said alone, these accept: "Yes", "Да", "כן", "Sí, por favor".
const YES = foldPattern(
  /^(?:yes|yeah|yep|yup|sure|of course|ja|jawohl|klar|si|claro|oui|bien sur|да|конечно|כן|בטח|ברור)(?!\p{L})/u,
);
// These accept only with a request after them ("OK, please do"); "OK, thanks" is only thanks.
const AGREE = foldPattern(
  /^(?:ok|okay|alright|all right|great|perfect|sounds good|fine|gut|gerne|prima|vale|de acuerdo|perfecto|bueno|d'accord|parfait|tres bien|хорошо|ладно|отлично|ок|окей|בסדר|אוקיי|מעולה|סבבה|יופי)(?!\p{L})/u,
);
// "Do it", "go ahead", "let's do that" in the six languages.
const DO_IT = foldPattern(
  /(?<!\p{L})(?:do (?:it|that|this)|go ahead|let'?s do|i'?ll take it|mach(?:en sie)? das|machen wir|hazlo|haganlo|adelante|hagamoslo|allez-y|faites-le|on y va|давайте|сделайте|оформите|תעשו|קדימה|תעבירו)(?!\p{L})/u,
);
// A follow-up is a line or two; a longer message says what it wants itself.
const MAX_WORDS = 10;
// A reply naming every tier or every frequency (the price table) offered no one plan.
const MAX_PLANS_NAMED = 2;
// "Every 2 months or every 3 months?" asks the customer to choose: it offers no one plan.
const CHOICE_QUESTION = /(?<!\p{L})(?:or|oder|o|ou|или|או)(?!\p{L})[^?]*\?\s*$/u;

/** "Yes please", "OK, let's do it", "Да, давайте": the whole message agrees to what was offered. */
export function acceptsOffer(message: string): boolean {
  const normalized = normalizeText(message).trim();
  if (wordsIn(normalized) > MAX_WORDS) return false;
  const doIt = DO_IT.test(normalized);
  // "Yes, but what does shipping cost?" asks something else.
  if (normalized.includes('?') && !doIt) return false;
  return YES.test(normalized) || doIt || (AGREE.test(normalized) && hasRequestMarker(normalized));
}

/**
 * The plan `message` refers to when it names none and either asks for a change ("switch me to
 * that") or accepts an offer ("yes please") made in `previousReply`; null otherwise. An acceptance
 * needs an offer at a price; a reply naming more than two tiers or frequencies (the price table),
 * or asking the customer to choose ("every 2 months or every 3 months?"), offers no one plan.
 */
export function planReferredTo(
  message: PlanMention,
  previousReply: string | null | undefined,
): PlanReferent | null {
  if (!previousReply?.trim()) return null;
  if (message.tiers.length > 0 || message.frequencies.length > 0) return null;
  const asksChange = message.cues.has('planChange') && wordsIn(message.text) <= MAX_WORDS;
  const acceptance = !asksChange && acceptsOffer(message.text);
  if (!asksChange && !acceptance) return null;
  const offer = offerIn(previousReply);
  if (!offer) return null;
  const { tiers, frequencies, sentence } = offer;
  if (tiers.length > MAX_PLANS_NAMED || frequencies.length > MAX_PLANS_NAMED) return null;
  if (CHOICE_QUESTION.test(sentence.toLowerCase())) return null;
  if (acceptance && dollarAmounts(sentence).length === 0) return null;
  return { tiers, frequencies, acceptance };
}

/**
 * The reply's first sentence that names a plan, and the plans it names: a reply leads with what it
 * offers ("Deluxe monthly is $89 per box, $30 more than your Premium box."); what follows may
 * describe other tiers ("everything in Basic, plus …").
 */
function offerIn(reply: string): { sentence: string; tiers: Tier[]; frequencies: Frequency[] } | null {
  for (const sentence of reply.split(/(?<=[.!?…])\s+|\n+/u)) {
    const tiers = tiersNamed(sentence);
    const frequencies = frequenciesNamed(sentence);
    if (tiers.length + frequencies.length > 0) return { sentence, tiers, frequencies };
  }
  return null;
}

/**
 * The last reply in a prompt history (`Customer: …` / `Assistant: …` / `Support agent: …` blocks,
 * oldest first): what the customer's new message answers. Null when no reply came after the
 * customer's last message or there is none.
 */
export function lastReplyIn(history: string): string | null {
  const last = historyBlocks(history).at(-1);
  return last?.reply ? last.text : null;
}

/** Every reply (the AI's or a person's) in a prompt history, oldest first. */
export function repliesIn(history: string): string[] {
  return historyBlocks(history).flatMap((block) => (block.reply ? [block.text] : []));
}

/** A prompt history's messages: whether each is a reply, and its text. */
function historyBlocks(history: string): Array<{ reply: boolean; text: string }> {
  if (!history.trim()) return [];
  return history.split(/\n(?=(?:Customer|Assistant|Support agent|Note): )/u).map((block) => {
    const reply = /^(?:Assistant|Support agent): ([\s\S]*)$/u.exec(block);
    return { reply: Boolean(reply), text: (reply?.[1] ?? block).trim() };
  });
}
