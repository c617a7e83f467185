/**
 * Written by scripts/calibrate-router.ts from fixtures/golden-dev.jsonl (126 messages); do not edit.
 * Raw evidence margin → share of messages routed to the right category.
 */
import type { CalibrationTable } from './calibration';

export const FITTED_CALIBRATION: CalibrationTable = [
  { raw: 0.2, calibrated: 0.5 },
  { raw: 0.49, calibrated: 0.913 },
  { raw: 0.58, calibrated: 0.957 },
  { raw: 0.67, calibrated: 0.957 },
  { raw: 0.71, calibrated: 0.957 },
  { raw: 0.76, calibrated: 0.957 },
  { raw: 0.82, calibrated: 0.957 },
];
