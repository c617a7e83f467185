import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assertSafeKey, type ObjectStore } from './object-store';

/** Types by the extension the API gives keys; the store keeps no metadata beside the file. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.heic': 'image/heic',
};

/** The default object store: files under `<data dir>/uploads`. */
export function createLocalDiskStore(rootDir: string): ObjectStore {
  const fileOf = (key: string): string => {
    assertSafeKey(key);
    return path.join(rootDir, ...key.split('/'));
  };
  return {
    kind: 'local',
    async put(key, body) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // 'wx': keys are unique, so an existing file means a bug, not an upload to overwrite.
      await writeFile(file, body, { flag: 'wx', mode: 0o600 });
    },
    async get(key) {
      try {
        const body = await readFile(fileOf(key));
        return { body, contentType: TYPES_BY_EXTENSION[path.extname(key)] ?? 'application/octet-stream' };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
