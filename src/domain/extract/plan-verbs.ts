/**
 * Still more verbs that open a report's measure (fifteenth pass), beside report-measures.ts and measure-verbs.ts:
 * 开发, 拆除, 发布, 新开, 提速, 新创建, 服务保障, 突出, 瞄准, 抢占, 办理 — 发布新一批地方标准。拆除违法建设…。 each state a
 * measure of their own in a plan part's paragraph.
 */
const PLAN_VERB = /^(?:开发|拆除|发布|新开|提速|新创建|服务保障|突出|瞄准|抢占|办理)/;

export function opensPlanVerb(sentence: string): boolean {
  return PLAN_VERB.test(sentence);
}
