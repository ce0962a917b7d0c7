/**
 * The capacity in a project's name is no target of its own (fifteenth pass): 推动某某60万吨赖氨酸等项目释放产能,
 * 抓好某某年产60万吨油料等项目建设, 释放某化120万吨乙烯转型升级项目新装置产能 — a capacity (吨, 千瓦, 辆, 台, 套)
 * whose noun runs on into 项目 within its clause names which project is meant; the measure is about the project.
 * 新增装机1000万千瓦 and 建成年产10万吨的生产线 keep their targets (no 项目 follows).
 */
const CAPACITY_UNIT = /^(?:万|千|百)?(?:吨|千瓦|兆瓦|吉瓦|辆|台|套)$/;
const RUNS_INTO_PROJECT = /^[^，。；：、,;:\d]{0,12}?(?:等)?(?:重点|重大)?项目/;

export function namesProjectCapacity(unit: string, right: string): boolean {
  return CAPACITY_UNIT.test(unit) && RUNS_INTO_PROJECT.test(right);
}
