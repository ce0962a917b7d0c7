import type { MappedText } from './types.js';

/**
 * The end of an excerpt or a sharing site's preview cuts the text mid-word (…综合实力大幅跃升。2021年全): a
 * piece after the last sentence end of the last paragraph (or a last paragraph of its own: …跃升。|2021年全),
 * of fewer than five Chinese characters and no punctuation, is no sentence and is dropped, so that it drafts no task. A longer cut sentence
 * (要充分发挥考核) is kept: it may still say what to do.
 */
const TAIL = /(?:^|(?<=[。！？!?]))[^。！？!?，,；;：:、]*$/;
const MAX_TAIL_CJK = 4;

export function dropCutTail(paragraphs: MappedText[]): MappedText[] {
  const last = paragraphs[paragraphs.length - 1];
  if (last === undefined) return paragraphs;
  const tail = TAIL.exec(last.text);
  if (tail === null || tail[0].trim().length === 0) return paragraphs;
  const cjk = (tail[0].match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (cjk > MAX_TAIL_CJK) return paragraphs;
  const keep = tail.index;
  if (keep === 0) return paragraphs.slice(0, -1);
  return [...paragraphs.slice(0, -1), { text: last.text.slice(0, keep), map: last.map.slice(0, keep) }];
}
