import { MAX_CLAIM_PHOTOS } from '../../../workflows/write-tool-args';

/** The photo types the upload endpoint takes (it checks the bytes too). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'] as const;

/** The largest photo the upload endpoint takes. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export { MAX_CLAIM_PHOTOS };

/** Why a file cannot be uploaded as a claim photo, or null when it can. */
export function photoProblem(file: { name: string; type: string; size: number }): string | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
    return `${file.name} is not a photo we can take (JPEG, PNG, WebP or HEIC).`;
  }
  if (file.size > MAX_PHOTO_BYTES) {
    return `${file.name} is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
}
