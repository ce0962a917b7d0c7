/** Small images built byte by byte for the photo tests (domain and API). */

/** A JPEG with EXIF (orientation and a GPS latitude of 31°14'30"), an XMP packet, and a few bytes of "scan". */
export function jpegWithGps(littleEndian = true): Uint8Array {
  const tiff: number[] = [];
  const u16 = (v: number) => (littleEndian ? [v & 0xff, v >> 8] : [v >> 8, v & 0xff]);
  const u32 = (v: number) =>
    littleEndian
      ? [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >>> 24]
      : [v >>> 24, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff];
  const entry = (tag: number, type: number, count: number, value: number[]) => [
    ...u16(tag),
    ...u16(type),
    ...u32(count),
    ...value,
    ...Array<number>(4 - value.length).fill(0),
  ];
  const gpsIfd = 8 + 2 + 2 * 12 + 4; // after IFD0
  const latData = gpsIfd + 2 + 2 * 12 + 4; // after the GPS IFD
  tiff.push(...(littleEndian ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8));
  tiff.push(...u16(2), ...entry(0x0112, 3, 1, u16(6)), ...entry(0x8825, 4, 1, u32(gpsIfd)), ...u32(0));
  tiff.push(...u16(2), ...entry(0x0001, 2, 2, [0x4e, 0]), ...entry(0x0002, 5, 3, u32(latData)), ...u32(0));
  tiff.push(...[31, 1, 14, 1, 3000, 100].flatMap(u32));
  const exif = [...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat(tiff);
  const xmp = [...'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta exif:GPSLatitude="31,14.5N"/>'].map((c) =>
    c.charCodeAt(0),
  );
  const segment = (marker: number, data: number[]) => [
    0xff,
    marker,
    (data.length + 2) >> 8,
    (data.length + 2) & 0xff,
    ...data,
  ];
  return Uint8Array.from([
    0xff,
    0xd8,
    ...segment(0xe1, exif),
    ...segment(0xe1, xmp),
    ...segment(0xdb, [0, 1, 2, 3]),
    ...segment(0xda, [1, 2, 3, 4, 5, 6]),
    0x12,
    0x34,
    0xff,
    0x00,
    0x56,
    0xff,
    0xd9,
  ]);
}

/** The PNG signature and an IHDR chunk: enough for sniffing. */
export function tinyPng(): Uint8Array {
  return Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0,
    1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde,
  ]);
}

/** A RIFF/WEBP header: enough for sniffing. */
export function tinyWebp(): Uint8Array {
  const text = (s: string) => [...s].map((c) => c.charCodeAt(0));
  return Uint8Array.from([...text('RIFF'), 12, 0, 0, 0, ...text('WEBPVP8 '), 0, 0, 0, 0]);
}
