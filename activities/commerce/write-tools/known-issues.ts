/** A known product issue with its own claim rules (KB "Damage claims", "Known issue" sections). */
export interface KnownIssue {
  id: string;
  title: string;
  /** The box month and product the issue affects. */
  boxMonth: string;
  productId: string;
  /** Claims for this issue are accepted until this day, whatever the delivery date. */
  acceptedUntil: string;
  remedy: string;
}

/** The known issues the damage-claim policy honours. */
export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    id: 'galilee-evoo-2026-11',
    title: 'Galilee Extra Virgin Olive Oil, November 2026 box (lot ZG-2610-B, loose pour-spout caps)',
    boxMonth: '2026-11',
    productId: 'prod_109',
    acceptedUntil: '2026-12-15',
    remedy:
      'the bottle is replaced in the next box (or refunded $18), together with any other item the oil spoiled',
  },
];

/** The known issue a claim falls under on `today`, if any. */
export function knownIssueFor(input: {
  boxMonth: string;
  items: readonly string[];
  today: string;
}): KnownIssue | null {
  return (
    KNOWN_ISSUES.find(
      (issue) =>
        issue.boxMonth === input.boxMonth &&
        input.items.includes(issue.productId) &&
        input.today <= issue.acceptedUntil,
    ) ?? null
  );
}
