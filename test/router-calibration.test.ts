import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brierScore, calibrate, fitCalibration } from '../activities/offline/router/calibration';
import { FITTED_CALIBRATION } from '../activities/offline/router/calibration-table';
import { classifyMessage } from '../activities/offline/router/index';
import { observations } from '../scripts/calibrate-router';

const TODAY = new Date('2026-11-23T12:00:00Z');

describe('router confidence calibration', () => {
  test('a fit smooths small perfect bins, pools bins that break the order, and starts at a coin flip', () => {
    const samples = [
      // Low margins: 2 of 4 right; middle: 1 of 4 right (an order violation); high: 4 of 4.
      ...[0.3, 0.32, 0.34, 0.36].map((raw, i) => ({ raw, right: i < 2 })),
      ...[0.5, 0.52, 0.54, 0.56].map((raw, i) => ({ raw, right: i < 1 })),
      ...[0.8, 0.82, 0.84, 0.86].map((raw) => ({ raw, right: true })),
    ];
    const table = fitCalibration(samples, { bins: 3 });
    // The first two bins pool: (2+1 + 1+1) / (6 + 6) right.
    const pooled = Math.round((5 / 12) * 1000) / 1000;
    assert.equal(table[1]!.calibrated, pooled);
    // The floor is a coin flip, or less when the set says so (the table never falls).
    assert.deepEqual(table[0], { raw: 0.2, calibrated: pooled });
    assert.equal(fitCalibration([{ raw: 0.6, right: true }])[0]!.calibrated, 0.5);
    // Four of four is 5/6 after smoothing, not certainty.
    assert.equal(table.at(-1)!.calibrated, Math.round((5 / 6) * 1000) / 1000);
    for (let i = 1; i < table.length; i++) {
      assert.ok(table[i]!.raw > table[i - 1]!.raw, 'margins ascend');
      assert.ok(table[i]!.calibrated >= table[i - 1]!.calibrated, 'probabilities never fall');
    }
  });

  test('calibrate interpolates between knots and holds the ends; an empty table leaves the margin raw', () => {
    const table = [
      { raw: 0.2, calibrated: 0.5 },
      { raw: 0.6, calibrated: 0.9 },
    ];
    assert.equal(calibrate(0.1, table), 0.5);
    assert.equal(calibrate(0.4, table), 0.7);
    assert.equal(calibrate(0.9, table), 0.9);
    assert.equal(calibrate(0.42, []), 0.42);
  });

  test('the shipped table is what the golden set fits, and it beats the raw margin on the held-out half', () => {
    const all = observations();
    assert.deepEqual(FITTED_CALIBRATION, fitCalibration(all), 'run scripts/calibrate-router.ts');
    const dev = all.filter((o) => o.id % 2 === 1);
    const heldOut = all.filter((o) => o.id % 2 === 0);
    const table = fitCalibration(dev);
    const raw = brierScore(heldOut.map((o) => ({ confidence: o.raw, right: o.right })));
    const fitted = brierScore(heldOut.map((o) => ({ confidence: calibrate(o.raw, table), right: o.right })));
    assert.ok(fitted < raw, `Brier ${fitted} < ${raw}`);
  });

  test('a clear request now clears the auto-send threshold; a message with no evidence stays low', () => {
    const clear = classifyMessage('Please skip January for me, we will be visiting family.', {
      today: TODAY,
    });
    assert.equal(clear.category, 'subscription_skip');
    assert.ok(clear.confidence >= 0.9, String(clear.confidence));
    const vague = classifyMessage('hmm ok', { today: TODAY });
    assert.ok(vague.confidence < 0.5, String(vague.confidence));
  });
});
