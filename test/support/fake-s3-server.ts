import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An object the fake holds. */
export interface FakeS3Object {
  body: Buffer;
  contentType: string | undefined;
}

/** A request the fake received. */
export interface FakeS3Request {
  method: string;
  path: string;
  authorization: string | undefined;
}

/** A running fake of the S3 REST calls the SDK makes for PutObject and GetObject (path-style). */
export interface FakeS3Server {
  url: string;
  /** Objects by `bucket/key`. */
  objects: Map<string, FakeS3Object>;
  requests: FakeS3Request[];
  close(): Promise<void>;
}

const xmlError = (code: string, message: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake</RequestId></Error>`;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Decodes `aws-chunked` bodies (`<hex size>[;chunk-signature=...]\r\n<data>\r\n ... 0\r\n<trailers>`). */
function decodeAwsChunked(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', offset);
    const size = parseInt(raw.subarray(offset, lineEnd).toString('latin1').split(';')[0]!, 16);
    if (!size) return Buffer.concat(parts);
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    offset = lineEnd + 2 + size + 2;
  }
}

/**
 * Starts the fake on a free loopback port. It checks that requests are SigV4-signed with
 * `accessKeyId` (not the signature itself: that is the SDK's business).
 */
export async function startFakeS3(options: { accessKeyId: string }): Promise<FakeS3Server> {
  const objects = new Map<string, FakeS3Object>();
  const requests: FakeS3Request[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const objectPath = decodeURIComponent(url.pathname.slice(1));
      const authorization = req.headers.authorization;
      requests.push({ method: req.method ?? '', path: objectPath, authorization });
      const raw = await readBody(req);
      if (!authorization?.startsWith(`AWS4-HMAC-SHA256 Credential=${options.accessKeyId}/`)) {
        res
          .writeHead(403, { 'content-type': 'application/xml' })
          .end(xmlError('AccessDenied', 'Access Denied'));
        return;
      }
      if (req.method === 'PUT') {
        const chunked =
          String(req.headers['content-encoding'] ?? '').includes('aws-chunked') ||
          String(req.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING-');
        const body = chunked ? decodeAwsChunked(raw) : raw;
        objects.set(objectPath, { body, contentType: req.headers['content-type'] });
        res.writeHead(200, { etag: `"${body.length.toString(16)}"` }).end();
        return;
      }
      if (req.method === 'GET') {
        const object = objects.get(objectPath);
        if (!object) {
          res
            .writeHead(404, { 'content-type': 'application/xml' })
            .end(xmlError('NoSuchKey', 'The specified key does not exist.'));
          return;
        }
        res
          .writeHead(200, {
            'content-type': object.contentType ?? 'binary/octet-stream',
            'content-length': String(object.body.length),
            etag: `"${object.body.length.toString(16)}"`,
          })
          .end(object.body);
        return;
      }
      res
        .writeHead(405, { 'content-type': 'application/xml' })
        .end(xmlError('MethodNotAllowed', 'Not supported by the fake'));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
