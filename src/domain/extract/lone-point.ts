import { findPoints } from './inline-headings.js';
import { pairedTitle, underPart } from './paired-titles.js';

/**
 * A requirement title: 要… up to its sentence end, at most 30 characters, no clause break — or two short
 * parallel phrases joined by one comma (要突出重点工作，奋力冲刺全年目标。), each of 8 characters or fewer.
 */
const REQUIREMENT_TITLE =
  /^(?:要|必须|务必)(?:[^，,；;：:。！？!?]{2,28}|[^，,；;：:。！？!?]{2,7}[，,][^，,；;：:。！？!?]{2,8})[。！？!?]/;

/** Counts the sentence ends in a piece, and a last sentence cut off by the end of the text. */
function sentences(text: string): number {
  const ends = (text.match(/[。！？!?]+/g) ?? []).length;
  return ends + (/[^。！？!?\s]\s*$/.test(text) ? 1 : 0);
}

/**
 * A lone first point in the middle of a line (…新局面。一要着眼大局抓落实。立足…。落实…。 or …强大动力。
 * 第一，要巩固扩大“基本无违法建设城区”重大成果。疏解…。在疏…) that begins a subsection whose siblings never
 * come: the speech is cut off, or its paragraph breaks were lost and the second point lies beyond the text.
 * It is a heading when its first sentence is a short requirement title (要…, no clause break), a body of
 * two sentences or more follows it, no other point of its family stands in its paragraph, and no second
 * point of its family appears later in the text (a 二要 further on makes the pair a run, or items, decided
 * elsewhere). One-sentence requirements (…。一要加强领导。) and requirements with clauses
 * (一要加强领导，压实责任。…) stay in their paragraph. Returns paragraph index → offset of the point.
 */
export function findLoneFirstPoints(texts: readonly string[]): Map<number, number> {
  const out = new Map<number, number>();
  const pointsOf = texts.map((t) => findPoints(t));
  // The last paragraph holding a second point of each family: one pass, not a scan per paragraph.
  const lastSecond = new Map<string, number>();
  pointsOf.forEach((points, index) => {
    for (const p of points) if (p.n === 2) lastSecond.set(p.family, index);
  });
  texts.forEach((text, index) => {
    const points = pointsOf[index] ?? [];
    const first = points.find(
      (p) => p.n === 1 && p.at > 0 && (p.family === 'ordinal' || p.family === 'cn-要'),
    );
    if (first === undefined) return;
    if (points.some((p) => p !== first && p.family === first.family)) return;
    if ((lastSecond.get(first.family) ?? -1) > index) return;
    const marker = first.family === 'ordinal' ? /^第一[，、,]/ : /^一(?=要)/;
    const afterMarker = text.slice(first.at).replace(marker, '');
    // Or two phrases of up to 12 characters joined by a comma (要认识到成绩来之不易，切实增强…使命感。): paired-titles.ts.
    const verb = /^(?:要|必须|务必)/.exec(afterMarker)?.[0];
    const paired =
      verb === undefined || !underPart([...texts.slice(0, index), text.slice(0, first.at)].join('\n'))
        ? null
        : pairedTitle(afterMarker.slice(verb.length));
    const title =
      REQUIREMENT_TITLE.exec(afterMarker)?.[0] ?? (paired === null ? null : `${verb ?? ''}${paired}`);
    if (title === null) return;
    if (sentences(afterMarker.slice(title.length)) < 2) return;
    out.set(index, first.at);
  });
  return out;
}
