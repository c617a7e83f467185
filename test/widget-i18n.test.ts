import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { chooseLanguage, textFor, type WidgetLanguage } from '../widget/src/i18n';
import { EN } from '../widget/src/i18n/en';
import { addressProblemMessage, checkArgs, skippableMonths } from '../widget/src/forms/validation';
import { fromGoogleResponse } from '../api/address/google-address-validator';
import { validateLocally } from '../api/address/local-address-validator';
import { photoProblem } from '../widget/src/forms/photo-rules';
import { boxLineText, knownIssueNotice } from '../widget/src/cards/box-wording';
import type { BoxContentsResult } from '../activities/commerce/read-tools';
import { ACTION_PHRASES } from '../activities/offline/action-reply/action-phrases';

const LANGUAGES: WidgetLanguage[] = ['en', 'he', 'ru', 'es', 'de', 'fr'];
const TODAY = '2026-11-23';

describe('the widget’s language', () => {
  test('the conversation’s language first, then the browser’s, then English', () => {
    assert.equal(chooseLanguage('he', ['en-US']), 'he');
    assert.equal(chooseLanguage(null, ['de-DE', 'en']), 'de');
    assert.equal(chooseLanguage('pt', ['pt-BR', 'fr-CA']), 'fr');
    assert.equal(chooseLanguage(undefined, ['pt-BR']), 'en');
    assert.equal(chooseLanguage(null, ['iw']), 'he', 'the old code for Hebrew');
  });

  test('every language names every status, outcome and field the English does, and Hebrew reads right to left', () => {
    for (const language of LANGUAGES) {
      const text = textFor(language);
      for (const code of Object.keys(EN.codes)) assert.ok(text.codes[code], `${language} code ${code}`);
      for (const status of Object.keys(EN.form.outcome)) {
        assert.ok(text.form.outcome[status], `${language} outcome ${status}`);
      }
      for (const field of Object.keys(EN.form.fields)) {
        assert.ok((text.form.fields as Record<string, string>)[field], `${language} field ${field}`);
      }
      assert.equal(text.dir, language === 'he' ? 'rtl' : 'ltr');
    }
  });

  test('dates, months and amounts in the language’s own format', () => {
    assert.equal(textFor('en').money(39), '$39', 'cents only when there are any, as the replies write it');
    assert.equal(textFor('en').money(39.5), '$39.50');
    assert.equal(textFor('en').day('2026-12-01'), '1 Dec 2026');
    assert.match(textFor('de').money(39), /^39\s\$$/);
    assert.match(textFor('es').money(16.25), /^16,25\sUS\$$/);
    assert.equal(textFor('de').month('2027-01'), 'Januar 2027');
    assert.match(textFor('ru').day('2026-12-01'), /^1 дек\.? 2026/);
    assert.equal(textFor('fr').month('2027-01'), 'janvier 2027');
    assert.match(textFor('he').month('2027-01'), /ינואר 2027/);
    assert.equal(textFor('es').code('in_transit'), 'en tránsito');
    assert.equal(textFor('en').code('returned_to_sender'), 'returned to sender');
    assert.equal(textFor('de').code('some_new_status'), 'some new status', 'an unknown code stays readable');
  });
});

describe('server failures in the widget’s language', () => {
  test('a known code is worded in the language; English and unknown codes keep the server’s sentence', () => {
    const expired = { code: 'unauthorized', message: 'The conversation token has expired.' };
    assert.equal(textFor('he').failure(expired), 'הקישור לא תקף או שפג תוקפו; בקשו קישור חדש.');
    assert.equal(textFor('en').failure(expired), 'The conversation token has expired.');
    assert.equal(
      textFor('de').failure({ code: 'TURN_TIMEOUT', message: 'No answer within 60 s; reload to see it.' }),
      'Die Antwort wird noch vorbereitet; laden Sie die Seite neu, um sie zu sehen, sobald sie da ist.',
    );
    assert.equal(textFor('ru').failure({ code: 'teapot', message: 'I am a teapot.' }), 'I am a teapot.');
    assert.equal(textFor('fr').failure({ code: null, message: 'Failed to fetch' }), 'Failed to fetch');
  });

  test('every language but English words the same codes', () => {
    const codes = Object.keys(textFor('he').failures).sort();
    assert.ok(codes.length >= 15);
    for (const language of LANGUAGES.filter((code) => code !== 'en')) {
      assert.deepEqual(Object.keys(textFor(language).failures).sort(), codes, language);
    }
  });
});

describe('form validation in the widget’s language', () => {
  const address = { line1: '12 Oak Lane', city: 'Manchester', postal_code: '', country: 'GB' };

  test('a missing field is named by its label', () => {
    const english = checkArgs('change_address', address, TODAY, textFor('en'));
    assert.deepEqual(english, { ok: false, errors: { postal_code: 'Postal code is required.' } });
    const hebrew = checkArgs('change_address', address, TODAY, textFor('he'));
    assert.deepEqual(hebrew, { ok: false, errors: { postal_code: 'יש למלא: מיקוד.' } });
  });

  test('a value the schema refuses: English keeps the schema’s words, other languages say what the field needs', () => {
    const claim = { order_id: 'ord_1', description: 'broken', photo_keys: ['a.jpg'] };
    const english = checkArgs('file_damage_claim', claim, TODAY, textFor('en'));
    assert.equal(english.ok, false);
    assert.match(
      (english as { errors: Record<string, string> }).errors.description!,
      /10 characters or more/,
    );
    const german = checkArgs('file_damage_claim', claim, TODAY, textFor('de'));
    assert.deepEqual(german, {
      ok: false,
      errors: { description: 'Beschreiben Sie den Schaden in ein paar Worten (mindestens 10 Zeichen).' },
    });
  });

  test('a month that is not after the current one names the current month in the language', () => {
    assert.deepEqual(checkArgs('skip_month', { month: '2026-11' }, TODAY, textFor('fr')), {
      ok: false,
      errors: { month: 'Choisissez un mois après novembre 2026.' },
    });
    assert.deepEqual(checkArgs('skip_month', { month: '2027-01' }, TODAY, textFor('fr')), {
      ok: true,
      args: { month: '2027-01' },
    });
  });

  test('the skip form offers the skippable months by name, keeping a proposed month outside them', () => {
    assert.deepEqual(skippableMonths(TODAY, '2027-01'), ['2026-12', '2027-01', '2027-02']);
    assert.deepEqual(skippableMonths('2026-12-30', ''), ['2027-01', '2027-02', '2027-03'], 'across the year');
    assert.deepEqual(
      skippableMonths(TODAY, '2027-05'),
      ['2026-12', '2027-01', '2027-02', '2027-05'],
      'a proposal past the horizon is shown, then refused by the checks',
    );
    assert.deepEqual(
      skippableMonths(TODAY, '2027-01').map((month) => textFor('he').month(month)),
      ['דצמבר 2026', 'ינואר 2027', 'פברואר 2027'],
    );
    assert.equal(textFor('ru').form.skipHint(3), 'Пропустить можно коробку одного из ближайших 3 месяцев.');
  });

  test('a file that is not a photo is refused in the language', () => {
    const pdf = { name: 'receipt.pdf', type: 'application/pdf', size: 1000 };
    assert.match(photoProblem(pdf, textFor('en')) ?? '', /receipt\.pdf is not a photo we can take/);
    assert.match(photoProblem(pdf, textFor('ru')) ?? '', /receipt\.pdf — не фотография/);
    assert.equal(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 1000 }, textFor('ru')), null);
  });

  test('the address provider’s problems are worded by their code, on the field they belong to', () => {
    const entered = {
      line1: '1907 Travis Hieghts Blvd',
      city: 'Austin',
      region: 'TX',
      postal_code: '78704',
      country: 'US',
    };
    // Google's FIX verdict: a unit missing, a suspicious street and a word it could not place.
    const verdict = fromGoogleResponse(entered, {
      result: {
        verdict: { addressComplete: false, possibleNextAction: 'FIX' },
        address: {
          addressComponents: [
            {
              componentName: { text: 'Travis Hieghts Blvd' },
              componentType: 'route',
              confirmationLevel: 'UNCONFIRMED_AND_SUSPICIOUS',
            },
          ],
          missingComponentTypes: ['subpremise', 'sublocality_level_1'],
          unresolvedTokens: ['Hieghts'],
        },
      },
    });
    assert.deepEqual(
      verdict.problems.map((problem) => [problem.field, problem.code]),
      [
        ['line2', 'missing'],
        ['address', 'missing'],
        ['line1', 'unconfirmed'],
        ['address', 'unknown_part'],
      ],
    );
    const worded = (language: WidgetLanguage) =>
      verdict.problems.map((problem) => addressProblemMessage(problem, textFor(language)));
    assert.deepEqual(worded('en'), [
      'Address line 2 is required.',
      'Part of the address is missing; please complete it.',
      '"Travis Hieghts Blvd" could not be confirmed; please check it.',
      '"Hieghts" is not part of a known address; please check it.',
    ]);
    assert.deepEqual(worded('de'), [
      'Bitte ausfüllen: Adresszeile 2.',
      'Ein Teil der Adresse fehlt; bitte ergänzen Sie ihn.',
      '„Travis Hieghts Blvd“ konnte nicht bestätigt werden; bitte prüfen Sie die Angabe.',
      '„Hieghts“ gehört zu keiner bekannten Adresse; bitte prüfen Sie die Angabe.',
    ]);
    for (const language of LANGUAGES.filter((code) => code !== 'en')) {
      for (const message of worded(language)) {
        assert.doesNotMatch(message, /missing|could not|known address|required/, `${language}: ${message}`);
      }
    }
    const refused = fromGoogleResponse(entered, { result: { verdict: { possibleNextAction: 'FIX' } } });
    assert.equal(
      addressProblemMessage(refused.problems[0]!, textFor('he')),
      textFor('he').form.addressUnverified,
    );
  });

  test('the local rules’ problems: a missing field by its label, a malformed one by the field’s need', () => {
    const verdict = validateLocally({
      line1: '8 Widcombe Hill',
      city: 'Bath',
      postal_code: 'ZZZ',
      country: 'GB',
    });
    const postal = verdict.problems.find((problem) => problem.field === 'postal_code')!;
    assert.equal(postal.code, 'invalid');
    assert.match(addressProblemMessage(postal, textFor('en')), /not a valid postal code for GB/);
    assert.equal(addressProblemMessage(postal, textFor('ru')), textFor('ru').form.invalid.postal_code);
    const empty = validateLocally({ country: 'FR' });
    const city = empty.problems.find((problem) => problem.field === 'city')!;
    assert.equal(city.code, 'required');
    assert.equal(addressProblemMessage(city, textFor('fr')), textFor('fr').form.required('Ville'));
  });

  test('a problem code the widget does not know keeps the server’s sentence', () => {
    const problem = { field: 'address', code: 'po_box', message: 'PO boxes cannot receive wine.' };
    assert.equal(addressProblemMessage(problem, textFor('es')), 'PO boxes cannot receive wine.');
  });
});

describe('the box card in the widget’s language', () => {
  const wine = {
    productId: 'prod_206',
    name: 'Gefen Zero Dealcoholised Cabernet, 750 ml',
    labelAllergens: ['sulphites'],
  };
  const merlot = { productId: 'prod_201', name: 'Givat HaEla Merlot 2023, 750 ml' };
  const box = (items: BoxContentsResult['items']): BoxContentsResult => ({
    ok: true,
    source: 'order',
    orderId: 'ord_64582',
    month: '2026-11',
    theme: 'Olive Harvest',
    tier: 'deluxe',
    contentsPublishedAt: '2026-10-15',
    items,
    higherTierExtras: [],
    boxNotes: 'Known issue: … (see knowledge base: damage claims).',
    knownIssue: { id: 'galilee-evoo-2026-11', acceptedUntil: '2026-12-15' },
    summary: '',
  });

  test('a substitution names what it replaced and why, by the reason code and the country’s name', () => {
    const byCountry = {
      ...wine,
      substitutedFor: merlot,
      substitutionReason: 'alcohol_free' as const,
      country: 'US',
    };
    assert.equal(
      boxLineText(byCountry, textFor('en')),
      'Gefen Zero Dealcoholised Cabernet, 750 ml (instead of Givat HaEla Merlot 2023, 750 ml: wine with alcohol is not shipped to United States)',
    );
    assert.equal(
      boxLineText(byCountry, textFor('de')),
      'Gefen Zero Dealcoholised Cabernet, 750 ml (statt Givat HaEla Merlot 2023, 750 ml: kein Versand von Wein mit Alkohol in dieses Land (Vereinigte Staaten))',
    );
    const byPreference = { ...wine, substitutedFor: merlot, substitutionReason: 'alcohol_free' as const };
    assert.match(boxLineText(byPreference, textFor('fr')), /: préférence sans alcool\)$/);
    const allergen = {
      productId: null,
      name: 'Replacement for Za’atar Crackers',
      substitutedFor: { productId: 'prod_104', name: 'Za’atar Crackers' },
      substitutionReason: 'allergen_exclusion' as const,
      allergens: ['sesame'],
      labelAllergens: [],
    };
    assert.equal(
      boxLineText(allergen, textFor('es')),
      'Sustituto de Za’atar Crackers (exclusión de alérgenos (sesame))',
    );
    assert.equal(boxLineText(wine, textFor('he')), wine.name, 'an item as published keeps its name');
  });

  test('the known issue in every language, with its deadline in the language’s date format', () => {
    assert.equal(
      knownIssueNotice(box([]), textFor('en')),
      'Known issue: Galilee Extra Virgin Olive Oil, November 2026 box (lot ZG-2610-B, loose pour-spout caps). Claims are accepted until 15 Dec 2026; the bottle is replaced in the next box (or refunded $18), together with any other item the oil spoiled.',
    );
    for (const language of LANGUAGES) {
      const notice = knownIssueNotice(box([]), textFor(language)) ?? '';
      assert.match(notice, /ZG-2610-B/, language);
      assert.ok(notice.includes(textFor(language).day('2026-12-15')), `${language}: ${notice}`);
      if (language !== 'en')
        assert.doesNotMatch(notice, /Known issue|bottle|claims/i, `${language}: ${notice}`);
    }
    assert.equal(knownIssueNotice({ ...box([]), knownIssue: null }, textFor('ru')), null);
  });
});

/** Every sentence of a text tree, functions called with a placeholder for each parameter. */
function sentencesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return sentencesOf(fn(...Array.from({ length: Math.max(fn.length, 1) }, () => 'X')));
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(sentencesOf);
  return [];
}

describe('one register per language', () => {
  test('Spanish addresses the customer as usted in the widget and in the action replies, as the replies do', () => {
    const familiar =
      /\b(tú|tu|tus|te|ti|contigo)\b|\b(escribe|elige|revisa|añade|indícanos|ayudarte|respondiste|rechazaste|pediste)\b/i;
    const sentences = [...sentencesOf(textFor('es')), ...sentencesOf(ACTION_PHRASES.es)];
    assert.ok(sentences.length > 150, `${sentences.length} sentences read`);
    for (const sentence of sentences) assert.doesNotMatch(sentence, familiar, sentence);
  });
});
