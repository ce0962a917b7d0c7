/** Reporting periods as the server writes them ('2024-07', '2024-Q3') and as the office reads them (2024年7月). */
import type { MessageKey, Translate } from '../../i18n/i18n';
import { formatDate } from '../common/format';

/** The month of today in Asia/Shanghai: '2024-07'. */
export function currentPeriod(now: Date = new Date()): string {
  return formatDate(now).slice(0, 7);
}

/** The month before `period` ('2024-01' → '2023-12'). */
export function previousMonth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The quarter of today in Asia/Shanghai: '2024-Q3'. */
export function currentQuarter(now: Date = new Date()): string {
  const month = currentPeriod(now);
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

/** The quarter before `period` ('2024-Q1' → '2023-Q4'). */
export function previousQuarter(period: string): string {
  const [y, q] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

/** The periods a report can be filed for: this one and the two before, in the district's rhythm. */
export function recentPeriods(kind: 'month' | 'quarter', now: Date = new Date()): string[] {
  const [first, before] =
    kind === 'quarter' ? [currentQuarter(now), previousQuarter] : [currentPeriod(now), previousMonth];
  return [first, before(first), before(before(first))];
}

/** `2024年7月` / `Jul 2024`; quarters `2024年第3季度` / `2024 Q3`; anything else as given. */
export function periodLabel(t: Translate, period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const m = Number(month[2]);
    return t('period.month', {
      year: month[1] as string,
      month: m,
      monthName: t(`period.monthName.${m}` as MessageKey),
    });
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t('period.quarter', { year: quarter[1] as string, quarter: Number(quarter[2]) });
  return period;
}

/** Last day of a period ('2024-02' → '2024-02-29', '2024-Q1' → '2024-03-31'), for placing it on a time axis. */
export function periodEndDate(period: string): string | null {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const year = Number((month ?? quarter)?.[1]);
  const last = month ? Number(month[2]) : quarter ? Number(quarter[2]) * 3 : NaN;
  if (!Number.isFinite(year) || !Number.isFinite(last)) return null;
  const day = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return `${year}-${String(last).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
