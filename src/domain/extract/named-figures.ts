/**
 * A figure that is part of a name, not an amount (fifteenth pass): 创新创业青年50人论坛, 中国经济50人论坛 — a count of
 * people right before 论坛/峰会/沙龙/俱乐部 names the forum. 举办论坛3场 and 培训500人 stay targets.
 */
const NAMED_BY_COUNT = /^(?:论坛|峰会|沙龙|俱乐部)/;

export function namesForum(unit: string, right: string): boolean {
  return unit === '人' && NAMED_BY_COUNT.test(right);
}
