/**
 * Counts of a set that is given, not a result to reach (tenth pass):
 * - a count that sums the names listed right before it (推动甲市、乙市、丙市3个园区提质发展: three parks named,
 *   all already there) — the list has as many names, separated by 、, as the count says, and the count stands
 *   before the noun it sums (not 城中村2个 after a list, not a range);
 * - a batch chosen by others (建好首批12个试点项目, 第二批5个示范村): the batch is a fact, the job is to do it well;
 * - what is under way or exists already (抓好4个在建项目, 3个现有园区): 在建, 现有, 已建 after the count.
 * `left` is the clause text before the count, `right` the text after its unit.
 */

export function namesGivenSet(left: string, right: string, value: number | null, isRange = false): boolean {
  if (/(?:首批|第[一二三四五六七八九十\d]{1,2}批|首轮)$/.test(left)) return true;
  if (/^(?:在建|现有|已建|已有|已建成|已开工|续建)/.test(right)) return true;
  // The count stands before the noun it sums (甲市、乙市、丙市3个园区); 新建、改扩建学校2—3所 lists verbs.
  return !isRange && /^[\u4e00-\u9fff]/.test(right) && sumsListedNames(left, value);
}

function sumsListedNames(left: string, value: number | null): boolean {
  if (value === null || value < 2 || !Number.isInteger(value)) return false;
  const list = /(?:[\u4e00-\u9fff]{1,12}、)+[\u4e00-\u9fff]{1,12}$/.exec(left);
  if (list === null || /等$/.test(list[0])) return false;
  return list[0].split('、').length === value;
}
