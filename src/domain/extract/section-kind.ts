import { withoutQuotedSlogans } from './quoted-slogans.js';
import { withoutWonFunds } from './won-funds.js';
import { withoutNonDirectiveYao } from './non-directive-yao.js';
import { statesResult } from './state-titles.js';
import { assignsResponsibility } from './assigned-units.js';
import { withoutBasisNotes } from './basis-notes.js';
import { pursuesStatedTargets } from './target-means.js';
import { withoutSettledPlans } from './settled-plans.js';
import { withoutSoughtResults } from './sought-results.js';
import { namesPlanYear } from './plan-year-titles.js';
import type { SectionKind } from './types.js';
import { maskPopulationRates } from './population-rates.js';

export type TextKind = 'plan' | 'review' | 'neutral';

/**
 * Words that look forward: directives (要, 确保, 力争), plans (计划, 将) and future time (明年, 到2025年).
 * 要 inside 重要/主要/需要/要求 is not a directive; 努力 after 的/不懈/共同 is the effort made, a noun.
 */
const PLAN =
  /(?<![重主需必只纲提摘概扼紧不])要(?![求素点闻害件])|力争|确保|争取|务必|必须|计划|力求|(?<!的|不懈|共同)努力|着力|将(?![来军])|明年|新的一年|今后|未来|下一步|下步|到20\d{2}年|20\d{2}年(?:底|末)?(?:前|之前)|年底前|年内|以上目标|目标是|目标任务|预期目标/g;

/**
 * Words that report the past or an estimate: perfective 了 after a verb, 已, year-on-year change (同比),
 * estimates (预计), honours received (被评为). A comparison base (比上年, 比去年, 较上年) is not one: plans
 * state their targets against last year as often as reviews do (比上年增长6%, 比上年压减10%).
 */
const REVIEW =
  /(?<![为除罢])(?<=[\u4e00-\u9fff])了(?![解如然却结])|已经|已(?=[\u4e00-\u9fff])|同比|(?<![比较与同])去年|(?<![比较与同])上年度|(?<![比较与同])前年|预计|预测|今年以来|年以来|过去的?一年|过去[\u4e00-\u9fff]{0,2}年|回顾|先后|相继|荣获|被评为|被列为|被命名|位居|位列|名列|初见成效|成效明显|成效显著|开局良好|取得[\u4e00-\u9fff]{0,4}成[效绩果就]/g;

/** Strong review words outweigh a plan word in the same clause (预计完成…, 同比增长…). */
const STRONG_REVIEW = /预计|预测|同比|已经|今年以来/;
/** Strong plan words outweigh weak review words (未来五年，累计建成…). */
const STRONG_PLAN = /力争|确保|争取|计划|明年|未来|今后|到20\d{2}年|\d{1,2}年内|年底前/;

/**
 * In a review section, a sentence plans only with a strong plan word (力争, 明年…): the account of the year
 * uses 着力/加快/坚持 for what was done (我们坚持规划引领，加快推进城市更新，着力提升城市品质，全年完成…).
 */
export function plansInReview(sentence: string): boolean {
  // 争取上级转移支付31.8亿元 in the account of a year names funds won, not a plan (won-funds.ts).
  return STRONG_PLAN.test(withoutWonFunds(withoutQuotedSlogans(sentence)));
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Classifies a sentence or clause by its own words: plan, review, or neutral (no marker). */
export function classifyText(sentence: string): TextKind {
  // （依据…预计增长情况进行设置）: a note on a figure's basis weighs nothing (basis-notes.ts).
  const text = withoutBasisNotes(sentence);
  // 要 inside a quoted slogan (“干部要干”) is no directive (quoted-slogans.ts).
  // …第一要务, 要解决问题就没有后劲: 要 that tells no one to act (non-directive-yao.ts).
  // …，责任单位为区发改委: a sentence that names who answers for it plans (assigned-units.ts).
  // 为实现上述目标，…: how the targets will be reached plans (target-means.ts).
  const plan =
    count(PLAN, withoutNonDirectiveYao(withoutQuotedSlogans(text))) +
    (assignsResponsibility(text) ? 1 : 0) +
    (pursuesStatedTargets(text) ? 1 : 0);
  // 主要指标和重点任务已经明确: the plan in force, not the past (settled-plans.ts).
  // 取得重大成果100项以上: results sought with a floor, not won (sought-results.ts).
  const reviewText = withoutSoughtResults(withoutSettledPlans(text));
  const review = count(REVIEW, reviewText);
  if (plan === 0 && review === 0) return 'neutral';
  if (review === 0) return 'plan';
  if (plan === 0) return 'review';
  if (STRONG_REVIEW.test(reviewText)) return 'review';
  if (STRONG_PLAN.test(text)) return 'plan';
  // A tie (在大家的共同努力下，圆满完成了…) reports the past: plan words there are often nouns.
  return plan > review ? 'plan' : 'review';
}

const TITLE_REVIEW = /回顾|总结|成绩|成就|过去|工作情况|取得的|主要工作|基本情况|以来/;
const TITLE_PLAN =
  /目标|任务|部署|安排|打算|思路|重点|要求|措施|推进|加快|加强|实施|坚持|抓|推动|强化|落实|努力|建设|着力|全面/;

const PARENT_WEIGHT = 2;

/**
 * A subsection of a part titled as a review (2023年工作回顾 → 2. 城市建设日新月异，…加快推进城市更新…) reviews
 * too, whatever verbs its account of the year uses, unless its own title plans (…目标, …任务, …安排).
 */
export function isReviewPartChild(parentTitle: string, title: string): boolean {
  return (
    TITLE_REVIEW.test(parentTitle) &&
    !/目标|任务|部署|安排|打算/.test(parentTitle) &&
    !/目标|任务|部署|安排|打算|展望/.test(title)
  );
}

/**
 * Decides whether a section plans or reviews: the title weighs most (回顾总结… vs 明确工作目标任务),
 * then the balance of plan and review sentences in the section and its subsections, and the kind of
 * the section it belongs to.
 */
export function classifySection(
  title: string,
  sentenceKinds: readonly TextKind[],
  parentKind: SectionKind | null = null,
  meetingDate: string | null = null,
): SectionKind {
  let plan = 0;
  let review = 0;
  // A subsection belongs to its part of the report: the closing words of a review (…我们将认真加以解决)
  // do not turn its last subsection into a plan, nor does a sentence of background turn a plan's.
  if (parentKind === 'review') review += PARENT_WEIGHT;
  if (parentKind === 'plan') plan += PARENT_WEIGHT;
  for (const kind of sentenceKinds) {
    if (kind === 'plan') plan++;
    if (kind === 'review') review++;
  }
  // 项目建设有序推进: a title that states a result is a review's (state-titles.ts).
  // 2026年主要工作 at a meeting in 2026: the year planned, not the account of one (plan-year-titles.ts).
  if (meetingDate !== null && namesPlanYear(title, meetingDate)) plan += 3;
  else if ((TITLE_REVIEW.test(title) && !/目标|任务|部署/.test(title)) || statesResult(title))
    review += 3 + plan / 2;
  else if (TITLE_PLAN.test(title)) plan += 3;
  if (plan === 0 && review === 0) return 'other';
  if (review > plan) return 'review';
  if (plan > review) return 'plan';
  return 'other';
}

/**
 * A clause that describes a state (承担着…, 拥有…) or a place in a ranking, not an action to take:
 * its numbers are facts, not targets.
 */
export function isDescriptiveClause(text: string): boolean {
  // 常住人口城镇化率 names a rate, not the population (population-rates.ts).
  const clause = maskPopulationRates(text);
  // 每千人口拥有… is the name of a per-capita indicator, not a count of what exists; 占地区生产总值 is a share.
  return /[\u4e00-\u9fff]着(?![力手眼重])|(?<!每[\u4e00-\u9fff]{0,4})拥有|现有|共有|下辖|辖有|辖区内有|位居|位列|占地(?!区)|总人口|常住人口/.test(
    clause,
  );
}
