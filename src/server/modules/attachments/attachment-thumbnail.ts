import { Resvg } from '@resvg/resvg-js';

const box = 240;

/**
 * A 240 × 240 PNG preview of a photo, the picture fitted inside (letterboxed, transparent around). Drawn by resvg
 * — already used for the charts and the project board — from an SVG that embeds the photo, so no image library
 * is added. Null when resvg cannot read the picture (it then shows without a preview).
 */
export function renderThumbnail(bytes: Buffer, mediaType: string): Buffer | null {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${box}" height="${box}" viewBox="0 0 ${box} ${box}"><image width="${box}" height="${box}" preserveAspectRatio="xMidYMid meet" href="data:${mediaType};base64,${bytes.toString('base64')}"/></svg>`;
  try {
    const image = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
    // resvg draws nothing (and says nothing) for an image it cannot decode: a blank picture is no preview.
    return hasInk(image.pixels) ? image.asPng() : null;
  } catch {
    return null;
  }
}

/** Whether any pixel of an RGBA buffer is not fully transparent. */
function hasInk(rgba: Buffer): boolean {
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] !== 0) return true;
  return false;
}
