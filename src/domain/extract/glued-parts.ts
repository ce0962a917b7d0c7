import { slice } from './inline-headings.js';
import { PART_TITLE_WORDS } from './part-titles.js';
import { gluedYearParts } from './year-part-titles.js';
import type { MappedText } from './types.js';

/**
 * A part title of a report glued between two sentences when the line breaks were lost (…进行展望。2023年工作
 * 回顾1. 经济发展稳中向好，…。4. …2024年工作展望1. 坚持高质量发展…): after a sentence end and right before
 * the first item of a numbered list (1. / 1、 / 一、), the title becomes a paragraph of its own again, and
 * so does the list after it, as part-titles.ts reads them line by line.
 */
const GLUED_PART = new RegExp(
  `(?<=[。！？])(?:20\\d{2}年(?:度)?|今年|明年|去年|新的一年)?[\\u4e00-\\u9fff]{0,6}?(?:${PART_TITLE_WORDS})(?=\\s*(?:1\\s*[、.．]|一、))`,
  'g',
);

/**
 * A part title led by its verb (…不断提升。回顾2023年工作成果过去的一年，… / 展望2024年工作目标2024年，我们将…),
 * glued between two sentences: the verb, a year, and 工作/发展 with what the part holds, right after a sentence
 * end and before a new sentence (not before 的, 和, 是… that would make it a clause's subject).
 */
const GLUED_VERB_PART =
  /(?<=[。！？])(?:回顾|回首|总结|展望|部署)(?:20\d{2}年(?:度)?|过去(?:的)?一年|新的一年|今年|明年)(?:工作|发展)(?:成果|成绩|成就|目标|任务|安排|重点)(?=[\u4e00-\u9fff\d])(?![的和与是为及在])/g;

export function splitGluedParts(paragraph: MappedText): MappedText[] {
  const found = [
    ...paragraph.text.matchAll(GLUED_PART),
    ...paragraph.text.matchAll(GLUED_VERB_PART),
    // …。2026年重点工作今年是…（一）…: a year-led title before a new sentence (year-part-titles.ts).
    ...gluedYearParts(paragraph.text),
  ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const cuts = found.flatMap((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  if (cuts.length === 0) return [paragraph];
  const bounds = [0, ...cuts, paragraph.text.length];
  return bounds
    .slice(0, -1)
    .map((from, i) => slice(paragraph, from, bounds[i + 1] ?? paragraph.text.length))
    .map((p) => {
      const lead = p.text.length - p.text.trimStart().length;
      return lead > 0 ? slice(p, lead, p.text.length) : p;
    })
    .filter((p) => p.text.trim().length > 0);
}
