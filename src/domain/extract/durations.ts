/**
 * A time limit that is itself the target (企业开办时间压缩至1天以内, 审批时限缩短到3个工作日): a number of
 * days, working days, hours or minutes right after a verb that cuts a duration down to it. Other numbers
 * of time units stay periods or dates (用3年时间, 6月底前, 每天), never targets.
 */
const LIMIT_VERB = /(压缩至|压缩到|压减至|压减到|缩短至|缩短到|减少至|减少到|控制在|减至|缩至)$/;
const DURATION_UNITS = new Set(['天', '个工作日', '工作日', '小时', '分钟']);

/** The unit of a time-limit target, or '' when the number is no such target. */
export function durationTargetUnit(before: string, timeUnit: string): string {
  return DURATION_UNITS.has(timeUnit) && LIMIT_VERB.test(before) ? timeUnit : '';
}
