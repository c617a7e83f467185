import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';

/** A request the fake received. */
export interface PineconeRecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/** A vector the fake holds, as the REST API sends it. */
export interface StoredVector {
  id: string;
  values: number[];
  metadata?: Record<string, unknown>;
}

/** A running fake of Pinecone's control plane, data plane and inference API on one origin. */
export interface FakePineconeServer {
  /** Origin, e.g. `http://127.0.0.1:5678`: both `controllerHostUrl` and the index host. */
  url: string;
  requests: PineconeRecordedRequest[];
  /** Vectors by namespace; the default namespace is `__default__`, as the SDK and the API name it. */
  namespaces: Map<string, Map<string, StoredVector>>;
  close(): Promise<void>;
}

type Filter = Record<string, unknown>;

/** Pinecone's name for the namespace used when none is given. */
export const DEFAULT_NAMESPACE = '__default__';

function compare(value: unknown, operator: string, operand: unknown): boolean {
  switch (operator) {
    case '$eq':
      return value === operand;
    case '$ne':
      return value !== operand;
    case '$gt':
      return typeof value === 'number' && value > (operand as number);
    case '$gte':
      return typeof value === 'number' && value >= (operand as number);
    case '$lt':
      return typeof value === 'number' && value < (operand as number);
    case '$lte':
      return typeof value === 'number' && value <= (operand as number);
    case '$in':
      return (operand as unknown[]).includes(value);
    case '$nin':
      return !(operand as unknown[]).includes(value);
    default:
      throw new Error(`fake Pinecone: unsupported filter operator ${operator}`);
  }
}

/** Pinecone's metadata filter language (the subset the adapter uses, plus $or/$in). */
export function matchesFilter(metadata: Record<string, unknown>, filter: Filter | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '$and') return (condition as Filter[]).every((part) => matchesFilter(metadata, part));
    if (key === '$or') return (condition as Filter[]).some((part) => matchesFilter(metadata, part));
    if (condition === null || typeof condition !== 'object') return metadata[key] === condition;
    return Object.entries(condition).every(([op, operand]) => compare(metadata[key], op, operand));
  });
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.forEach((x, i) => {
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  });
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** A stand-in relevance for the hosted reranker: share of query words found in the document. */
function overlapScore(query: string, text: string): number {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const docWords = new Set(words(text));
  const queryWords = words(query);
  return queryWords.length === 0 ? 0 : queryWords.filter((w) => docWords.has(w)).length / queryWords.length;
}

/**
 * Starts a fake speaking the REST calls `@pinecone-database/pinecone` makes for describe index
 * (`GET /indexes/:name`), upsert (`POST /vectors/upsert`), query (`POST /query`) and inference
 * rerank (`POST /rerank`). Describe index returns this server as the index host, so the real SDK
 * resolves a named index to the fake.
 */
export async function startFakePineconeServer(
  options: { dimension?: number } = {},
): Promise<FakePineconeServer> {
  const requests: PineconeRecordedRequest[] = [];
  const namespaces = new Map<string, Map<string, StoredVector>>();
  const namespace = (name: unknown): Map<string, StoredVector> => {
    const key = typeof name === 'string' && name !== '' ? name : DEFAULT_NAMESPACE;
    const existing = namespaces.get(key) ?? new Map<string, StoredVector>();
    namespaces.set(key, existing);
    return existing;
  };
  const app = express();
  app.use(express.json({ limit: '20mb' }));
  app.use((req, res, next) => {
    requests.push({ method: req.method, path: req.path, headers: req.headers, body: req.body });
    if (!req.headers['api-key']) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'missing Api-Key' }, status: 401 });
      return;
    }
    next();
  });
  let url = '';
  app.get('/indexes/:name', (req, res) => {
    res.json({
      name: req.params.name,
      dimension: options.dimension ?? 384,
      metric: 'cosine',
      host: url,
      deletion_protection: 'disabled',
      spec: { serverless: { cloud: 'aws', region: 'us-east-1' } },
      status: { ready: true, state: 'Ready' },
      vector_type: 'dense',
    });
  });
  app.post('/vectors/upsert', (req, res) => {
    const body = req.body as { vectors: StoredVector[]; namespace?: string };
    const store = namespace(body.namespace);
    for (const vector of body.vectors) store.set(vector.id, vector);
    res.json({ upsertedCount: body.vectors.length });
  });
  app.post('/query', (req, res) => {
    const body = req.body as {
      vector: number[];
      topK: number;
      filter?: Filter;
      includeMetadata?: boolean;
      namespace?: string;
    };
    const matches = [...namespace(body.namespace).values()]
      .filter((vector) => matchesFilter(vector.metadata ?? {}, body.filter))
      .map((vector) => ({ vector, score: cosine(body.vector, vector.values) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, body.topK)
      .map(({ vector, score }) => ({
        id: vector.id,
        score,
        values: [],
        ...(body.includeMetadata ? { metadata: vector.metadata } : {}),
      }));
    res.json({ matches, namespace: body.namespace ?? DEFAULT_NAMESPACE, usage: { readUnits: 1 } });
  });
  app.post('/rerank', (req, res) => {
    const body = req.body as {
      model: string;
      query: string;
      top_n?: number;
      documents: Array<Record<string, string>>;
      rank_fields?: string[];
      return_documents?: boolean;
    };
    const field = body.rank_fields?.[0] ?? 'text';
    const data = body.documents
      .map((document, index) => ({ index, score: overlapScore(body.query, document[field] ?? ''), document }))
      .sort((a, b) => b.score - a.score || a.index - b.index)
      .slice(0, body.top_n ?? body.documents.length)
      .map(({ index, score, document }) => ({
        index,
        score,
        ...(body.return_documents ? { document } : {}),
      }));
    res.json({ model: body.model, data, usage: { rerank_units: 1 } });
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    namespaces,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
