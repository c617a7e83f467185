import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The golden dev set as the router scripts read it (`router-report.ts`, `calibrate-router.ts`):
 * split deterministically, odd ids the dev half (looked at while tuning) and even ids the held-out
 * half (only evaluated), classified as of the day the demo data is written against.
 */
export const GOLDEN = fileURLToPath(new URL('../fixtures/golden-dev.jsonl', import.meta.url));
export const GOLDEN_TODAY = new Date('2026-11-23T12:00:00Z');

/** Every line of the golden file, parsed. */
export function loadGolden<Row extends { id: string }>(): Row[] {
  return readFileSync(GOLDEN, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

/** The number in a golden id (`dev-017` → 17). */
export const goldenNumber = (id: string): number => Number(id.replace(/\D/g, ''));

/** Whether a golden id is in the dev half. */
export const isDevHalf = (id: string): boolean => goldenNumber(id) % 2 === 1;
