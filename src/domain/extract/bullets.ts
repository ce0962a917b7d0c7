import type { MappedText } from './types.js';

/**
 * Bulleted summaries (a newspaper's digest of a work report): part titles opened by one glyph (■ 2025年主要预期
 * 目标) and items opened by another (●经济增长6%左右), one a line and no end punctuation. Each bullet opens a
 * paragraph of its own — also when the line breaks were lost; the short unpunctuated bullets of the glyph that
 * heads the others are part titles, and the items lose their glyph and are plain paragraphs.
 * ○ (a zero in 二○二五年) and □ (a redacted character) are no bullets.
 */
const GLYPHS = '●•◆◇■▲△★☆▶►◎';
const BULLET = new RegExp(`[${GLYPHS}]`, 'g');
const OPENS_BULLET = new RegExp(`^[${GLYPHS}]\\s*`);
/** A bullet that stays on a part title (the only glyph left after normalisation). */
const TITLE = new RegExp(`^([${GLYPHS}])\\s*([^。；！？，：]{2,30})$`);

export function opensBullet(text: string): boolean {
  return OPENS_BULLET.test(text);
}

function slice(p: MappedText, from: number, to: number): MappedText {
  return { text: p.text.slice(from, to), map: p.map.slice(from, to) };
}

/** Splits a paragraph holding two bullets or more (●…●…, a joined copy) at each bullet. */
export function splitBulletItems(p: MappedText): MappedText[] {
  const at = [...p.text.matchAll(BULLET)].map((m) => m.index);
  if (at.length < 2) return [p];
  const cuts = at[0] === 0 ? at : [0, ...at];
  return cuts
    .map((from, i) => slice(p, from, cuts[i + 1] ?? p.text.length))
    .map((piece) => {
      const trimmed = piece.text.replace(/\s+$/, '');
      return slice(piece, 0, trimmed.length);
    })
    .filter((piece) => piece.text.length > 0);
}

/**
 * Keeps the glyph of part titles only. The title glyph heads the others: no two of its bullets come in a row
 * (■ title, ● items…, ■ title), while another glyph's do; its short unpunctuated bullets are titles.
 */
export function markBulletTitles(paragraphs: readonly MappedText[]): MappedText[] {
  const bullets = paragraphs.filter((p) => opensBullet(p.text)).map((p) => p.text[0] ?? '');
  const inRow = new Set(bullets.filter((g, i) => bullets[i + 1] === g));
  const heads = [...new Set(bullets)].filter((g) => !inRow.has(g));
  const titleGlyph = heads.length === 1 && inRow.size > 0 ? heads[0] : undefined;
  return paragraphs.map((p) => {
    const glyph = OPENS_BULLET.exec(p.text);
    if (glyph === null) return p;
    if (p.text[0] === titleGlyph && TITLE.test(p.text)) return p;
    return slice(p, glyph[0].length, p.text.length);
  });
}

/** A line that holds bullets after its start is a bulleted list run together, not a document's title. */
export function holdsBullets(text: string): boolean {
  return [...text.matchAll(BULLET)].some((m) => m.index > 0);
}

/** The title of a part opened by a bullet (what markBulletTitles kept), or null. */
export function bulletTitle(paragraph: string): string | null {
  const m = TITLE.exec(paragraph);
  return m === null ? null : (m[2]?.trim() ?? null);
}
