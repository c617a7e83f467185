import type { Kysely } from 'kysely';
import type { Database, JsonObject } from '../../../schema/tables';
import { alertsSince, insertAlertOnce } from '../../repos/alerts-repo';
import { classifiedCorrectionsBetween, findCorrection } from '../../repos/corrections-repo';
import { issueSlug, patternOf, PATTERN_WINDOW_DAYS, sameIssue } from './correction-patterns';

/** The alert kind of a correction pattern. */
export const CORRECTION_PATTERN_ALERT = 'correction_pattern';
const DAY_MS = 86_400_000;

/**
 * Checks whether a classified correction completes a pattern: its category, class and (similar)
 * issue seen 3+ times in the 7 days up to it.
 * A pattern raises one alert per window: an alert for it raised in the window is reused, and a
 * concurrent check computes the same dedupe key (the window's first correction), so it cannot
 * raise a second. Returns the pattern's alerts not yet delivered.
 */
export async function raisePatternAlert(db: Kysely<Database>, correctionId: number): Promise<number[]> {
  const correction = await findCorrection(db, correctionId);
  if (!correction?.classification) return [];
  // The window ends at the correction, not at the clock: a re-run decides the same way.
  const asOf = correction.created_at;
  const since = new Date(asOf.getTime() - PATTERN_WINDOW_DAYS * DAY_MS);
  const target = {
    id: correction.id,
    category: correction.category,
    classification: correction.classification,
    specificIssue: correction.specific_issue,
    createdAt: asOf,
  };
  const recent = await classifiedCorrectionsBetween(db, {
    category: correction.category,
    classification: correction.classification,
    since,
    until: asOf,
  });
  const pattern = patternOf(target, recent);
  if (!pattern) return [];

  const keyPrefix = `${CORRECTION_PATTERN_ALERT}:${pattern.category ?? '-'}:${pattern.classification}:`;
  const raised = (await alertsSince(db, { kind: CORRECTION_PATTERN_ALERT, keyPrefix, since })).filter(
    (alert) =>
      sameIssue(
        typeof alert.details['specificIssue'] === 'string' ? alert.details['specificIssue'] : null,
        pattern.specificIssue,
      ),
  );
  if (raised.length > 0) return raised.filter((alert) => !alert.delivered).map((alert) => alert.id);

  const details: JsonObject = {
    classification: pattern.classification,
    specificIssue: pattern.specificIssue,
    count: pattern.members.length,
    windowDays: PATTERN_WINDOW_DAYS,
    windowStart: since.toISOString(),
    windowEnd: asOf.toISOString(),
    correctionIds: pattern.members.map((member) => member.id),
  };
  const { alert } = await insertAlertOnce(db, {
    kind: CORRECTION_PATTERN_ALERT,
    category: pattern.category,
    severity: pattern.classification === 'safety' ? 'critical' : 'warning',
    message:
      `Humans corrected the AI ${pattern.members.length} times in ${PATTERN_WINDOW_DAYS} days in ` +
      `${pattern.category ?? 'an unknown category'} for the same ${pattern.classification} issue: ` +
      `${pattern.specificIssue ?? 'unspecified'}.`,
    details,
    dedupeKey: `${keyPrefix}${issueSlug(pattern.specificIssue)}:${pattern.members[0]!.id}`,
  });
  return alert.delivered ? [] : [alert.id];
}
