import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

/** A request the fake received: the API key and Google's request JSON. */
export interface GoogleAddressRequest {
  key: string | undefined;
  body: {
    address?: {
      regionCode?: string;
      postalCode?: string;
      administrativeArea?: string;
      locality?: string;
      addressLines?: string[];
      recipients?: string[];
    };
  };
}

/** A running fake of `POST /v1:validateAddress` (Google Address Validation API). */
export interface FakeGoogleAddressServer {
  url: string;
  requests: GoogleAddressRequest[];
  /** What the next calls answer: a status and Google's response JSON. */
  respondWith(answer: (request: GoogleAddressRequest) => { status: number; body: unknown }): void;
  close(): Promise<void>;
}

/** Starts the fake; it refuses calls without the expected key, as Google does (400 INVALID_ARGUMENT). */
export async function startFakeGoogleAddress(options: { apiKey: string }): Promise<FakeGoogleAddressServer> {
  const requests: GoogleAddressRequest[] = [];
  let answer: (request: GoogleAddressRequest) => { status: number; body: unknown } = () => ({
    status: 500,
    body: { error: { code: 500, message: 'no answer configured', status: 'INTERNAL' } },
  });
  const app = express();
  app.post('/v1\\:validateAddress', express.json(), (req, res) => {
    const request: GoogleAddressRequest = {
      key: typeof req.query.key === 'string' ? req.query.key : undefined,
      body: req.body as GoogleAddressRequest['body'],
    };
    requests.push(request);
    if (request.key !== options.apiKey) {
      res
        .status(400)
        .json({ error: { code: 400, message: 'API key not valid.', status: 'INVALID_ARGUMENT' } });
      return;
    }
    const { status, body } = answer(request);
    res.status(status).json(body);
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    respondWith(next) {
      answer = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
