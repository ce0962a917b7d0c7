/**
 * A small site photo for the demo's reports, drawn in code (no file downloaded): an SVG of a building site —
 * sky, ground, a half-built block whose height follows the month, a crane — rasterised to PNG by resvg.
 */
import { Resvg } from '@resvg/resvg-js';

/** A 320×200 PNG that differs by project and month. */
export function demoSitePhoto(name: string, month: number): { fileName: string; bytes: Buffer } {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) % 360;
  const floors = Math.min(8, 1 + Math.floor(month * 0.7));
  const block = Array.from(
    { length: floors },
    (_, i) =>
      `<rect x="110" y="${150 - (i + 1) * 14}" width="100" height="13" fill="hsl(${hash},25%,${55 + (i % 2) * 8}%)"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200">
<rect width="320" height="200" fill="hsl(${(hash + 180) % 360},60%,82%)"/>
<rect y="150" width="320" height="50" fill="#8d7b5f"/>${block}
<line x1="250" y1="150" x2="250" y2="30" stroke="#e0a100" stroke-width="6"/>
<line x1="180" y1="34" x2="300" y2="34" stroke="#e0a100" stroke-width="5"/>
<line x1="200" y1="34" x2="200" y2="${150 - floors * 14 - 6}" stroke="#333" stroke-width="1.5"/>
<circle cx="${40 + month * 18}" cy="40" r="14" fill="#fff6b0"/></svg>`;
  const bytes = Buffer.from(new Resvg(svg).render().asPng());
  return { fileName: `现场照片-${month}月.png`, bytes };
}
