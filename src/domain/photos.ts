/**
 * Project photos (issue #13): the image type by content, never by name or declared type, and the removal of
 * the shooting location from a JPEG before it is stored. Pure byte work, no I/O.
 *
 * What `stripJpegLocation` handles: the EXIF GPS directory (APP1 "Exif", either byte order) — every GPS entry
 * and the out-of-line values it points to are overwritten with zeros and the directory is left with no
 * entries, so the file keeps its length, its other EXIF data (orientation, date) and its pixels; XMP packets
 * (APP1 "http://ns.adobe.com/xap/1.0/" and extended XMP), which may repeat the location, are dropped whole.
 * Not handled: a location in PNG (eXIf chunk) or WebP (EXIF chunk) metadata, or in maker notes; a JPEG whose
 * segment structure cannot be walked is returned unchanged (`changed: false`).
 */

export const photoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof photoTypes)[number];

/** The photo's type from its first bytes, or null if it is not a JPEG, PNG or WebP image. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => at(i) === b)) return 'image/png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

/** The usual file extension of a photo type. */
export function photoExtension(type: PhotoType): string {
  return type === 'image/jpeg' ? 'jpg' : type === 'image/png' ? 'png' : 'webp';
}

const xmpHeaders = ['http://ns.adobe.com/xap/1.0/\0', 'http://ns.adobe.com/xmp/extension/\0'];
/** Bytes per value of each TIFF field type (1 BYTE … 12 DOUBLE, 13 IFD). */
const typeSizes: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
};
const gpsInfoTag = 0x8825;

/** A copy of the JPEG without its GPS location (see above); `changed` says whether anything was removed. */
export function stripJpegLocation(input: Uint8Array): { bytes: Uint8Array; changed: boolean } {
  if (sniffPhotoType(input) !== 'image/jpeg') return { bytes: input, changed: false };
  const kept: Uint8Array[] = [input.subarray(0, 2)];
  let changed = false;
  let pos = 2;
  while (pos < input.length) {
    if (input[pos] !== 0xff) return { bytes: input, changed: false };
    const marker = input[pos + 1] ?? -1;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda || marker < 0) break; // EOI, or SOS: image data follows
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(input.subarray(pos, pos + 2));
      pos += 2;
      continue;
    }
    const length = ((input[pos + 2] ?? 0) << 8) | (input[pos + 3] ?? 0);
    const end = pos + 2 + length;
    if (length < 2 || end > input.length) return { bytes: input, changed: false };
    const segment = input.slice(pos, end);
    if (marker === 0xe1 && xmpHeaders.some((h) => ascii(segment, 4, h.length) === h)) {
      changed = true; // XMP dropped
    } else {
      if (marker === 0xe1 && ascii(segment, 4, 6) === 'Exif\0\0' && clearGps(segment, 10)) changed = true;
      kept.push(segment);
    }
    pos = end;
  }
  kept.push(input.subarray(pos));
  if (!changed) return { bytes: input, changed: false };
  const out = new Uint8Array(kept.reduce((n, k) => n + k.length, 0));
  let offset = 0;
  for (const k of kept) {
    out.set(k, offset);
    offset += k.length;
  }
  return { bytes: out, changed: true };
}

/** Zeroes the GPS directory of the TIFF structure starting at `tiff` in `seg`; true if there was one. */
function clearGps(seg: Uint8Array, tiff: number): boolean {
  const order = ascii(seg, tiff, 2);
  if (order !== 'II' && order !== 'MM') return false;
  const little = order === 'II';
  const u16 = (o: number) =>
    little ? (seg[o] ?? 0) | ((seg[o + 1] ?? 0) << 8) : ((seg[o] ?? 0) << 8) | (seg[o + 1] ?? 0);
  const u32 = (o: number) => (little ? u16(o) + u16(o + 2) * 0x10000 : u16(o) * 0x10000 + u16(o + 2));
  const inside = (o: number, n: number) => o >= tiff && o + n <= seg.length;
  const ifd0 = tiff + u32(tiff + 4);
  if (!inside(ifd0, 2)) return false;
  const count0 = u16(ifd0);
  let gps = -1;
  for (let i = 0; i < count0; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (!inside(entry, 12)) return false;
    if (u16(entry) === gpsInfoTag) gps = tiff + u32(entry + 8);
  }
  if (gps < 0 || !inside(gps, 2)) return false;
  const count = u16(gps);
  for (let i = 0; i < count; i++) {
    const entry = gps + 2 + i * 12;
    if (!inside(entry, 12)) break;
    const size = (typeSizes[u16(entry + 2)] ?? 1) * u32(entry + 4);
    if (size > 4) {
      const at = tiff + u32(entry + 8);
      if (inside(at, size)) seg.fill(0, at, at + size);
    }
    seg.fill(0, entry, entry + 12);
  }
  seg.fill(0, gps, gps + 2); // no entries left
  return true;
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < start + length && i < bytes.length; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}
