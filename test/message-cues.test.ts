import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectCues, type CueName } from '../activities/offline/agents/message/cues';
import { tiersNamed } from '../activities/offline/agents/message/tier-names';
import { foldPattern, normalizeText } from '../activities/offline/router/normalize';

test('cues written as words are spelled match the normalised text (й, ё, Hebrew final letters)', () => {
  // Normalisation turns "й" into "и" and "ף" into "פ"; each of these cues used to never match.
  const cases: [string, CueName][] = [
    ['Отмените подписку, без предложений.', 'firm'],
    ['Не уговаривайте меня, просто отмените.', 'firm'],
    ['Не пытайтесь меня удержать.', 'firm'],
    ['Сколько дней идёт посылка в Германию?', 'howLong'],
    ['У карты новый срок действия.', 'changeCard'],
    ['יש לי כרטיס עם תוקף חדש', 'changeCard'],
    ['Хочу перейти на Premium.', 'planChange'],
  ];
  for (const [message, cue] of cases) assert.ok(detectCues(message).has(cue), `${cue} in "${message}"`);
  assert.ok(!detectCues('Где моя посылка?').has('firm'));
});

test('foldPattern folds only letters, so regex syntax survives', () => {
  const folded = foldPattern(/(?<!\p{L})(?:новый|réclamation|תוקף)\s+\d+/u);
  assert.equal(folded.source, '(?<!\\p{L})(?:новыи|reclamation|תוקפ)\\s+\\d+');
  assert.equal(folded.flags, 'u');
  assert.ok(folded.test(normalizeText('Новый 12')));
});

test('tiers are read in the order written, in six languages and with Hebrew prefixes', () => {
  assert.deepEqual(tiersNamed("I'd like to go from Premium to Deluxe"), ['premium', 'deluxe']);
  assert.deepEqual(tiersNamed('Перейти с премиума на базовый'), ['premium', 'basic']);
  assert.deepEqual(tiersNamed('Хочу бейсик'), ['basic']);
  assert.deepEqual(tiersNamed('אני רוצה לעבור לפרימיום'), ['premium']);
  assert.deepEqual(tiersNamed('ל-Deluxe בבקשה'), ['deluxe']);
  assert.deepEqual(tiersNamed('Quiero la caja Básica'), ['basic']);
  assert.deepEqual(tiersNamed('La formule De Luxe, combien ?'), ['deluxe']);
  assert.deepEqual(tiersNamed('Where is my box?'), []);
});
