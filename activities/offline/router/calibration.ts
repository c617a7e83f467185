/**
 * Router confidence calibration. The router's raw confidence is an evidence margin (how strong the
 * top intent is and how far ahead of the runner-up); calibration maps it to the share of messages
 * with that margin the router routes right, measured on the golden set by
 * `scripts/calibrate-router.ts`, which writes `calibration-table.ts`. Between knots the map is
 * linear; outside them it holds the end value.
 */
import { FITTED_CALIBRATION } from './calibration-table';

/** Knots (raw margin → probability of the right category), raw ascending, probability non-decreasing. */
export type CalibrationTable = readonly { raw: number; calibrated: number }[];

/** The calibrated confidence of a raw margin; an empty table leaves it raw. */
export function calibrate(raw: number, table: CalibrationTable = FITTED_CALIBRATION): number {
  const first = table[0];
  const last = table.at(-1);
  if (!first || !last) return raw;
  if (raw <= first.raw) return first.calibrated;
  if (raw >= last.raw) return last.calibrated;
  const upper = table.findIndex((knot) => knot.raw >= raw);
  const lo = table[upper - 1]!;
  const hi = table[upper]!;
  const t = (raw - lo.raw) / (hi.raw - lo.raw);
  return Math.round((lo.calibrated + t * (hi.calibrated - lo.calibrated)) * 100) / 100;
}

/** A labelled observation: the raw margin and whether the category was right. */
export interface CalibrationSample {
  raw: number;
  right: boolean;
}

/**
 * Fits a table: samples sorted by margin are cut into `bins` bins of equal size; each bin's
 * accuracy is smoothed toward 1/2 with one right and one wrong pseudo-observation (so a small
 * perfect bin never claims certainty), made non-decreasing by pooling adjacent violators, and
 * placed at the bin's median margin. A first knot at `floor` holds `floorCalibrated`: a message
 * with almost no margin is a coin flip, whatever the set says. Capped at `cap`.
 */
export function fitCalibration(
  samples: readonly CalibrationSample[],
  options: { bins?: number; floor?: number; floorCalibrated?: number; cap?: number } = {},
): { raw: number; calibrated: number }[] {
  const { bins = 6, floor = 0.2, floorCalibrated = 0.5, cap = 0.97 } = options;
  const sorted = [...samples].sort((a, b) => a.raw - b.raw);
  if (sorted.length === 0) return [];
  const size = Math.ceil(sorted.length / bins);
  const groups: { raw: number; right: number; n: number }[] = [];
  for (let start = 0; start < sorted.length; start += size) {
    const bin = sorted.slice(start, start + size);
    groups.push({
      raw: bin[Math.floor(bin.length / 2)]!.raw,
      right: bin.filter((s) => s.right).length + 1,
      n: bin.length + 2,
    });
  }
  // Pool adjacent violators: a bin less accurate than the one below it is merged with it.
  const pooled: { raw: number; right: number; n: number }[] = [];
  for (const group of groups) {
    pooled.push({ ...group });
    while (pooled.length > 1) {
      const top = pooled.at(-1)!;
      const below = pooled.at(-2)!;
      if (below.right / below.n <= top.right / top.n) break;
      pooled.splice(-2, 2, {
        raw: (below.raw * below.n + top.raw * top.n) / (below.n + top.n),
        right: below.right + top.right,
        n: below.n + top.n,
      });
    }
  }
  const knots = pooled
    .filter((group) => group.raw > floor)
    .map((group) => ({
      raw: Math.round(group.raw * 1000) / 1000,
      calibrated: Math.min(cap, Math.round((group.right / group.n) * 1000) / 1000),
    }));
  return [
    { raw: floor, calibrated: Math.min(floorCalibrated, knots[0]?.calibrated ?? floorCalibrated) },
    ...knots,
  ];
}

/** Mean squared error of confidences against outcomes (lower is better). */
export function brierScore(points: readonly { confidence: number; right: boolean }[]): number {
  if (points.length === 0) return 0;
  return points.reduce((sum, p) => sum + (p.confidence - (p.right ? 1 : 0)) ** 2, 0) / points.length;
}
