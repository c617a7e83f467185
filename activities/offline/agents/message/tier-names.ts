/**
 * The subscription tiers as customers name them in the six languages (kb-007: Basic, Premium,
 * Deluxe). Matched on normalised text: lower case, no accents, Hebrew final letters as regular ones.
 */
import type { Tier } from '../../../commerce/types';
import { foldPattern, normalizeText } from '../../router/normalize';

// Hebrew glues a preposition or the article to the name ("לפרימיום", "ה-Deluxe").
const names = (alternatives: string): RegExp =>
  foldPattern(new RegExp(`(?<!\\p{L})(?:[ובהלמ]{1,2}-?)?(?:${alternatives})(?!\\p{L})`, 'u'));

const TIER_NAMES: Readonly<Record<Tier, RegExp>> = {
  basic: names('basic|basica|basico|basique|базов\\p{L}*|бейсик\\p{L}*|בייסיק|בסיסי'),
  premium: names('premium|премиум\\p{L}*|פרימיום'),
  deluxe: names('de ?luxe|делюкс\\p{L}*|люкс\\p{L}*|דה ?לוקס|דלוקס'),
};

/** The tiers a message names, in the order it names them. */
export function tiersNamed(text: string): Tier[] {
  const normalized = normalizeText(text);
  const found: { tier: Tier; index: number }[] = [];
  for (const [tier, pattern] of Object.entries(TIER_NAMES) as [Tier, RegExp][]) {
    const index = normalized.search(pattern);
    if (index >= 0) found.push({ tier, index });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.tier);
}
