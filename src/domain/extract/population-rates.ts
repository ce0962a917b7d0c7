/**
 * 常住人口 that opens the name of a rate (常住人口城镇化率提升1个百分点, 户籍人口城镇化率, 常住人口增长率) names an
 * indicator, not the size of the population: the clause is no description of what exists (section-kind.ts
 * reads 常住人口52万 as one) and its figure is a target (tenth pass).
 */
const RATE_NAME = /(?:常住|户籍|总)人口(?=[\u4e00-\u9fff]{0,6}(?:率|比重|占比|比例))/g;

export function maskPopulationRates(clause: string): string {
  return clause.replace(RATE_NAME, '□');
}
