import { opensMeasure } from './report-measures.js';
import { isRunInSubTitle } from './run-in-subtitles.js';
import { opensTopic } from './topic-openers.js';

/**
 * Whether an item is written as a report (one measure per sentence) or as a speech (a directive and the sentences
 * that explain it), decided by its sentences rather than by the bare presence of a 要 (tenth pass):
 * - 要 inside a word (重要, 主要, 需要, 只要, 纲要, 提要, 摘要, 概要, 扼要, 紧要, 必要) directs no one: 建设全国重要的
 *   装备制造基地 is a report's measure;
 * - an item whose sentences are mostly opened by a measure verb (实施…。推进…。完善…。) is a report's even when one
 *   sentence holds a 要 in passing (资金使用不能“撒胡椒面”，要聚焦…; a closing 我们要…): at least two sentences
 *   opened by a measure verb, twice as many as sentences with a directive, and the item does not open with its
 *   directive (要全力抓好项目建设。推进…。加快…。 is a speech's directive and its explanation).
 */
const DIRECTIVE = /(?<![重主需只纲提摘概扼紧必])要(?![求素点闻害件])|必须|务必/;

/** The first clause directs (要…, 各镇要…, 我们必须…). */
const OPENS_WITH_DIRECTIVE =
  /^[^，。；！？：]{0,12}?(?:(?<![重主需只纲提摘概扼紧必])要(?![求素点闻害件])|必须|务必)/;

export function directs(sentence: string): boolean {
  return DIRECTIVE.test(sentence);
}

export function isReportItem(sentences: readonly string[]): boolean {
  const directives = sentences.filter(directs).length;
  if (directives === 0) return true;
  const first = sentences[0] ?? '';
  if (OPENS_WITH_DIRECTIVE.test(first)) return false;
  const measures = sentences.filter((s) => opensMeasure(s) || opensTopic(s)).length;
  return measures >= 2 && measures >= 2 * directives;
}

/**
 * In a report's item, a sentence opened by a measure verb is a task of its own, and so is one that directs in
 * passing (经费安排不能平均用力，要集中支持…): the report states a measure there too.
 */
export function opensReportTask(sentence: string): boolean {
  // A run-in sub-title (以设施提档夯实硬件基础。) opens its measure too: run-in-subtitles.ts.
  return opensMeasure(sentence) || opensTopic(sentence) || directs(sentence) || isRunInSubTitle(sentence);
}
