/**
 * Every must-not detector family, and the lookup from a golden phrase to the families that judge it.
 */
import { CHANGE_DETECTORS } from './change-detectors';
import type { Detector } from './detector';
import { DISCLOSURE_DETECTORS } from './disclosure-detectors';
import { PROMISE_DETECTORS } from './promise-detectors';
import { RETENTION_DETECTORS } from './retention-detectors';
import { SAFETY_DETECTORS } from './safety-detectors';
import { STATUS_DETECTORS } from './status-detectors';

/** All families, in reporting order. */
export const DETECTORS: readonly Detector[] = [
  ...CHANGE_DETECTORS,
  ...PROMISE_DETECTORS,
  ...STATUS_DETECTORS,
  ...DISCLOSURE_DETECTORS,
  ...SAFETY_DETECTORS,
  ...RETENTION_DETECTORS,
];

/** A family recognised for a phrase, with the phrase's match (its captured details). */
export interface AppliedDetector {
  detector: Detector;
  match: RegExpMatchArray;
}

/** The families that judge `phrase`; empty when no family recognises it (the phrase is unjudged). */
export function detectorsFor(phrase: string): AppliedDetector[] {
  const lower = phrase.toLowerCase();
  return DETECTORS.flatMap((detector) => {
    const match = lower.match(detector.applies);
    return match ? [{ detector, match }] : [];
  });
}
