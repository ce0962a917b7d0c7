import { describe, expect, it } from 'vitest';
import { sniffPhotoType, stripJpegLocation } from './photos';
import { jpegWithGps, tinyPng, tinyWebp } from './photos.test-helpers';

const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('sniffPhotoType', () => {
  it('knows JPEG, PNG and WebP by content', () => {
    expect(sniffPhotoType(jpegWithGps())).toBe('image/jpeg');
    expect(sniffPhotoType(tinyPng())).toBe('image/png');
    expect(sniffPhotoType(tinyWebp())).toBe('image/webp');
  });
  it('refuses anything else, whatever it is called', () => {
    expect(sniffPhotoType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffPhotoType(new TextEncoder().encode('GIF89a....'))).toBeNull();
    expect(sniffPhotoType(Uint8Array.from([0x25, 0x50, 0x44, 0x46]))).toBeNull(); // %PDF
    expect(sniffPhotoType(new Uint8Array())).toBeNull();
  });
});

describe('stripJpegLocation', () => {
  it.each([true, false])('clears the GPS directory and drops XMP (little-endian: %s)', (little) => {
    const input = jpegWithGps(little);
    const before = text(input);
    expect(before).toContain('GPSLatitude');
    const { bytes, changed } = stripJpegLocation(input);
    expect(changed).toBe(true);
    const after = text(bytes);
    expect(after).not.toContain('GPSLatitude');
    expect(after.startsWith('\xff\xd8\xff\xe1')).toBe(true);
    // The EXIF segment keeps its length and its orientation entry; the latitude values are gone.
    const tiff = 2 + 4 + 6;
    const exifLength = (bytes[4] ?? 0) * 256 + (bytes[5] ?? 0);
    expect(exifLength).toBe((input[4] ?? 0) * 256 + (input[5] ?? 0));
    const segment = bytes.subarray(tiff, 2 + 2 + exifLength);
    expect(Array.from(segment.subarray(segment.length - 24)).every((b) => b === 0)).toBe(true);
    expect(Array.from(segment.subarray(10, 12))).toEqual(little ? [0x12, 0x01] : [0x01, 0x12]);
    // The image data after the scan marker is untouched.
    expect(after.endsWith(before.slice(before.indexOf('\xff\xda')))).toBe(true);
    // Input is not modified.
    expect(text(input)).toBe(before);
  });

  it('leaves a JPEG without location, or a broken one, as it is', () => {
    const plain = Uint8Array.from([0xff, 0xd8, 0xff, 0xdb, 0, 4, 1, 2, 0xff, 0xda, 0, 2, 9, 0xff, 0xd9]);
    expect(stripJpegLocation(plain)).toEqual({ bytes: plain, changed: false });
    const broken = Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00, 1]);
    expect(stripJpegLocation(broken).changed).toBe(false);
    expect(stripJpegLocation(tinyPng()).changed).toBe(false);
  });
});
