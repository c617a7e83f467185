/** A stored object's bytes and type. */
export interface StoredObject {
  body: Buffer;
  contentType: string;
}

/**
 * Where uploaded photos are kept: local disk by default, an S3-compatible bucket when configured.
 * Keys are `/`-separated paths made by the API (never taken from the client as is).
 */
export interface ObjectStore {
  /** `local` or `s3`, for logs and the health of the installation. */
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none under `key`. */
  get(key: string): Promise<StoredObject | null>;
}

/** Keys are made by the API from the conversation id and a random id; anything else is refused. */
export function assertSafeKey(key: string): void {
  if (
    !/^[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(key) ||
    key.split('/').some((part) => part === '..' || part === '')
  ) {
    throw new Error(`Unsafe object key: ${key}`);
  }
}
