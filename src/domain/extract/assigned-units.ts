/**
 * A sentence that names who answers for it (责任单位为区发改委, 牵头单位：区住建局, 由区财政局牵头, 区科技局负责)
 * assigns work: it plans, even with no plan word (人均地区生产总值：增长6%左右，责任单位为区发改委). An account of
 * the year does not hand out responsibility; a list of indicators with their units does.
 */
const ASSIGNED =
  /(?:责任|牵头|承办|主办|配合|监考|考核)(?:单位|部门|领导)(?:为|是|[:：])|由[\u4e00-\u9fff]{1,12}?(?:牵头|负责)(?:[，,；;。]|$|落实|推进|实施|完成)/;

export function assignsResponsibility(sentence: string): boolean {
  return ASSIGNED.test(sentence);
}
