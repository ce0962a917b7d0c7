/**
 * Sentences of background inside a plan section: they give the reason for a task, not the task. Only a
 * sentence without a plan word of its own is judged here (its section makes it look like a plan):
 * - a definition or a judgement, X是Y (就业是最基本的民生, 项目是发展的生命线, 担当是干部的重要品格), unless it
 *   announces its content (重点是…, 目标是…) or enumerates (一是…);
 * - a statement about now or about a date passed (当前，周边地区竞相发展…, 截至腊月二十八，…);
 * - an explanation (这个底气和信心在于…) or a statement of confidence (我们更有底气、更有信心).
 */
const COPULA = /^[^，,。；;：:！？、]{1,12}?是(?!否)/;
const ANNOUNCES =
  /^[^，,。；;：:！？、]{0,8}(目标|任务|重点|关键|核心|目的|要求|原则|办法|途径|抓手)是|^[一二三四五六七八九十]{1,2}是/;
const NOW = /^(当前|目前|现在|眼下|如今|近年来|近些年|这些年|截至|截止)/;

/** The reason of something (这个底气和信心在于…): an explanation. */
const EXPLAINS = /^[^，,。；;：:！？]{1,14}?在于/;
/** A statement of confidence (我们更有底气、更有信心): a mood, not a task. */
const CONFIDENCE = /(?:更有|充满|满怀|坚定)[^，,。；;！？]{0,6}(?:信心|底气)[。！？]?$/;

export function isBackgroundSentence(sentence: string): boolean {
  if (NOW.test(sentence) || EXPLAINS.test(sentence) || CONFIDENCE.test(sentence)) return true;
  return COPULA.test(sentence) && !ANNOUNCES.test(sentence);
}

/**
 * A definition whose predicate is a judgement noun (实现“两进一优”目标是县委全会上提出的目标要求，是推动…的重要保证):
 * background even when it holds plan words (目标是, 实现), as long as it directs nobody and names no figure
 * (issue 19, fifth pass). 目标是建成…示范区 names no judgement noun and stays a plan.
 */
const DEFINITION =
  /^[^，,。；;：:！？]{1,16}?是(?!否)[^，,。；;：:！？]{2,30}的[\u4e00-\u9fff]{0,4}(?:要求|保证|保障|关键|基础|前提|指向|根本|体现|抓手|引擎|动力|支撑|生命线)(?:[，,。；;]|$)/;
const DIRECTS =
  /(?<![重主需必只纲提摘概扼紧不])要(?![求素点闻害件])|必须|务必|确保|力争|争取|将(?![来军])|\d/;

export function isDefinitionSentence(sentence: string): boolean {
  return DEFINITION.test(sentence) && !DIRECTS.test(sentence);
}
