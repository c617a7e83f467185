/**
 * Fits the offline router's confidence calibration on fixtures/golden-dev.jsonl and writes
 * activities/offline/router/calibration-table.ts. It first fits on the dev half (odd ids) and
 * reports, on the held-out half, the Brier score and mean confidence before and after; then it fits
 * on the whole set for the shipped table. `npx tsx scripts/calibrate-router.ts [--check]`: with
 * --check it writes nothing and exits 1 when the shipped table differs from the fit.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  brierScore,
  calibrate,
  fitCalibration,
  type CalibrationSample,
} from '../activities/offline/router/calibration';
import { FITTED_CALIBRATION } from '../activities/offline/router/calibration-table';
import { classifyMessage } from '../activities/offline/router/index';
import { NO_EVIDENCE_CONFIDENCE } from '../activities/offline/router/resolve-category';
import { GOLDEN_TODAY, goldenNumber, loadGolden } from './golden-split';

const TABLE = fileURLToPath(new URL('../activities/offline/router/calibration-table.ts', import.meta.url));

interface Observation extends CalibrationSample {
  id: number;
}

/** The golden messages whose confidence calibration decides (no escalation, injection or no-evidence floor). */
export function observations(): Observation[] {
  const rows = loadGolden<{ id: string; message: string; category: string }>();
  return rows.flatMap((row) => {
    const output = classifyMessage(row.message, { today: GOLDEN_TODAY, calibration: [] });
    const fixed =
      output.escalationSignal ||
      output.extracted.promptInjection === true ||
      (output.category === 'other' && output.confidence === NO_EVIDENCE_CONFIDENCE);
    if (fixed) return [];
    return [
      {
        id: goldenNumber(row.id),
        raw: output.confidence,
        right: output.category === row.category,
      },
    ];
  });
}

/** The source of calibration-table.ts for a fitted table. */
export function tableSource(table: readonly { raw: number; calibrated: number }[], samples: number): string {
  const knots = table.map((k) => `  { raw: ${k.raw}, calibrated: ${k.calibrated} },`).join('\n');
  return `/**
 * Written by scripts/calibrate-router.ts from fixtures/golden-dev.jsonl (${samples} messages); do not edit.
 * Raw evidence margin → share of messages routed to the right category.
 */
import type { CalibrationTable } from './calibration';

export const FITTED_CALIBRATION: CalibrationTable = [
${knots}
];
`;
}

function main(): number {
  const all = observations();
  const dev = all.filter((o) => o.id % 2 === 1);
  const heldOut = all.filter((o) => o.id % 2 === 0);
  const devTable = fitCalibration(dev);
  const raw = heldOut.map((o) => ({ confidence: o.raw, right: o.right }));
  const calibrated = heldOut.map((o) => ({ confidence: calibrate(o.raw, devTable), right: o.right }));
  const mean = (points: { confidence: number }[]) =>
    points.reduce((sum, p) => sum + p.confidence, 0) / Math.max(1, points.length);
  const accuracy = heldOut.filter((o) => o.right).length / Math.max(1, heldOut.length);
  console.log(`fitted on the dev half (${dev.length}), measured on the held-out half (${heldOut.length}):`);
  console.log(`  accuracy            ${accuracy.toFixed(3)}`);
  console.log(
    `  mean confidence     raw ${mean(raw).toFixed(3)} -> calibrated ${mean(calibrated).toFixed(3)}`,
  );
  console.log(
    `  Brier score         raw ${brierScore(raw).toFixed(4)} -> calibrated ${brierScore(calibrated).toFixed(4)}`,
  );
  const table = fitCalibration(all);
  console.log(`shipped table, fitted on all ${all.length}:`);
  for (const knot of table) console.log(`  ${knot.raw.toFixed(3)} -> ${knot.calibrated.toFixed(3)}`);
  const source = tableSource(table, all.length);
  if (process.argv.includes('--check')) {
    const same = JSON.stringify(table) === JSON.stringify(FITTED_CALIBRATION);
    console.log(same ? 'the shipped table matches the fit' : 'the shipped table differs from the fit');
    return same ? 0 : 1;
  }
  writeFileSync(TABLE, source);
  console.log(`written ${TABLE}`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(main());
