/**
 * The national calendar of holidays and adjusted working days (调休) as arranged by the General Office of the
 * State Council (国务院办公厅关于部分节假日安排的通知), shipped as data. A tenant's own entries (calendar_days)
 * are laid over it; the office edits them on the calendar page.
 */

export interface NationalDay {
  date: string;
  kind: 'holiday' | 'workday';
  /** 元旦, 春节 …; an adjusted working day carries the holiday it bridges. */
  name: string;
}

export interface NationalYear {
  year: number;
  /**
   * False when the year's notice was not known when the data was written: then only the statutory holidays
   * (《全国年节及纪念日放假办法》, 2024 amendment) are listed, without 调休, and the office completes the year.
   */
  official: boolean;
  source: string;
  days: NationalDay[];
}

function run(from: string, count: number, name: string): NationalDay[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
    kind: 'holiday' as const,
    name,
  }));
}

function work(date: string, name: string): NationalDay {
  return { date, kind: 'workday', name };
}

/**
 * 2026: the State Council General Office's notice of 4 November 2025 (published by Xinhua that day), checked
 * line by line against its text: seven holidays and five adjusted working days (调休上班).
 */
const year2026: NationalYear = {
  year: 2026,
  official: true,
  source: '国务院办公厅关于2026年部分节假日安排的通知',
  days: [
    ...run('2026-01-01', 3, '元旦'),
    work('2026-01-04', '元旦'),
    work('2026-02-14', '春节'),
    ...run('2026-02-15', 9, '春节'),
    work('2026-02-28', '春节'),
    ...run('2026-04-04', 3, '清明节'),
    ...run('2026-05-01', 5, '劳动节'),
    work('2026-05-09', '劳动节'),
    ...run('2026-06-19', 3, '端午节'),
    work('2026-09-20', '国庆节'),
    ...run('2026-09-25', 3, '中秋节'),
    ...run('2026-10-01', 7, '国庆节'),
    work('2026-10-10', '国庆节'),
  ],
};

/**
 * 2027: the State Council's arrangement was not known when this data was written, so only the statutory
 * holidays are listed (元旦 1 day, 春节 除夕 to 初三 4 days, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3), with no
 * 调休. The office adds the announced arrangement on the calendar page.
 */
const year2027: NationalYear = {
  year: 2027,
  official: false,
  source: '《全国年节及纪念日放假办法》法定节假日（2027年调休安排待国务院办公厅公布）',
  days: [
    ...run('2027-01-01', 1, '元旦'),
    ...run('2027-02-05', 4, '春节'),
    ...run('2027-04-05', 1, '清明节'),
    ...run('2027-05-01', 2, '劳动节'),
    ...run('2027-06-09', 1, '端午节'),
    ...run('2027-09-15', 1, '中秋节'),
    ...run('2027-10-01', 3, '国庆节'),
  ],
};

export const nationalYears: readonly NationalYear[] = [year2026, year2027];

/** The shipped days of a year, or none when the year is not shipped. */
export function nationalYear(year: number): NationalYear | undefined {
  return nationalYears.find((y) => y.year === year);
}
