import { slice } from './inline-headings.js';
import type { MappedText } from './types.js';

/**
 * A list of labelled lines pasted without line breaks (…重点工作产业：实施技改项目60个，新增规上工业企业40家
 * 消费：开展“惠民消费季”活动…城建：完成…民生：…): each item ran into the next, and nothing ends a sentence.
 * A two-character label and its colon glued to the text before it opens an item when it belongs to a run
 * of three or more such labels, each item 6 to 60 characters with no sentence end inside: the items become
 * paragraphs of their own again, as opensLabelledItem reads them line by line (normalize.ts). The site's
 * share line glued after the last item (…1个工作日分享到：微信 微博) is cut off too, so it is read as noise.
 */
const GLUED_LABEL = /(?<=[^\s，。；：、！？,.;:!?“”‘’（）()【】《》])[\u4e00-\u9fff]{2}[：:]/g;
const SHARE = /(?<=[^\s。！？])分享到[：:]/;
const MIN_RUN = 3;
const MIN_ITEM = 6;
const MAX_ITEM = 60;

/** Offsets where a glued label opens an item, in a run of MIN_RUN or more. */
export function gluedLabelStarts(text: string): number[] {
  // 分享到： is the site's share line, never a label (…5座分享到：微信).
  const labels = [...text.matchAll(GLUED_LABEL)]
    .map((m) => m.index ?? 0)
    .filter((at) => !text.startsWith('分享到', at - 1));
  const runs: number[][] = [];
  let run: number[] = [];
  labels.forEach((at, i) => {
    const previous = labels[i - 1];
    const item = previous === undefined ? '' : text.slice(previous + 3, at);
    const continues =
      previous !== undefined &&
      item.length >= MIN_ITEM &&
      item.length <= MAX_ITEM &&
      !/[。！？!?]/.test(item);
    if (!continues) {
      runs.push(run);
      run = [];
    }
    run.push(at);
  });
  runs.push(run);
  return runs.filter((r) => r.length >= MIN_RUN).flat();
}

export function splitGluedLabels(paragraph: MappedText): MappedText[] {
  const starts = gluedLabelStarts(paragraph.text);
  if (starts.length === 0) return [paragraph];
  const last = starts[starts.length - 1] ?? 0;
  const share = SHARE.exec(paragraph.text.slice(last));
  const cuts = share === null ? starts : [...starts, last + share.index];
  const bounds = [0, ...cuts, paragraph.text.length];
  return bounds
    .slice(0, -1)
    .map((from, i) => slice(paragraph, from, bounds[i + 1] ?? paragraph.text.length))
    .filter((p) => p.text.trim().length > 0);
}
