import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseAddress, type ParsedAddress } from '../activities/offline/agents/message/parse-address';

interface GoldenLine {
  id: string;
  message: string;
  expected_args: Record<string, unknown> | null;
}

const golden = readFileSync(new URL('../fixtures/golden-dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as GoldenLine)
  .filter((line) => typeof line.expected_args?.line1 === 'string');

/** Unit words are compared without case: "apt 402" is the customer's "Apt 402". */
const folded = (address: Partial<ParsedAddress>): Record<string, string> =>
  Object.fromEntries(Object.entries(address).map(([key, value]) => [key, String(value).toLowerCase()]));

function parsed(text: string, country: string | null): ParsedAddress {
  const result = parseAddress(text, country);
  assert.ok(result?.ok, `an address in ${JSON.stringify(text)}: ${JSON.stringify(result)}`);
  return result.address;
}

describe('pulling an address out of a message', () => {
  test("every golden address change gives the golden set's change_address arguments", () => {
    assert.ok(golden.length >= 7, `golden address changes: ${golden.length}`);
    for (const line of golden) {
      const expected = line.expected_args as unknown as ParsedAddress;
      assert.deepEqual(folded(parsed(line.message, expected.country)), folded(expected), line.id);
    }
  });

  test('a street named before its number loses the words that lead in to it, in each language', () => {
    const cases: [string, string, Partial<ParsedAddress>][] = [
      [
        'Hola, me mudo a Valencia. La nueva dirección es Carrer de Sueca 41, 2ª planta, 46006 Valencia.',
        'ES',
        { line1: 'Carrer de Sueca 41', line2: '2ª planta', city: 'Valencia', postal_code: '46006' },
      ],
      [
        'La nueva dirección es Calle de Alcalá 20, 3º piso, 28014 Madrid',
        'ES',
        { line1: 'Calle de Alcalá 20', line2: '3º piso', city: 'Madrid', postal_code: '28014' },
      ],
      [
        'Mi nueva dirección es calle mayor 5, 28013 Madrid.',
        'ES',
        { line1: 'calle mayor 5', city: 'Madrid' },
      ],
      [
        'Meine neue Adresse ist Karl-Marx-Allee 12, 10178 Berlin.',
        'DE',
        { line1: 'Karl-Marx-Allee 12', city: 'Berlin' },
      ],
      ['Neue Adresse Leopoldstraße 74, 80802 München.', 'DE', { line1: 'Leopoldstraße 74', city: 'München' }],
      // The sentence's article is not the street's.
      [
        'Ich ziehe um, ab Januar wohne ich in der Bergmannstraße 12, 10961 Berlin',
        'DE',
        { line1: 'Bergmannstraße 12', city: 'Berlin' },
      ],
      [
        'Wir ziehen um, die neue Adresse lautet Am Alten Markt 5, 3. OG, 24103 Kiel',
        'DE',
        { line1: 'Am Alten Markt 5', line2: '3. OG', city: 'Kiel' },
      ],
      [
        'הכתובת החדשה היא רחוב הרצל 10, 6101001 תל אביב',
        'IL',
        { line1: 'רחוב הרצל 10', city: 'תל אביב', postal_code: '6101001' },
      ],
      // The preposition is written onto the street type: "to Herzl Street 12".
      [
        'אפשר לשנות את הכתובת לרחוב הרצל 12, תל אביב 6100001?',
        'IL',
        { line1: 'רחוב הרצל 12', city: 'תל אביב', postal_code: '6100001' },
      ],
      [
        'תעבירו את המשלוחים לשדרות רוטשילד 5, 6688101 תל אביב',
        'IL',
        { line1: 'שדרות רוטשילד 5', city: 'תל אביב', postal_code: '6688101' },
      ],
      [
        'Пожалуйста, поменяйте адрес на улицу Ленина 5, 10115 Berlin.',
        'DE',
        { line1: 'улица Ленина 5', city: 'Berlin', postal_code: '10115' },
      ],
    ];
    for (const [text, country, expected] of cases) {
      const address = parsed(text, country);
      assert.deepEqual({ ...address, ...expected, country }, address, text);
    }
  });

  test('a street with its number first keeps every word of its name', () => {
    assert.equal(parsed("Nouvelle adresse : 12 rue de l'Est, 75020 Paris.", 'FR').line1, "12 rue de l'Est");
    assert.deepEqual(parsed('We moved! New address is 1907 Travis Heights Blvd, Austin, TX 78704.', 'US'), {
      line1: '1907 Travis Heights Blvd',
      city: 'Austin',
      postal_code: '78704',
      country: 'US',
      region: 'TX',
    });
  });

  test('a word that only starts like a unit is part of the street; a house name after a colon is kept', () => {
    assert.deepEqual(parsed('New address: Unity Road 5, Flat 2, Leeds LS6 3BJ', 'GB'), {
      line1: 'Unity Road 5',
      line2: 'Flat 2',
      city: 'Leeds',
      postal_code: 'LS6 3BJ',
      country: 'GB',
    });
    assert.equal(
      parsed('Meine neue Adresse ist Stockholmer Straße 5, 10115 Berlin', 'DE').line1,
      'Stockholmer Straße 5',
    );
    assert.equal(
      parsed('New address: Rosewood Cottage, 12 Mill Lane, Oxford OX1 2AB', 'GB').line1,
      'Rosewood Cottage, 12 Mill Lane',
    );
  });

  test('a country named after the postal code is the new country, in any of the six languages', () => {
    assert.deepEqual(
      parsed('Hallo, ich ziehe um: neue Adresse Mariahilfer Straße 12, 1060 Wien, Österreich.', 'DE'),
      { line1: 'Mariahilfer Straße 12', city: 'Wien', postal_code: '1060', country: 'AT' },
    );
    assert.equal(parsed('Nueva dirección: Via Roma 45, 00184 Roma, Italia', 'ES').country, 'IT');
    assert.equal(parsed('Новый адрес: Bahnhofstrasse 1, 8001 Zürich, Швейцария', 'DE').country, 'CH');
    assert.equal(parsed('Nouvelle adresse : Rue Neuve 10, 1000 Bruxelles, Belgique', 'FR').country, 'BE');
    assert.equal(
      parsed('Moving to 5 Herzl St, Tel Aviv 6801234', 'US').country,
      'IL',
      'seven digits are Israeli',
    );
    // A country mentioned elsewhere in the message is not the address's.
    assert.equal(
      parsed('We loved Italy! New address: 1907 Travis Heights Blvd, Austin, TX 78704', 'US').country,
      'US',
    );
  });

  test('says what makes an address unusable, with what it could read', () => {
    assert.deepEqual(parseAddress('New address: 55 Wellington Crescent, Winnipeg R3M 0A7', 'CA'), {
      ok: false,
      problem: 'missing_region',
      country: 'CA',
      postalCode: 'R3M 0A7',
      partial: { line1: '55 Wellington Crescent', city: 'Winnipeg', postal_code: 'R3M 0A7', country: 'CA' },
    });
    const partialCode = parseAddress('Nouvelle adresse : 1125, avenue Cartier, Québec (QC) G1R 2S', 'CA');
    assert.equal(partialCode?.ok === false && partialCode.problem, 'invalid_postal_code');
    const noCountry = parseAddress('My new address is 12 Main Street, Springfield 62704', null);
    assert.equal(noCountry?.ok === false && noCountry.problem, 'incomplete');
    assert.equal(parseAddress('Can you send my box somewhere else? Thanks', 'US'), null);
  });
});
