import { MAX_CLAIM_PHOTOS } from '../../../workflows/write-tool-args';
import type { Text } from '../i18n';

/** The photo types the upload endpoint takes (it checks the bytes too). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif'] as const;

/** The largest photo the upload endpoint takes. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export { MAX_CLAIM_PHOTOS };

/** Why a file cannot be uploaded as a claim photo, in the widget's language, or null when it can. */
export function photoProblem(file: { name: string; type: string; size: number }, text: Text): string | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return text.form.notPhoto(file.name);
  if (file.size > MAX_PHOTO_BYTES) return text.form.tooLarge(file.name, MAX_PHOTO_BYTES / 1024 / 1024);
  if (file.size === 0) return text.form.emptyFile(file.name);
  return null;
}
