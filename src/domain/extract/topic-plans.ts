/**
 * A sentence that names its topic before a plan (如开放通道方面，将推进…; 在产业发展方面，今年将…; 民生方面，计划
 * 新建…) relays one plan of a list, as news reports of a work report do: it opens a task of its own, so that
 * each topic keeps its own task when the reporter puts them one after another.
 */
const TOPIC_LEAD = /^(?:如|在|其中|例如|比如)?[^，。；：！？]{1,14}方面[，,]/;
const PLAN_AFTER = /^[^，。；：！？]{0,10}?(?:将(?![近来])|计划|力争|拟)/;

export function opensTopicPlan(sentence: string): boolean {
  const lead = TOPIC_LEAD.exec(sentence);
  return lead !== null && PLAN_AFTER.test(sentence.slice(lead[0].length));
}
