/**
 * In a news report the reporter's lead opens each plan it relays (赵明表示，今年南溪区将持续优化营商环境…;
 * 据了解，南溪区还将实施教育提质工程…; 记者从区发改局获悉，全区今年计划…): when the paragraph breaks are
 * lost, it is the only sign that a new task begins. Only a lead followed by a plan of the future (将, 计划,
 * 力争, 拟) counts; a leader quoted for a judgement (习近平总书记指出，…是…) opens nothing.
 */
const REPORT_LEAD =
  /^(?:据(?:了解|介绍|悉)|记者(?:从[^，。；！？]{1,20})?(?:了解到|获悉)|[^，。；：！？“”]{1,16}(?:表示|说|介绍|透露))[，,：:]/;
const FUTURE = /将|计划|力争|拟/;

export function opensReportedPlan(sentence: string): boolean {
  const lead = REPORT_LEAD.exec(sentence);
  return lead !== null && FUTURE.test(sentence.slice(lead[0].length));
}
