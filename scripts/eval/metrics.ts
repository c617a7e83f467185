/**
 * Aggregates item reports into group figures (overall, per category, per language).
 */
import type { GroupMetrics, ItemReport } from './eval-report';

/** `hits / total` rounded to 4 places; null for an empty denominator. */
export function ratio(hits: number, total: number): number | null {
  return total === 0 ? null : Math.round((hits / total) * 10_000) / 10_000;
}

const count = <T>(items: readonly T[], test: (item: T) => boolean): number => items.filter(test).length;

/** The figures of a non-empty group of items. */
export function groupMetrics(items: readonly ItemReport[]): GroupMetrics {
  const mentions = items.flatMap((item) => item.mentions);
  const shouldEscalate = items.filter((item) => item.escalation_expected);
  return {
    items: items.length,
    category_accuracy:
      ratio(
        count(items, (i) => i.category_right),
        items.length,
      ) ?? 0,
    tool_accuracy:
      ratio(
        count(items, (i) => i.tool_right),
        items.length,
      ) ?? 0,
    must_mention_rate: ratio(
      count(mentions, (m) => m.hit),
      mentions.length,
    ),
    must_not_violations: items.reduce((sum, item) => sum + item.violations.length, 0),
    qa_pass_rate:
      ratio(
        count(items, (i) => i.qa_passed),
        items.length,
      ) ?? 0,
    escalation_rate:
      ratio(
        count(items, (i) => i.outcome === 'escalate'),
        items.length,
      ) ?? 0,
    escalation_accuracy: ratio(
      count(shouldEscalate, (i) => i.outcome === 'escalate'),
      shouldEscalate.length,
    ),
    unjudged_must_not: items.reduce((sum, item) => sum + item.unjudged_must_not.length, 0),
    errors: count(items, (i) => i.error !== null),
  };
}

/** Figures per value of `key`, keys sorted. */
export function metricsBy(
  items: readonly ItemReport[],
  key: (item: ItemReport) => string,
): Record<string, GroupMetrics> {
  const groups = new Map<string, ItemReport[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return Object.fromEntries([...groups.keys()].sort().map((name) => [name, groupMetrics(groups.get(name)!)]));
}
