/**
 * A clause saying that the year's targets are settled (主要指标和重点任务已经明确, 目标任务已下达, 计划已经确定) states
 * the plan in force, not an account of the past: its 已经 is no review word, so the directive after it
 * (…已经明确，各乡镇、各部门要紧盯年度目标任务) is still a plan.
 */
const SETTLED =
  /(?<=(?:目标|任务|指标|计划|思路|部署)[\u4e00-\u9fff]{0,6}?)(?:已经|已)(?=(?:明确|确定|下达|敲定|定下))/g;

export function withoutSettledPlans(text: string): string {
  return text.replace(SETTLED, (m) => '定'.repeat(m.length));
}
