/** The box contents card's wording: substitutions and known issues in the widget's language. */
import { KNOWN_ISSUES } from '../../../activities/commerce/write-tools/known-issues';
import type { Text } from '../i18n';
import type { BoxContentsResult } from './card-types';

type BoxLine = BoxContentsResult['items'][number];

/** Why a line was substituted, in the widget's language, from the tool's reason code and facts. */
function substitutionReason(line: BoxLine, text: Text): string {
  const words = text.cards.substitution;
  const country = line.country ? text.country(line.country) : null;
  switch (line.substitutionReason) {
    case 'alcohol_free':
      return country ? words.alcoholCountry(country) : words.alcoholPreference;
    case 'not_shipped_to_country':
      return country ? words.notShipped(country) : words.other;
    case 'allergen_exclusion':
      return words.allergens((line.allergens ?? []).join(', '));
    default:
      return words.other;
  }
}

/** The box's known product issue, named and remedied in the widget's language. */
export function knownIssueNotice(result: BoxContentsResult, text: Text): string | null {
  const issue = result.knownIssue && KNOWN_ISSUES.find((known) => known.id === result.knownIssue?.id);
  if (!issue) return null;
  const words = issue.text[text.language];
  return text.cards.knownIssue({
    title: words.title,
    until: text.day(issue.acceptedUntil),
    remedy: words.remedy,
  });
}

/**
 * One line of the box: the item, or for a substitution the item, what it replaced and why; a
 * replacement the warehouse picks at packing is named by what it replaces.
 */
export function boxLineText(line: BoxLine, text: Text): string {
  const words = text.cards;
  if (!line.substitutedFor) return line.name;
  const reason = substitutionReason(line, text);
  return line.productId
    ? `${line.name} (${words.insteadOf(line.substitutedFor.name)}: ${reason})`
    : `${words.replacementFor(line.substitutedFor.name)} (${reason})`;
}
