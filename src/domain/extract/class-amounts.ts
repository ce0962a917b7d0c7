/**
 * An amount of money that names the class of what is counted right after it (引进投资超30亿元或3亿美元项目6个,
 * 10亿元项目8个, 5000万美元外资企业3家): the count is the target, the amount only says which projects. It holds
 * when the amount (or a second one joined by 或) is followed by a category noun and a count; an amount followed by
 * a verb (投资3亿元建设学校2所) stays a target.
 */
const MONEY = /(?:万|亿)?(?:美)?元$/;
const CLASS_NOUN =
  /^(?:以上|以下)?(?:或[^，。；、]{1,12}?)?(?:以上|以下)?的?(?:重大|重点|产业|工业|制造业|外资|内资|规上|招商)?(?:项目|企业|工程|楼宇|总部)[\u4e00-\u9fff]{0,3}?(?:\d|[XＸ*])/;

export function namesClassByAmount(unit: string, right: string): boolean {
  return MONEY.test(unit) && CLASS_NOUN.test(right);
}
