import { slice } from './inline-headings.js';
import type { MappedText } from './types.js';

/**
 * A list of labelled lines, each ended by ；, pasted without line breaks (人均地区生产总值：增长6%左右，责任单位为
 * 区发改委；规模以上工业增加值：增长8%，…；服务业增加值：…): the paragraph opens with a label and its colon, and
 * one or more further labels follow a ；. Each labelled item becomes a paragraph of its own again, as it was a
 * line of its own — the list's items are its tasks, not the parts of one sentence. A label is 2 to 20
 * characters without a clause break; a paragraph that does not open with a label is left as it is (…；其中：…).
 */
const LABEL = '[\\u4e00-\\u9fff“”、A-Za-z0-9]{2,20}[：:]';
const OPENS_WITH_LABEL = new RegExp(`^\\s*${LABEL}`);
const LABEL_AFTER_SEMICOLON = new RegExp(`(?<=[；;])\\s*(?=${LABEL})`, 'g');
const MIN_LABELS = 2;

export function splitSemicolonLabels(paragraph: MappedText): MappedText[] {
  if (!OPENS_WITH_LABEL.test(paragraph.text)) return [paragraph];
  const cuts = [...paragraph.text.matchAll(LABEL_AFTER_SEMICOLON)].map((m) => (m.index ?? 0) + m[0].length);
  if (cuts.length + 1 < MIN_LABELS) return [paragraph];
  const bounds = [0, ...cuts, paragraph.text.length];
  return bounds
    .slice(0, -1)
    .map((from, i) => slice(paragraph, from, bounds[i + 1] ?? paragraph.text.length))
    .filter((p) => p.text.trim().length > 0);
}
