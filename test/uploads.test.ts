import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Client, Connection } from '@temporalio/client';
import pino from 'pino';
import { createApp } from '../api/app';
import { HealthState } from '../api/health-state';
import { issueFormToken } from '../api/security/issue-token';
import { sniffPhotoType } from '../api/uploads/image-type';
import { createLocalDiskStore } from '../api/uploads/local-disk-store';
import { createS3Store } from '../api/uploads/s3-store';
import { loadConfig } from '../config/config';
import { startFakeS3, type FakeS3Server } from './support/fake-s3-server';
import { temporalAddress } from './support/kesher-harness';
import { createTestDatabase, type TestDatabase } from './support/test-db';

const SECRET = 'uploads-test-secret-value';
const CONVERSATION = 'conversation-web-uploads1';
const MAX_BYTES = 4096;
const S3_KEY_ID = 'AKIDFAKEUPLOADS';

const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  Buffer.alloc(64, 7),
]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from('IHDR'),
  Buffer.alloc(32, 1),
]);
const WEBP = Buffer.concat([
  Buffer.from('RIFF'),
  Buffer.from([64, 0, 0, 0]),
  Buffer.from('WEBPVP8 '),
  Buffer.alloc(32),
]);
const HEIC = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypheic'),
  Buffer.from([0, 0, 0, 0]),
  Buffer.from('mif1heic'),
]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n');

let testDb: TestDatabase;
let connection: Connection;
let dataDir: string;
let fakeS3: FakeS3Server;
const servers: Server[] = [];

async function startApi(env: Record<string, string> = {}): Promise<string> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    KESHER_DATA_DIR: dataDir,
    WIDGET_TOKEN_SECRET: SECRET,
    UPLOAD_MAX_BYTES: String(MAX_BYTES),
    ...env,
  });
  const app = createApp({
    config,
    db: testDb.db,
    temporal: new Client({ connection }),
    log: pino({ level: 'silent' }),
    health: new HealthState([]),
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let localApi: string;
let s3Api: string;

before(async () => {
  testDb = await createTestDatabase();
  connection = await Connection.connect({ address: temporalAddress() });
  dataDir = await mkdtemp(path.join(tmpdir(), 'kesher-uploads-'));
  fakeS3 = await startFakeS3({ accessKeyId: S3_KEY_ID });
  localApi = await startApi();
  s3Api = await startApi({
    S3_BUCKET: 'claims',
    S3_ENDPOINT: fakeS3.url,
    S3_REGION: 'eu-central-1',
    S3_ACCESS_KEY_ID: S3_KEY_ID,
    S3_SECRET_ACCESS_KEY: 'fake-secret-access-key',
    S3_FORCE_PATH_STYLE: 'true',
  });
});

after(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await fakeS3?.close();
  await connection?.close();
  await testDb?.destroy();
  await rm(dataDir, { recursive: true, force: true });
});

const token = (conversationId = CONVERSATION): string =>
  issueFormToken({ secret: SECRET, conversationId, ttlSeconds: 600, now: new Date() });

function upload(
  base: string,
  body: Buffer,
  contentType: string,
  authorization: string | null = `Bearer ${token()}`,
) {
  return fetch(`${base}/api/conversations/${CONVERSATION}/uploads`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(authorization ? { authorization } : {}) },
    body: new Blob([new Uint8Array(body)]),
  });
}

interface Uploaded {
  key: string;
  contentType: string;
  bytes: number;
}

describe('photo type by magic bytes', () => {
  test('JPEG, PNG, WebP and HEIC are recognised by their first bytes; a PDF is not', () => {
    assert.equal(sniffPhotoType(JPEG), 'image/jpeg');
    assert.equal(sniffPhotoType(PNG), 'image/png');
    assert.equal(sniffPhotoType(WEBP), 'image/webp');
    assert.equal(sniffPhotoType(HEIC), 'image/heic');
    assert.equal(sniffPhotoType(PDF), null);
    assert.equal(sniffPhotoType(Buffer.from([0xff, 0xd8])), null, 'too short to be a JPEG');
  });
});

describe('POST /api/conversations/:id/uploads on local disk', () => {
  test('stores a photo under the data directory, keyed to the conversation', async () => {
    const response = await upload(localApi, PNG, 'image/png');
    assert.equal(response.status, 201);
    const body = (await response.json()) as Uploaded;
    assert.match(body.key, new RegExp(`^conversations/${CONVERSATION}/[0-9a-f-]{36}\\.png$`));
    assert.deepEqual([body.contentType, body.bytes], ['image/png', PNG.length]);
    const onDisk = await readFile(path.join(dataDir, 'uploads', ...body.key.split('/')));
    assert.ok(onDisk.equals(PNG));
    const stored = await createLocalDiskStore(path.join(dataDir, 'uploads')).get(body.key);
    assert.equal(stored?.contentType, 'image/png');
  });

  test('the type comes from the bytes: a JPEG sent as text/plain is a JPEG, a PDF sent as image/png is refused', async () => {
    const jpeg = await upload(localApi, JPEG, 'text/plain');
    assert.equal(jpeg.status, 201);
    assert.equal(((await jpeg.json()) as Uploaded).contentType, 'image/jpeg');
    const pdf = await upload(localApi, PDF, 'image/png');
    assert.equal(pdf.status, 415);
    const error = ((await pdf.json()) as { error: { code: string; message: string } }).error;
    assert.equal(error.code, 'unsupported_file_type');
    assert.match(error.message, /JPEG, PNG, WebP or HEIC/);
  });

  test('a photo over the limit is 413 with the limit, whether declared or streamed', async () => {
    const big = Buffer.concat([JPEG, Buffer.alloc(MAX_BYTES)]);
    const declared = await upload(localApi, big, 'image/jpeg');
    assert.equal(declared.status, 413);
    assert.match(((await declared.json()) as { error: { message: string } }).error.message, /at most 4 KB/);

    // Chunked: no Content-Length, so the limit is found while reading.
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${localApi}/api/conversations/${CONVERSATION}/uploads`);
      const req = httpRequest(
        url,
        {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token()}`,
            'content-type': 'image/jpeg',
            'transfer-encoding': 'chunked',
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(big.subarray(0, 2048));
      req.end(big.subarray(2048));
    });
    assert.equal(streamed.status, 413);
    assert.equal((JSON.parse(streamed.body) as { error: { code: string } }).error.code, 'file_too_large');
  });

  test('an upload needs a token for this conversation', async () => {
    assert.equal((await upload(localApi, PNG, 'image/png', null)).status, 401);
    assert.equal(
      (await upload(localApi, PNG, 'image/png', `Bearer ${token('conversation-web-someone-else')}`)).status,
      403,
    );
    assert.equal((await upload(localApi, Buffer.alloc(0), 'image/png')).status, 400);
  });
});

describe('S3-compatible store (against a fake speaking the S3 REST calls)', () => {
  const options = {
    bucket: 'claims',
    region: 'eu-central-1',
    endpoint: '',
    accessKeyId: S3_KEY_ID,
    secretAccessKey: 'fake-secret-access-key',
    forcePathStyle: true,
  };

  test('puts and gets an object with its type through the SDK; a missing key is null', async () => {
    const store = createS3Store({ ...options, endpoint: fakeS3.url });
    await store.put('conversations/conversation-web-x/one.heic', HEIC, 'image/heic');
    const held = fakeS3.objects.get('claims/conversations/conversation-web-x/one.heic');
    assert.ok(held?.body.equals(HEIC), 'the fake received the bytes');
    assert.equal(held?.contentType, 'image/heic');
    const back = await store.get('conversations/conversation-web-x/one.heic');
    assert.ok(back?.body.equals(HEIC));
    assert.equal(back?.contentType, 'image/heic');
    assert.equal(await store.get('conversations/conversation-web-x/missing.jpg'), null);
    const signed = fakeS3.requests.filter((r) => r.authorization?.includes(`Credential=${S3_KEY_ID}/`));
    assert.equal(signed.length, fakeS3.requests.length, 'every call is SigV4-signed');
  });

  test('with S3_BUCKET set, uploads through the API land in the bucket', async () => {
    const response = await upload(s3Api, WEBP, 'application/octet-stream');
    assert.equal(response.status, 201);
    const { key } = (await response.json()) as Uploaded;
    const held = fakeS3.objects.get(`claims/${key}`);
    assert.ok(held?.body.equals(WEBP));
    assert.equal(held?.contentType, 'image/webp');
  });

  test('keys the API did not make are refused before any call', async () => {
    const store = createS3Store({ ...options, endpoint: fakeS3.url });
    const before = fakeS3.requests.length;
    await assert.rejects(store.put('../escape.jpg', JPEG, 'image/jpeg'), /Unsafe object key/);
    await assert.rejects(
      createLocalDiskStore(dataDir).get('conversations/../../etc/passwd'),
      /Unsafe object key/,
    );
    assert.equal(fakeS3.requests.length, before);
  });
});
