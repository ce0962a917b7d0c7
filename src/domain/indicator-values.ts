/**
 * Which figures an indicator can take. Most indicators count or measure something (jobs, pilots, tonnes, a
 * rate), and a unit's share of them or its reported value is never below zero; an indicator of change
 * (增长、增速、增幅、同比、环比、净增…) can go negative, and so can one whose district target or baseline is
 * itself negative. A negative figure on any other indicator is a typing slip and is refused (422).
 */
const changeWords = /增长|增速|增幅|增量|增减|变化|变动|同比|环比|净增|净减|差额|涨幅|降幅|升降|盈亏|余额/;

export interface IndicatorFacts {
  indicator: string;
  targetValue: number | null;
  baseline?: number | null;
}

export function indicatorAllowsNegative(target: IndicatorFacts): boolean {
  if (changeWords.test(target.indicator)) return true;
  return (target.targetValue ?? 0) < 0 || (target.baseline ?? 0) < 0;
}

/** Whether `value` may be given for the indicator (null: nothing given, always fine). */
export function isFigureAllowed(target: IndicatorFacts, value: number | null | undefined): boolean {
  return value === null || value === undefined || value >= 0 || indicatorAllowsNegative(target);
}
