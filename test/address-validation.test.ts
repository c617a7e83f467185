import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import pino from 'pino';
import { createApp } from '../api/app';
import type { AddressVerdict } from '../api/address/address-validator';
import { createGoogleAddressValidator } from '../api/address/google-address-validator';
import { validateLocally } from '../api/address/local-address-validator';
import { HealthState } from '../api/health-state';
import { issueFormToken } from '../api/security/issue-token';
import { loadConfig } from '../config/config';
import { startFakeGoogleAddress, type FakeGoogleAddressServer } from './support/fake-google-address-server';
import { temporalAddress } from './support/kesher-harness';
import { createTestDatabase, type TestDatabase } from './support/test-db';

const API_KEY = 'fake-google-key';
const SECRET = 'address-test-secret-value';
const AUSTIN = {
  name: 'Sarah Mitchell',
  line1: '1907 Travis Heights Blvd',
  city: 'Austin',
  region: 'TX',
  postal_code: '78704',
  country: 'US',
};

let google: FakeGoogleAddressServer;
let testDb: TestDatabase;
let connection: Connection;
let server: Server;
let api: string;

before(async () => {
  google = await startFakeGoogleAddress({ apiKey: API_KEY });
  testDb = await createTestDatabase();
  connection = await Connection.connect({ address: temporalAddress() });
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WIDGET_TOKEN_SECRET: SECRET,
    GOOGLE_ADDRESS_VALIDATION_KEY: API_KEY,
    GOOGLE_ADDRESS_VALIDATION_BASE_URL: google.url,
  });
  const app = createApp({
    config,
    db: testDb.db,
    temporal: new Client({ connection }),
    log: pino({ level: 'silent' }),
    health: new HealthState([]),
  });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await google?.close();
  await connection?.close();
  await testDb?.destroy();
});

const validator = () => createGoogleAddressValidator({ apiKey: API_KEY, baseUrl: google.url });

/** Google's answer for a good US address whose ZIP it completed to ZIP+4. */
const acceptedWithZip4 = {
  result: {
    verdict: {
      inputGranularity: 'PREMISE',
      validationGranularity: 'PREMISE',
      geocodeGranularity: 'PREMISE',
      addressComplete: true,
      hasInferredComponents: true,
      possibleNextAction: 'CONFIRM',
    },
    address: {
      formattedAddress: '1907 Travis Heights Blvd, Austin, TX 78704-5520, USA',
      postalAddress: {
        regionCode: 'US',
        languageCode: 'en',
        postalCode: '78704-5520',
        administrativeArea: 'TX',
        locality: 'Austin',
        addressLines: ['1907 Travis Heights Blvd'],
      },
      addressComponents: [
        { componentName: { text: '1907' }, componentType: 'street_number', confirmationLevel: 'CONFIRMED' },
        {
          componentName: { text: 'Travis Heights Boulevard', languageCode: 'en' },
          componentType: 'route',
          confirmationLevel: 'CONFIRMED',
        },
        {
          componentName: { text: '78704-5520' },
          componentType: 'postal_code',
          confirmationLevel: 'CONFIRMED',
          inferred: true,
        },
      ],
    },
    geocode: { location: { latitude: 30.2436, longitude: -97.7375 }, placeId: 'fake-place' },
    metadata: { business: false, poBox: false, residential: true },
  },
  responseId: 'b1b5e2e3-fake',
};

describe('local address rules (KB "Changing your shipping address")', () => {
  const problems = (verdict: AddressVerdict) => verdict.problems.map((p) => p.field);

  test('accepts addresses in each country format, normalizing case and spacing', () => {
    assert.equal(validateLocally({ ...AUSTIN, postal_code: '78704-1234' }).valid, true);
    const canada = validateLocally({
      line1: '55 Wellington Crescent',
      line2: 'Apt 402',
      city: 'Winnipeg',
      region: 'MB',
      postal_code: 'r3m0a7',
      country: 'ca',
    });
    assert.equal(canada.address?.postal_code, 'R3M 0A7');
    assert.equal(canada.address?.country, 'CA');
    assert.equal(
      validateLocally({ line1: '14 Wilmslow Road', city: 'Manchester', postal_code: 'm145tq', country: 'GB' })
        .address?.postal_code,
      'M14 5TQ',
    );
    assert.equal(
      validateLocally({
        line1: 'Rua Augusta 100',
        city: 'São Paulo',
        region: 'SP',
        postal_code: '01304001',
        country: 'BR',
      }).address?.postal_code,
      '01304-001',
    );
    assert.equal(
      validateLocally({ line1: 'Sderot Moriah 45', city: 'Haifa', postal_code: '3457112', country: 'IL' })
        .valid,
      true,
    );
  });

  test('names each missing or malformed field', () => {
    assert.deepEqual(problems(validateLocally({ ...AUSTIN, region: undefined })), ['region']);
    assert.deepEqual(problems(validateLocally({ ...AUSTIN, postal_code: '7870' })), ['postal_code']);
    assert.deepEqual(
      problems(validateLocally({ line1: 'x', city: 'Haifa', postal_code: '34571', country: 'IL' })),
      ['postal_code'],
    );
    const empty = validateLocally({ country: 'DE' });
    assert.deepEqual(problems(empty).sort(), ['city', 'line1', 'postal_code']);
    assert.match(empty.problems.find((p) => p.field === 'line1')!.message, /line1 is required/);
    const uk = validateLocally({
      line1: '8 Widcombe Hill',
      city: 'Bath',
      postal_code: 'BA2 6AA',
      country: 'UK',
    });
    assert.deepEqual(problems(uk), ['country']);
    assert.match(uk.problems[0]!.message, /GB/);
  });
});

describe('Google Address Validation adapter (against a fake speaking its JSON)', () => {
  test("sends Google's request shape with the key and reads an accepted, completed address", async () => {
    google.respondWith(() => ({ status: 200, body: acceptedWithZip4 }));
    const verdict = await validator().validate(AUSTIN);
    const request = google.requests.at(-1)!;
    assert.equal(request.key, API_KEY);
    assert.deepEqual(request.body, {
      address: {
        regionCode: 'US',
        postalCode: '78704',
        administrativeArea: 'TX',
        locality: 'Austin',
        addressLines: ['1907 Travis Heights Blvd'],
        recipients: ['Sarah Mitchell'],
      },
    });
    assert.equal(verdict.provider, 'google');
    assert.equal(verdict.valid, true);
    assert.equal(verdict.needsConfirmation, true, 'Google inferred the ZIP+4, so the customer sees it first');
    assert.deepEqual(verdict.address, { ...AUSTIN, postal_code: '78704-5520' });
  });

  test('FIX with a missing unit and a suspicious street is invalid, with the fields to fix', async () => {
    google.respondWith(() => ({
      status: 200,
      body: {
        result: {
          verdict: {
            inputGranularity: 'PREMISE',
            validationGranularity: 'ROUTE',
            addressComplete: false,
            hasUnconfirmedComponents: true,
            possibleNextAction: 'FIX',
          },
          address: {
            postalAddress: {
              regionCode: 'US',
              postalCode: '78704',
              administrativeArea: 'TX',
              locality: 'Austin',
              addressLines: ['1907 Travis Hieghts Blvd'],
            },
            addressComponents: [
              {
                componentName: { text: 'Travis Hieghts Blvd' },
                componentType: 'route',
                confirmationLevel: 'UNCONFIRMED_AND_SUSPICIOUS',
              },
            ],
            missingComponentTypes: ['subpremise'],
            unresolvedTokens: ['Hieghts'],
          },
        },
        responseId: 'fake-2',
      },
    }));
    const verdict = await validator().validate({ ...AUSTIN, line1: '1907 Travis Hieghts Blvd' });
    assert.equal(verdict.valid, false);
    assert.equal(verdict.address, null);
    assert.deepEqual(
      verdict.problems.map((p) => p.field),
      ['line2', 'line1', 'address'],
    );
  });

  test('without a recommended action, a complete address with nothing suspicious is valid as entered', async () => {
    google.respondWith(() => ({
      status: 200,
      body: {
        result: {
          verdict: { addressComplete: true },
          address: {
            postalAddress: {
              regionCode: 'US',
              postalCode: '78704',
              administrativeArea: 'TX',
              locality: 'Austin',
              addressLines: ['1907 Travis Heights Blvd'],
            },
          },
        },
      },
    }));
    const verdict = await validator().validate(AUSTIN);
    assert.deepEqual([verdict.valid, verdict.needsConfirmation], [true, false]);
  });

  test('an outage falls back to the local rules and says so', async () => {
    google.respondWith(() => ({
      status: 503,
      body: { error: { code: 503, message: 'unavailable', status: 'UNAVAILABLE' } },
    }));
    const verdict = await validator().validate(AUSTIN);
    assert.equal(verdict.provider, 'local');
    assert.equal(verdict.valid, true);
    assert.match(verdict.providerError ?? '', /HTTP 503/);
  });

  test('an address the local rules refuse costs no call', async () => {
    const before = google.requests.length;
    const verdict = await validator().validate({ ...AUSTIN, postal_code: 'ABCDE' });
    assert.equal(verdict.valid, false);
    assert.equal(google.requests.length, before);
  });
});

describe('POST /api/address/validate', () => {
  const call = (body: unknown, authorization: string | null) =>
    fetch(`${api}/api/address/validate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });
  const token = issueFormToken({
    secret: SECRET,
    conversationId: 'conversation-1-77',
    ttlSeconds: 600,
    now: new Date(),
  });

  test('uses Google when a key is configured and answers the verdict', async () => {
    google.respondWith(() => ({ status: 200, body: acceptedWithZip4 }));
    const response = await call(AUSTIN, `Bearer ${token}`);
    assert.equal(response.status, 200);
    const verdict = (await response.json()) as AddressVerdict;
    assert.equal(verdict.provider, 'google');
    assert.equal(verdict.address?.postal_code, '78704-5520');
  });

  test('needs a conversation token, and string fields', async () => {
    assert.equal((await call(AUSTIN, null)).status, 401);
    assert.equal((await call(AUSTIN, 'Bearer forged.0000')).status, 401);
    assert.equal((await call({ ...AUSTIN, line1: 42 }, `Bearer ${token}`)).status, 422);
  });
});
