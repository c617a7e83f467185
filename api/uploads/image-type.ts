/** The photo types a damage claim accepts (KB "Damage claims": JPG, PNG or HEIC; WebP from phones too). */
export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic';

/** File extension stored with each accepted type. */
export const PHOTO_EXTENSIONS: Record<PhotoType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
};

const ascii = (bytes: Buffer, start: number, end: number): string =>
  bytes.subarray(start, end).toString('latin1');

/** HEIF brands of HEIC photos (iPhones write `heic`; `mif1` is the generic still-image brand). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

/** Each accepted type's signature, checked on the first bytes of the file. */
const SIGNATURES: ReadonlyArray<{ type: PhotoType; matches: (bytes: Buffer) => boolean }> = [
  { type: 'image/jpeg', matches: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'image/png',
    matches: (b) =>
      b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  {
    type: 'image/webp',
    matches: (b) => b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  },
  {
    type: 'image/heic',
    matches: (b) => b.length >= 12 && ascii(b, 4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(b, 8, 12)),
  },
];

/**
 * The photo type the bytes really are, whatever the request's Content-Type says, or null when they
 * are none of the accepted types.
 */
export function sniffPhotoType(bytes: Buffer): PhotoType | null {
  return SIGNATURES.find((signature) => signature.matches(bytes))?.type ?? null;
}
