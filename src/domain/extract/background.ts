/**
 * Sentences of background inside a plan section: they give the reason for a task, not the task. Only a
 * sentence without a plan word of its own is judged here (its section makes it look like a plan):
 * - a definition or a judgement, X是Y (就业是最基本的民生, 项目是发展的生命线, 担当是干部的重要品格), unless it
 *   announces its content (重点是…, 目标是…) or enumerates (一是…);
 * - a statement about now or about a date passed (当前，周边地区竞相发展…, 截至腊月二十八，…).
 */
const COPULA = /^[^，,。；;：:！？、]{1,12}?是(?!否)/;
const ANNOUNCES =
  /^[^，,。；;：:！？、]{0,8}(目标|任务|重点|关键|核心|目的|要求|原则|办法|途径|抓手)是|^[一二三四五六七八九十]{1,2}是/;
const NOW = /^(当前|目前|现在|眼下|如今|近年来|近些年|这些年|截至|截止)/;

export function isBackgroundSentence(sentence: string): boolean {
  if (NOW.test(sentence)) return true;
  return COPULA.test(sentence) && !ANNOUNCES.test(sentence);
}
