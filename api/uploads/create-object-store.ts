import path from 'node:path';
import type { AppConfig } from '../../config/config';
import { createLocalDiskStore } from './local-disk-store';
import type { ObjectStore } from './object-store';
import { createS3Store } from './s3-store';

/** The configured upload store: S3 when a bucket is set, else local disk under the data directory. */
export function createObjectStore(config: AppConfig): ObjectStore {
  const s3 = config.widget.s3;
  return s3 ? createS3Store(s3) : createLocalDiskStore(path.join(config.dataDir, 'uploads'));
}
