/**
 * Damage claims (kb-010): the 14-day window from delivery, the photos a claim needs, the remedies,
 * and the known issue with November 2026 Galilee olive oil bottles.
 */
import { addDays } from './calendar';
import { itemValue } from './prices';

/** Days after delivery within which damage is covered automatically. */
export const DAMAGE_WINDOW_DAYS = 14;
/** Business days the quality team takes to review a claim. */
export const CLAIM_REVIEW_DAYS = 2;

/** A known product issue with its own claim rules. */
export interface KnownIssue {
  boxMonth: string;
  product: RegExp;
  lot: string;
  claimsUntil: string;
  refund: number;
}

/** Known issues (kb-010 "Known issue: November 2026 Galilee olive oil"). */
export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    boxMonth: '2026-11',
    product: /galilee extra virgin olive oil/i,
    lot: 'ZG-2610-B',
    claimsUntil: '2026-12-15',
    refund: 18,
  },
];

/** The known issue an item of a box month falls under, if any. */
export function knownIssueFor(boxMonth: string, itemNames: readonly string[]): KnownIssue | null {
  return (
    KNOWN_ISSUES.find(
      (issue) => issue.boxMonth === boxMonth && itemNames.some((name) => issue.product.test(name)),
    ) ?? null
  );
}

/** The last day a claim for a box delivered on `deliveredAt` is covered. */
export const claimWindowEnd = (deliveredAt: string): string =>
  addDays(deliveredAt.slice(0, 10), DAMAGE_WINDOW_DAYS);

/** Refund values of affected items (kb-009). */
export const refundValue = (itemNames: readonly string[]): number =>
  itemNames.reduce((sum, name) => sum + itemValue(name), 0);
