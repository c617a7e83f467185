/**
 * Behaviour tests for the deterministic golden-set judge (scripts/eval/judge.ts): anchors of
 * must-mention phrases in the six languages' written forms, concept checks for phrases without
 * anchors, and every must-not detector family with a reply that shows the behaviour and one that
 * does not. The replies are written for these tests; fixtures/golden-dev.jsonl is read only by the
 * coverage tests at the end.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { judgeReply, type JudgeInput } from '../scripts/eval/judge';
import { DETECTORS } from '../scripts/eval/judge/must-not/registry';
import { MUST_NOT_CASES } from './support/must-not-cases';

function mention(reply: string, phrase: string, language = 'en'): { hit: boolean; missing: string[] } {
  const [result] = judgeReply({
    reply,
    language,
    mustMention: [phrase],
    mustNot: [],
    toolCalls: [],
    outcome: 'send',
  }).mentions;
  return result!;
}

function judgeMustNot(
  reply: string,
  phrase: string,
  extra: Partial<JudgeInput> = {},
): ReturnType<typeof judgeReply> {
  return judgeReply({
    reply,
    language: 'en',
    mustMention: [],
    mustNot: [phrase],
    toolCalls: [],
    outcome: 'send',
    ...extra,
  });
}

test('identifiers must appear; spacing inside a long one is tolerated, a short code must stand alone', () => {
  assert.equal(mention('Your tracking number is CP353362945IL.', 'CP353362945IL').hit, true);
  assert.equal(mention('Tracking: CP 353 362 945 IL.', 'CP353362945IL').hit, true);
  assert.deepEqual(mention('Tracking: CP353362946IL.', 'CP353362945IL').missing, ['CP353362945IL']);
  assert.equal(
    mention(
      "The code 'M5R 1J' is incomplete: Canadian codes look like A1A 1A1.",
      "the postal code 'M5R 1J' is incomplete: Canadian postal codes look like A1A 1A1",
    ).hit,
    true,
  );
  assert.equal(
    mention(
      'The code M5R1JX is incomplete; Canadian codes look like A1A 1A1.',
      "the postal code 'M5R 1J' is incomplete: Canadian postal codes look like A1A 1A1",
    ).hit,
    false,
  );
  assert.equal(mention('Claim for ord_64641 is open.', 'claim for ord_64641').hit, true);
  assert.equal(mention('Claim for ord_64642 is open.', 'claim for ord_64641').hit, false);
});

test('money matches the amount with the currency on either side, in any language', () => {
  const phrase = 'replacement bottle in the next box or an $18 refund';
  assert.equal(mention('Or we refund $18.', phrase).hit, true);
  assert.equal(mention('Или возврат 18 $.', phrase, 'ru').hit, true);
  assert.equal(mention('O un reembolso de 18 USD.', phrase, 'es').hit, true);
  assert.equal(mention('או החזר של 18 דולר.', phrase, 'he').hit, true);
  assert.deepEqual(mention('Or we refund $81.', phrase).missing, ['$18']);
  assert.equal(mention('Or we refund 18 boxes.', phrase).hit, false);
});

test('a reply missing one of two dates fails the phrase; the same dates in Russian pass', () => {
  const phrase = 'the October box was charged on 1 October and shipped on 6 October';
  assert.deepEqual(
    mention('The October box was charged on 1 October and shipped soon after.', phrase).missing,
    ['6 October'],
  );
  assert.equal(
    mention('Октябрьскую коробку списали 1 октября и отправили 6 октября.', phrase, 'ru').hit,
    true,
  );
});

test('dates are read in the written forms of all six languages and numerically', () => {
  const phrase = 'estimated delivery 10 December';
  const forms: [string, string][] = [
    ['en', 'Expected on December 10th.'],
    ['en', 'Expected on 10 Dec.'],
    ['ru', 'Ориентировочная доставка — 10 декабря.'],
    ['es', 'La entrega estimada es el 10 de diciembre.'],
    ['de', 'Voraussichtliche Zustellung am 10. Dezember.'],
    ['fr', 'Livraison prévue le 10 décembre.'],
    ['he', 'המשלוח צפוי ב-10 בדצמבר.'],
    ['de', 'Zustellung voraussichtlich am 10.12.'],
    ['en', 'Expected on 2026-12-10.'],
    ['es', 'Llegada estimada: 10/12/2026.'],
  ];
  for (const [language, reply] of forms)
    assert.equal(mention(reply, phrase, language).hit, true, `${language}: ${reply}`);
  assert.equal(mention('Expected on 11 December.', phrase).hit, false);
  assert.equal(mention('Zustellung am 12.10.', phrase, 'de').hit, false);
});

test('a date with a year needs the year; lists and ranges of days count for each day', () => {
  assert.equal(mention('Resumes on 1 January 2027.', 'resumes on 1 January 2027').hit, true);
  assert.equal(mention('Возобновится 1 января 2027 г.', 'resumes on 1 January 2027', 'ru').hit, true);
  assert.equal(mention('Resumes on 01.01.2027.', 'resumes on 1 January 2027', 'de').hit, true);
  assert.deepEqual(mention('Resumes on 1 January.', 'resumes on 1 January 2027').missing, ['1 January 2027']);
  assert.equal(mention('Dispatched 2-6 December.', 'dispatched between 2 and 6 December').hit, true);
  assert.equal(mention('Отправка с 2 по 6 декабря.', 'dispatched between 2 and 6 December', 'ru').hit, true);
  assert.equal(mention('Dispatched from 2 December.', 'dispatched between 2 and 6 December').hit, false);
  const attempts =
    'the card ending 4417 expired (10/2026), so all 4 attempts (1, 4, 8 and 15 November) failed';
  assert.equal(
    mention('Card 4417 expired in 10/2026, so all 4 attempts (1, 4, 8 and 15 November) failed.', attempts)
      .hit,
    true,
  );
  assert.deepEqual(
    mention('Card 4417 expired in 10/2026, so all 4 attempts (1, 4 and 15 November) failed.', attempts)
      .missing,
    ['8 November'],
  );
});

test('month and year: any language, numeric forms, and the year must match', () => {
  const phrase = 'the new address applies from the January 2027 box';
  assert.equal(mention('The new address applies from the January 2027 box.', phrase).hit, true);
  assert.equal(mention('Новый адрес действует с коробки января 2027 года.', phrase, 'ru').hit, true);
  assert.equal(
    mention('La nueva dirección se aplica desde la caja de enero de 2027.', phrase, 'es').hit,
    true,
  );
  assert.equal(mention('הכתובת החדשה תחול מהקופסה של ינואר 2027.', phrase, 'he').hit, true);
  assert.equal(mention('From the box of 01/2027.', phrase).hit, true);
  assert.equal(mention('From the January 2026 box.', phrase).hit, false);
  assert.equal(mention('Card expires 06/2028.', 'Amex ending 1009, expiring 06/2028').hit, false);
  assert.equal(
    mention('The Amex ending 1009 expires 06/2028.', 'Amex ending 1009, expiring 06/2028').hit,
    true,
  );
});

test("a month alone matches any language's name for it, including adjectives and compounds", () => {
  const phrase = 'the December box still ships';
  assert.equal(mention('Декабрьская коробка всё равно будет отправлена.', phrase, 'ru').hit, true);
  assert.equal(mention('Die Dezember-Box wird trotzdem verschickt.', phrase, 'de').hit, true);
  assert.equal(mention('Die Dezemberbox wird trotzdem verschickt.', phrase, 'de').hit, true);
  assert.equal(mention('קופסת דצמבר תישלח כרגיל.', phrase, 'he').hit, true);
  assert.equal(mention('The next box still ships.', phrase).hit, false);
  assert.equal(mention('Import taxes may be charged.', 'boxes arrive since May').hit, false);
  assert.equal(mention('Boxes arrive since May.', 'boxes arrive since May').hit, true);
});

test('numbers carry their unit, ranges may be written with words between, and frequencies by name', () => {
  const range = 'Israel Post to Mexico takes 12-25 business days';
  assert.equal(mention('Почта Израиля доставляет в Мексику за 12–25 рабочих дней.', range, 'ru').hit, true);
  assert.equal(mention('Correos de Israel tarda de 12 a 25 días hábiles a México.', range, 'es').hit, true);
  assert.equal(
    mention('La Poste israélienne met entre 12 et 25 jours ouvrés vers le Mexique.', range, 'fr').hit,
    true,
  );
  assert.deepEqual(mention('Israel Post to Mexico takes 12-20 business days.', range).missing, ['12-25']);
  assert.equal(mention('Israel Post to Mexico takes 12-25 weeks.', range).hit, false);
  assert.equal(mention('Die Frist beträgt 14 Tage.', 'report within 14 days', 'de').hit, true);
  assert.equal(mention('The window is 14 months.', 'report within 14 days').hit, false);
  assert.equal(
    mention('Ответим в течение одного рабочего дня.', 'a teammate replies within 1 business day', 'ru').hit,
    true,
  );
  assert.equal(
    mention('Premium quarterly is $67 per box.', 'Premium every 3 months is $67 per box').hit,
    true,
  );
  assert.equal(
    mention('Premium every 2 months is $67 per box.', 'Premium every 3 months is $67 per box').hit,
    false,
  );
});

test('proper names match their translations; unknown names must appear as written', () => {
  assert.equal(
    mention(
      'Пошлины предоплачены (DDP) для Германии.',
      'nothing to pay: duties are prepaid (DDP) for Germany',
      'ru',
    ).hit,
    true,
  );
  assert.deepEqual(
    mention(
      'Пошлины предоплачены для Германии.',
      'nothing to pay: duties are prepaid (DDP) for Germany',
      'ru',
    ).missing,
    ['DDP'],
  );
  assert.equal(
    mention(
      'На таможне во Франкфурте с 17 ноября.',
      'held for customs inspection in Frankfurt since 17 November',
      'ru',
    ).hit,
    true,
  );
  assert.equal(mention('Получено: Волков, 6 ноября.', 'signed for by VOLKOV', 'ru').hit, true);
  assert.equal(mention('Получено: Петров.', 'signed for by VOLKOV', 'ru').hit, false);
  assert.equal(
    mention('Ships to 218 Lilac Street in December.', 'the December box still goes to 218 Lilac Street').hit,
    true,
  );
  assert.equal(
    mention('Ships to 218 Maple Street in December.', 'the December box still goes to 218 Lilac Street').hit,
    false,
  );
  assert.equal(
    mention('Обновите карту в аккаунте: Способ оплаты.', 'update the card at Account -> Payment method', 'ru')
      .hit,
    true,
  );
  assert.equal(
    mention(
      'Wine ships to the US only as Gefen Zero.',
      'boxes to the US automatically get Gefen Zero alcohol-free wines',
    ).hit,
    true,
  );
  assert.equal(
    mention(
      'Let us know what works for us and Gefen Zero.',
      'boxes to the US automatically get Gefen Zero alcohol-free wines',
    ).hit,
    false,
  );
});

test('weekdays and times are read in other languages', () => {
  const phrase = 'Sunday-Thursday 08:00-18:00 and Friday 08:00-12:00';
  assert.equal(
    mention('De domingo a jueves de 8:00 a 18:00 y el viernes de 8:00 a 12:00.', phrase, 'es').hit,
    true,
  );
  assert.equal(mention('Sunday to Thursday 8 am to 6 pm and Friday 8 am to 12:00.', phrase).hit, true);
  assert.equal(mention('Sunday to Thursday 08:00-18:00.', phrase).hit, false);
});

test('a phrase without anchors needs two thirds of its concepts, and a denial when it denies', () => {
  for (const [language, reply] of [
    ['en', 'Thank you so much!'],
    ['ru', 'Спасибо большое!'],
    ['es', '¡Muchas gracias!'],
    ['de', 'Vielen Dank!'],
    ['fr', 'Merci beaucoup !'],
    ['he', 'תודה רבה!'],
  ] as const) {
    assert.equal(mention(reply, 'thanks the customer', language).hit, true, reply);
  }
  assert.deepEqual(mention('Hello there.', 'thanks the customer').missing, ['concept:thank']);
  const ask = 'ask for the email address used for the subscription';
  assert.equal(mention('Could you tell me the email address on your subscription?', ask).hit, true);
  assert.equal(
    mention('Пожалуйста, напишите адрес электронной почты, на который оформлена подписка.', ask, 'ru').hit,
    true,
  );
  assert.equal(mention('Please tell me more.', ask).hit, false);
  const denial = 'no refund for change of mind once a box has shipped';
  assert.equal(mention("Once a box has shipped we can't refund a change of mind.", denial).hit, true);
  assert.deepEqual(mention('We refund a change of mind once a box has shipped.', denial).missing, [
    'concept:negation',
  ]);
});

test('every must-not detector family finds its behaviour and leaves a clean reply alone', () => {
  const wrong: string[] = [];
  for (const c of MUST_NOT_CASES) {
    const result = judgeMustNot(c.reply, c.phrase, {
      language: c.language ?? 'en',
      toolCalls: c.toolCalls ?? [],
      outcome: c.outcome ?? 'send',
      message: c.message,
    });
    const found = result.violations.some((v) => v.families.includes(c.family));
    if (found !== c.violated || result.unjudged.length > 0) {
      wrong.push(`${c.family} ${c.violated ? 'missed' : 'wrongly found'} on "${c.reply}" (${c.phrase})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('each family is exercised both ways by the cases', () => {
  for (const { family } of DETECTORS) {
    const outcomes = new Set(MUST_NOT_CASES.filter((c) => c.family === family).map((c) => c.violated));
    assert.deepEqual([...outcomes].sort(), [false, true], family);
  }
});

test('evidence quotes the reply as the customer would read it', () => {
  const reply = 'שלום רב! הקופסה תגיע לפני חנוכה, מובטח לכם. Déjà vu.';
  const [violation] = judgeMustNot(reply, 'promise delivery before Hanukkah', { language: 'he' }).violations;
  // Final letters (ם) and accents stay as written, though matching folds them.
  assert.equal(violation?.evidence, 'הקופסה תגיע לפני חנוכה, מובטח לכם');
  const [french] = judgeMustNot(
    "Déjà fait : j'ai  résilié votre abonnement.",
    'claim the subscription has been cancelled',
    {
      language: 'fr',
    },
  ).violations;
  assert.equal(french?.evidence, "Déjà fait : j'ai résilié votre abonnement");
});

test('a must-not phrase no family recognises is reported as unjudged, not passed', () => {
  const result = judgeMustNot('Anything at all.', 'juggle three flaming torches');
  assert.deepEqual(result.violations, []);
  assert.deepEqual(result.unjudged, ['juggle three flaming torches']);
});

interface GoldenLine {
  id: string;
  language: string;
  message: string;
  customer_email: string;
  must_mention: string[];
  must_not: string[];
}
const golden = (): GoldenLine[] =>
  readFileSync(fileURLToPath(new URL('../fixtures/golden-dev.jsonl', import.meta.url)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldenLine);

test('every golden must-mention phrase gives the judge anchors or concepts to check', () => {
  for (const item of golden()) {
    const { mentions } = judgeReply({
      reply: '',
      language: item.language,
      mustMention: item.must_mention,
      mustNot: [],
      toolCalls: [],
      outcome: 'send',
    });
    for (const m of mentions) assert.notEqual(m.basis, 'none', `${item.id}: ${m.phrase}`);
  }
});

test("a reply stating an item's own facts meets its must-mention and breaks none of its must-not", () => {
  const unjudged = new Set<string>();
  for (const item of golden()) {
    const reply = item.must_mention.map((p) => `${p[0]!.toUpperCase()}${p.slice(1)}.`).join(' ');
    const result = judgeReply({
      reply,
      language: 'en',
      mustMention: item.must_mention,
      mustNot: item.must_not,
      toolCalls: [],
      outcome: 'send',
      message: item.message,
      customerEmail: item.customer_email,
    });
    for (const m of result.mentions)
      assert.ok(m.hit, `${item.id}: ${m.phrase} misses ${m.missing.join(', ')}`);
    assert.deepEqual(result.violations, [], item.id);
    result.unjudged.forEach((phrase) => unjudged.add(phrase));
  }
  // The one behaviour the judge cannot see without the box catalogue: which tier an item belongs to.
  assert.deepEqual([...unjudged], ['list Deluxe items as if they were in her Premium box']);
});
